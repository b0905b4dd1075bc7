package cn.hezhang.casework;

import java.time.Instant;
import java.util.List;

/** The inputs of the case steps (validated for shape by the web layer, for meaning by CaseManagement). */
public final class CaseCommands {
	private CaseCommands() {
	}

	public record Triage(TriageDecision decision, String category, Severity severity, RejectKind rejectKind,
			String duplicateOfCaseNo, String targetRegionCode, String reason) {
	}

	/** {@code deadline} null: computed in working days from the category × severity table. */
	public record Assign(Long unitId, String requirement, Urgency urgency, Instant deadline) {
	}

	public record Progress(String note, List<PhotoUpload> photos) {
	}

	public record RequestExtension(Instant requestedDeadline, String reason) {
	}

	public record Decision(boolean approved, String opinion) {
	}

	public record Rectification(String description, List<PhotoUpload> photos) {
	}

	public record Acceptance(boolean passed, String opinion, List<PhotoUpload> photos) {
	}
}
