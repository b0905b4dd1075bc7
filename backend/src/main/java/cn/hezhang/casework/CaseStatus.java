package cn.hezhang.casework;

public enum CaseStatus {
	REPORTED("待受理"), ACCEPTED("待交办"), RECTIFYING("整改中"), SUBMITTED("待验收"),
	AWAITING_CLOSURE_APPROVAL("待河长审批"), CLOSED("已办结"), REJECTED("不予受理");

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isOpen() {
		return this != CLOSED && this != REJECTED;
	}
}
