package cn.hezhang.casework;

public enum TriageDecision {
	/** 受理: the problem is real and ours. */
	ACCEPT,
	/** 不予受理: invalid, or a duplicate of another case. */
	REJECT,
	/** 转办: it belongs to another county; its office triages it. */
	TRANSFER,
	/** 上报: beyond this level's authority; the next level's office triages it. */
	ESCALATE
}
