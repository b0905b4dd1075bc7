package cn.hezhang.quality;

/**
 * What kind of water body a sample comes from. It decides two things in GB 3838-2002 Table 1: lakes
 * and reservoirs (湖、库) use the stricter total-phosphorus limits printed in parentheses, and total
 * nitrogen is classed for them only.
 */
public enum WaterBodyKind {

	/** 河流 (also canals and drains such as 总排干). */
	RIVER,
	/** 湖泊. */
	LAKE,
	/** 水库. */
	RESERVOIR;

	/** Whether the 湖、库 rows of Table 1 apply (TP_LR, TN). */
	public boolean isLakeOrReservoir() {
		return this != RIVER;
	}
}
