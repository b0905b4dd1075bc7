package cn.hezhang.policy.process;

/** Names of the approval process and its variables (references and decisions only; the policy lives in pl_*). */
public final class PolicyProcessVariables {
	public static final String PROCESS_KEY = "PolicyApprovalProcess";

	public static final String POLICY_ID = "policyId";
	public static final String APPROVER = "approver";
	public static final String OPINION_GIVERS = "opinionGivers";
	public static final String OFFICE_GROUP = "officeGroup";
	public static final String OPINION_DUE = "opinionDue";
	public static final String APPROVAL_DUE = "approvalDue";
	public static final String REDRAFT_DUE = "redraftDue";
	public static final String APPROVED = "approved";

	public static final String TASK_GIVE_OPINION = "Task_GiveOpinion";
	public static final String TASK_APPROVE = "Task_ApprovePolicy";
	public static final String TASK_REDRAFT = "Task_RedraftPolicy";

	private PolicyProcessVariables() {
	}
}
