package cn.hezhang.region;

public record OrgView(Long id, OrgKind kind, String name, String regionCode, String phone, boolean active) {
}
