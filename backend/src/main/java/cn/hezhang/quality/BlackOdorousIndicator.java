package cn.hezhang.quality;

import java.util.Objects;

/**
 * The four physico-chemical indicators of the 2015 《城市黑臭水体整治工作指南》; {@link #code()} is the
 * {@code code} of the {@code THRESHOLD} rows of {@code quality/black_odorous_criteria.csv}.
 */
public enum BlackOdorousIndicator {

	/** 透明度, Secchi depth, cm. */
	TRANSPARENCY("SD", "透明度", "cm"),
	/** 溶解氧, mg/L. */
	DISSOLVED_OXYGEN("DO", "溶解氧", "mg/L"),
	/** 氧化还原电位, mV; may be negative. */
	ORP("ORP", "氧化还原电位", "mV"),
	/** 氨氮, mg/L. */
	AMMONIA_NITROGEN("NH3N", "氨氮", "mg/L");

	private final String code;

	private final String nameZh;

	private final String unit;

	BlackOdorousIndicator(String code, String nameZh, String unit) {
		this.code = code;
		this.nameZh = nameZh;
		this.unit = unit;
	}

	public String code() {
		return code;
	}

	public String nameZh() {
		return nameZh;
	}

	public String unit() {
		return unit;
	}

	/**
	 * The indicator whose code is {@code code}, ignoring case.
	 * @throws InvalidMeasurementException for an unknown code
	 */
	public static BlackOdorousIndicator fromCode(String code) {
		Objects.requireNonNull(code, "code");
		for (BlackOdorousIndicator indicator : values()) {
			if (indicator.code.equalsIgnoreCase(code.strip())) {
				return indicator;
			}
		}
		throw new InvalidMeasurementException(code, "unknown black-odorous indicator code '" + code + "'");
	}
}
