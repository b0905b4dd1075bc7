package cn.hezhang.waterbody;

public enum WaterBodyType {
	RIVER("河流"), LAKE("湖泊"), RESERVOIR("水库"), BLACK_ODOROUS("城市黑臭水体");

	private final String label;

	WaterBodyType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
