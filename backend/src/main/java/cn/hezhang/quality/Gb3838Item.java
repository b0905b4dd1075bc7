package cn.hezhang.quality;

import java.util.Objects;

/**
 * The 24 basic items of GB 3838-2002 Table 1, in the table's order. {@link #code()} is the
 * {@code item_code} of {@code quality/gb3838_2002.csv}. Total phosphorus is one item here: which row
 * applies ({@code TP} for rivers, {@code TP_LR} for lakes and reservoirs) follows from the
 * {@link WaterBodyKind}.
 */
public enum Gb3838Item {

	WT("WT"), PH("pH"), DO("DO"), CODMN("CODMn"), COD("COD"), BOD5("BOD5"), NH3N("NH3N"), TP("TP"), TN("TN"),
	CU("Cu"), ZN("Zn"), F("F"), SE("Se"), AS("As"), HG("Hg"), CD("Cd"), CR6("Cr6"), PB("Pb"), CN("CN"),
	VOLATILE_PHENOL("VPhenol"), PETROLEUM("Petroleum"), LAS("LAS"), SULFIDE("Sulfide"), FECAL_COLIFORM("FC");

	private final String code;

	Gb3838Item(String code) {
		this.code = code;
	}

	/** The code used in the seed table, in imports and in error messages (e.g. {@code NH3N}, {@code pH}). */
	public String code() {
		return code;
	}

	/**
	 * The item whose code is {@code code}, ignoring case ({@code "nh3n"}, {@code "PH"}).
	 * @throws IllegalArgumentException for an unknown code, naming it
	 */
	public static Gb3838Item fromCode(String code) {
		Objects.requireNonNull(code, "code");
		for (Gb3838Item item : values()) {
			if (item.code.equalsIgnoreCase(code.strip())) {
				return item;
			}
		}
		throw new InvalidMeasurementException(code, "unknown GB 3838-2002 item code '" + code + "'");
	}

	/**
	 * Whether this item counts towards the overall class of a sample from {@code kind}.
	 * <p>
	 * 地表水环境质量评价办法（试行）（环办〔2011〕22号）: the class of a section is determined by the
	 * 21 items of Table 1 other than water temperature, total nitrogen and fecal coliform; those three
	 * are reference items (参考指标), reported on their own. This holds for every kind: total nitrogen of
	 * a lake or reservoir is classed, but apart from the overall class.
	 */
	public ItemRole roleFor(WaterBodyKind kind) {
		Objects.requireNonNull(kind, "kind");
		return switch (this) {
			case WT, TN, FECAL_COLIFORM -> ItemRole.REFERENCE;
			default -> ItemRole.EVALUATED;
		};
	}

	/**
	 * Whether a value of this item gets a class for {@code kind}: not water temperature (Table 1 has
	 * no class limits for it), and not total nitrogen of a river (Table 1 gives TN limits for lakes and
	 * reservoirs only — "总氮（湖、库，以N计）"; for rivers it is a reference value only).
	 */
	public boolean isClassedFor(WaterBodyKind kind) {
		Objects.requireNonNull(kind, "kind");
		return switch (this) {
			case WT -> false;
			case TN -> kind.isLakeOrReservoir();
			default -> true;
		};
	}
}
