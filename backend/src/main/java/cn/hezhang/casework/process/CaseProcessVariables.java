package cn.hezhang.casework.process;

/** Names of the case process and its variables (references and decisions only; the case lives in cw_*). */
public final class CaseProcessVariables {
	public static final String PROCESS_KEY = "CaseHandlingProcess";

	public static final String CASE_ID = "caseId";
	public static final String OFFICE_GROUP = "officeGroup";
	public static final String CHIEF_GROUP = "chiefGroup";
	public static final String INSPECTOR_GROUP = "inspectorGroup";
	public static final String UNIT_GROUP = "unitGroup";
	public static final String TRIAGE_DECISION = "triageDecision";
	public static final String OFFICE_DUE = "officeDue";
	public static final String DEADLINE = "deadline";
	public static final String WARNING_AT = "warningAt";
	public static final String UNIT_OUTCOME = "unitOutcome";
	public static final String ACCEPTANCE_DUE = "acceptanceDue";
	public static final String ACCEPTANCE_PASSED = "acceptancePassed";
	public static final String NEEDS_CHIEF_APPROVAL = "needsChiefApproval";
	public static final String APPROVAL_DUE = "approvalDue";
	public static final String CLOSURE_APPROVED = "closureApproved";
	public static final String EXTENSION_DUE = "extensionDue";
	public static final String EXTENSION_APPROVED = "extensionApproved";

	public static final String OUTCOME_SUBMITTED = "SUBMITTED";
	public static final String OUTCOME_HANDED_BACK = "HANDED_BACK";

	public static final String MSG_EXTENSION_REQUESTED = "Msg_ExtensionRequested";
	public static final String MSG_DEADLINE_CHANGED = "Msg_DeadlineChanged";

	public static final String TASK_TRIAGE = "Task_TriageCase";
	public static final String TASK_ASSIGN = "Task_AssignCase";
	public static final String TASK_RECTIFY = "Task_RectifyCase";
	public static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";
	public static final String TASK_ACCEPT = "Task_AcceptRectification";
	public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";

	private CaseProcessVariables() {
	}
}
