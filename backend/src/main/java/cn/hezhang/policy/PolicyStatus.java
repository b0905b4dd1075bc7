package cn.hezhang.policy;

/** A policy version's state: 草稿 (also after a return), 审批中, 已批准 (in force), 已被替代 (a later version was approved). */
public enum PolicyStatus {
	DRAFT("草稿"), IN_APPROVAL("审批中"), APPROVED("已批准"), SUPERSEDED("已替代");

	private final String label;

	PolicyStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
