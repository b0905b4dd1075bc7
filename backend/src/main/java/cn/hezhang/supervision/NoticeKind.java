package cn.hezhang.supervision;

/** The two notices of the ladder. */
public enum NoticeKind {
	/** 催办通知: at the deadline; the unit acknowledges (签收). */
	URGE("催办通知"),
	/** 督办单: N working days later, numbered, issued by the office of the case's level; the unit replies (回复). */
	SUPERVISION("督办单");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
