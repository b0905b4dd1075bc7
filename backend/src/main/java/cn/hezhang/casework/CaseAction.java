package cn.hezhang.casework;

/** A step a user may take on a case now; the case page shows exactly these. */
public enum CaseAction {
	TRIAGE, ASSIGN, HANDBACK, PROGRESS, REQUEST_EXTENSION, DECIDE_EXTENSION, SUBMIT_RECTIFICATION,
	ACCEPT_RECTIFICATION, APPROVE_CLOSURE
}
