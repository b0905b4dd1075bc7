package cn.hezhang.shared;

/** The four levels of the chief system (河长制四级), from the autonomous region down to the township. */
public enum AdminLevel {
	REGION("自治区"), CITY("盟市"), COUNTY("旗县区"), TOWNSHIP("苏木乡镇");

	private final String label;

	AdminLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
