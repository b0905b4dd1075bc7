package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A water body's water-quality target (水质目标): a GB 3838 class for all evaluated items, item-level
 * limits that replace the class limit for their item (Hulun "COD ≤ 50 mg/L, all other indicators
 * class Ⅴ"), and a surface-area target that is judged from a measured area, not from a sample.
 * Each part is optional (Daihai's 2020 target has no class). Immutable; the {@code with…} methods
 * return a copy.
 */
public final class Target {

	private final String description;

	private final WaterClass waterClass;

	private final Map<Gb3838Item, BigDecimal> itemLimits;

	private final SurfaceAreaTarget surfaceArea;

	private Target(String description, WaterClass waterClass, Map<Gb3838Item, BigDecimal> itemLimits,
			SurfaceAreaTarget surfaceArea) {
		this.description = description;
		this.waterClass = waterClass;
		this.itemLimits = itemLimits;
		this.surfaceArea = surfaceArea;
	}

	/** Every evaluated item must meet {@code waterClass} (Ⅰ–Ⅴ). */
	public static Target ofClass(WaterClass waterClass) {
		Objects.requireNonNull(waterClass, "waterClass");
		if (waterClass == WaterClass.WORSE_THAN_V) {
			throw new IllegalArgumentException("a target class must be Ⅰ–Ⅴ, not 劣Ⅴ");
		}
		return new Target(waterClass.displayName(), waterClass, Map.of(), null);
	}

	/** No class target; add item limits or a surface-area target. */
	public static Target withoutClass() {
		return new Target("", null, Map.of(), null);
	}

	/**
	 * Replaces the class limit of {@code item} with {@code limit}: a maximum for every item except
	 * dissolved oxygen, for which it is a minimum. Only the 21 evaluated items other than pH (a range)
	 * can have one.
	 */
	public Target withItemLimit(Gb3838Item item, BigDecimal limit) {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(limit, "limit");
		if (item == Gb3838Item.PH || item.roleFor(WaterBodyKind.RIVER) != ItemRole.EVALUATED) {
			throw new IllegalArgumentException("no item-level target possible for " + item.code()
					+ ": only the evaluated items with a single limit (not pH, WT, TN, FC)");
		}
		if (limit.signum() <= 0) {
			throw new IllegalArgumentException("item-level target of " + item.code() + " must be positive: " + limit);
		}
		Map<Gb3838Item, BigDecimal> limits = new EnumMap<>(Gb3838Item.class);
		limits.putAll(itemLimits);
		limits.put(item, limit);
		return new Target(description, waterClass, Collections.unmodifiableMap(limits), surfaceArea);
	}

	public Target withSurfaceArea(SurfaceAreaTarget surfaceArea) {
		return new Target(description, waterClass, itemLimits, Objects.requireNonNull(surfaceArea, "surfaceArea"));
	}

	/** A human-readable name for lists and reports, e.g. "呼伦湖 2020". */
	public Target describedAs(String description) {
		return new Target(Objects.requireNonNull(description, "description"), waterClass, itemLimits, surfaceArea);
	}

	public String description() {
		return description;
	}

	public Optional<WaterClass> waterClass() {
		return Optional.ofNullable(waterClass);
	}

	/** Item-level limits, in Table 1 order. */
	public Map<Gb3838Item, BigDecimal> itemLimits() {
		return itemLimits;
	}

	public Optional<SurfaceAreaTarget> surfaceArea() {
		return Optional.ofNullable(surfaceArea);
	}

	@Override
	public boolean equals(Object o) {
		if (this == o) {
			return true;
		}
		if (!(o instanceof Target other)) {
			return false;
		}
		return description.equals(other.description) && waterClass == other.waterClass
				&& itemLimits.equals(other.itemLimits) && Objects.equals(surfaceArea, other.surfaceArea);
	}

	@Override
	public int hashCode() {
		return Objects.hash(description, waterClass, itemLimits, surfaceArea);
	}

	@Override
	public String toString() {
		return "Target[" + description + ", class=" + (waterClass == null ? "-" : waterClass.label())
				+ ", itemLimits=" + itemLimits + ", surfaceArea=" + surfaceArea + "]";
	}
}
