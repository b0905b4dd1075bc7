package cn.hezhang.waterbody;

/** The post a chief holds for a water body: 总河长 (general), 河长 or 湖长 (by the water body's type), 副河长. */
public enum ChiefRole {
	GENERAL("总河长", "总湖长"), CHIEF("河长", "湖长"), DEPUTY("副河长", "副湖长");

	private final String riverLabel;
	private final String lakeLabel;

	ChiefRole(String riverLabel, String lakeLabel) {
		this.riverLabel = riverLabel;
		this.lakeLabel = lakeLabel;
	}

	public String label(WaterBodyType type) {
		return type == WaterBodyType.LAKE || type == WaterBodyType.RESERVOIR ? lakeLabel : riverLabel;
	}
}
