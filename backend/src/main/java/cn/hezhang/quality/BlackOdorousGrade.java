package cn.hezhang.quality;

import java.util.Objects;

/** Grade of urban black-odorous water (黑臭级别), best first: declaration order is the order of severity. */
public enum BlackOdorousGrade {

	/** Not black-odorous on the evidence (无). */
	NONE("无"),
	/** 轻度黑臭. */
	LIGHT("轻度"),
	/** 重度黑臭. */
	HEAVY("重度");

	private final String label;

	BlackOdorousGrade(String label) {
		this.label = label;
	}

	/** 无, 轻度, 重度. */
	public String label() {
		return label;
	}

	public boolean isWorseThan(BlackOdorousGrade other) {
		return compareTo(Objects.requireNonNull(other, "other")) > 0;
	}

	public static BlackOdorousGrade worst(BlackOdorousGrade a, BlackOdorousGrade b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
