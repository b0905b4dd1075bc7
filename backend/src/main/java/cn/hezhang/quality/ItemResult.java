package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The class of one measured item.
 * @param value the value as measured (unit of the seed table: mg/L, 个/L for fecal coliform, ℃, pH units)
 * @param waterClass the class, or empty where Table 1 gives none (water temperature; total nitrogen of a river)
 * @param role whether it counts towards the overall class
 */
public record ItemResult(Gb3838Item item, BigDecimal value, Optional<WaterClass> waterClass, ItemRole role) {

	public ItemResult {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(waterClass, "waterClass");
		Objects.requireNonNull(role, "role");
	}
}
