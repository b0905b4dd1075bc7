package cn.hezhang.supervision;

/** Where a case stands on the overdue ladder. */
public enum LadderRung {
	/** 已催办: the deadline passed; the unit was urged and must acknowledge. */
	URGED("已催办"),
	/** 已督办: a numbered 督办单 was issued by the office of the case's level; the unit must reply. */
	SUPERVISED("已督办"),
	/** 挂牌督办: listed publicly and escalated to the next level's office and chief. */
	LISTED("挂牌督办"),
	/** 已停止: the case closed; the ladder stopped (a listing is lifted). */
	STOPPED("已销号");

	private final String label;

	LadderRung(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
