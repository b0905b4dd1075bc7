package cn.hezhang.quality;

/** How the seed table names an item, e.g. 化学需氧量(COD), mg/L. */
public record ItemDescription(Gb3838Item item, String nameZh, String nameEn, String unit) {
}
