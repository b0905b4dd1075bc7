package cn.hezhang.security;

/** The roles of PRODUCT.md "Who uses it". A chief's level is the level of the region he heads. */
public enum Role {
	INSPECTOR("巡河员"), CHIEF("河长"), OFFICE("河长办"), UNIT("责任单位"), SUPERVISOR("督查"), ADMIN("管理员");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
