package cn.hezhang.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The policy module's read models. */
public final class PolicyViews {
	private PolicyViews() {
	}

	/** Progress rolled up from a policy's tasks: the mean of their percentages. */
	public record Progress(int tasks, int completed, int overdue, int percent) {
	}

	public record PolicySummary(Long id, Long waterBodyId, String waterBodyCode, String waterBodyName, String regionCode,
			String regionName, int periodFrom, int periodTo, int versionNo, String title, PolicyStatus status,
			String statusLabel, String approverUsername, Instant submittedAt, Instant approvedAt, Progress progress) {
	}

	public record ItemView(Long id, ListKind kind, String content, String indicator, String comparator,
			BigDecimal targetValue, String targetClass, LocalDate targetDate, Long unitOrgId, String unitName,
			String person, LocalDate deadline, int progressPct, Instant completedAt, boolean overdue) {
	}

	public record OpinionView(int round, String username, String personName, String opinion, String outcome,
			Instant recordedAt) {
	}

	public record OpenTaskView(String key, String name, String assignee, Instant due) {
	}

	/**
	 * A policy with its five lists. {@code actions}: EDIT, SUBMIT, OPINION, DECIDE, REVISE — what the caller may do
	 * now.
	 */
	public record PolicyDetail(PolicySummary policy, String summary, String returnComment, String approvalComment,
			List<ItemView> items, List<OpinionView> opinions, List<OpenTaskView> openTasks, List<String> actions) {
	}

	public record UnitTaskView(ItemView task, Long policyId, String policyTitle, Long waterBodyId, String waterBodyName,
			String regionCode) {
	}

	public record ProgressView(String reportedBy, int progressPct, String note, Instant reportedAt) {
	}

	public record ItemInput(ListKind kind, String content, String indicator, String comparator, BigDecimal targetValue,
			String targetClass, LocalDate targetDate, Long unitOrgId, String person, LocalDate deadline) {
	}

	public record PolicyDraft(Long waterBodyId, String regionCode, Integer periodFrom, Integer periodTo, String title,
			String summary, List<ItemInput> items) {
	}
}
