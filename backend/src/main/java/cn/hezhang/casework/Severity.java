package cn.hezhang.casework;

public enum Severity {
	GENERAL("一般"), MAJOR("较大"), SERIOUS("重大");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** 较大/重大问题验收通过后须经本级河长审批方可销号. */
	public boolean needsChiefApprovalToClose() {
		return this != GENERAL;
	}
}
