package cn.hezhang.quality;

import java.util.Collection;
import java.util.Objects;

/**
 * Surface-water quality class of GB 3838-2002 (地表水环境质量类别), best first: the declaration order is
 * the order of quality, so {@link #compareTo} says which is worse.
 */
public enum WaterClass {

	I("Ⅰ"), II("Ⅱ"), III("Ⅲ"), IV("Ⅳ"), V("Ⅴ"),
	/** 劣Ⅴ类: worse than class Ⅴ (beyond the class Ⅴ limit). */
	WORSE_THAN_V("劣Ⅴ");

	private final String label;

	WaterClass(String label) {
		this.label = label;
	}

	/** The label as printed in the standard and in reports: Ⅰ, Ⅱ, Ⅲ, Ⅳ, Ⅴ, 劣Ⅴ (Unicode Roman numerals). */
	public String label() {
		return label;
	}

	/** The label with 类: Ⅲ类, 劣Ⅴ类. */
	public String displayName() {
		return label + "类";
	}

	public boolean isWorseThan(WaterClass other) {
		return compareTo(Objects.requireNonNull(other, "other")) > 0;
	}

	public boolean isBetterThan(WaterClass other) {
		return compareTo(Objects.requireNonNull(other, "other")) < 0;
	}

	/** The worse of the two. */
	public static WaterClass worst(WaterClass a, WaterClass b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	/** The worst of a non-empty collection. */
	public static WaterClass worst(Collection<WaterClass> classes) {
		return classes.stream().reduce(WaterClass::worst)
			.orElseThrow(() -> new IllegalArgumentException("no class to compare"));
	}
}
