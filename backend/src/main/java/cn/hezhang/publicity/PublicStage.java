package cn.hezhang.publicity;

import cn.hezhang.casework.CaseStatus;

/** The four steps a citizen follows: 已受理 ... ; a case not accepted ends as CLOSED with its public note. */
public enum PublicStage {
	RECEIVED("已收到"), ACCEPTED("已受理"), RECTIFYING("整改中"), CLOSED("已办结");

	private final String label;

	PublicStage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static PublicStage of(CaseStatus status) {
		return switch (status) {
			case REPORTED -> RECEIVED;
			case ACCEPTED -> ACCEPTED;
			case RECTIFYING, SUBMITTED, AWAITING_CLOSURE_APPROVAL -> RECTIFYING;
			case CLOSED, REJECTED -> CLOSED;
		};
	}
}
