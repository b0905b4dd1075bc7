package cn.hezhang.casework.web;

import java.math.BigDecimal;
import java.time.Instant;

import cn.hezhang.casework.RejectKind;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.TriageDecision;
import cn.hezhang.casework.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of the case API (shape checks; meaning is checked by CaseManagement). */
final class CaseRequests {
	private CaseRequests() {
	}

	record ReportRequest(@Size(max = 64) String clientId, Long waterBodyId, @NotNull Long reachId,
			@NotBlank @Size(max = 32) String category, @NotBlank @Size(max = 4000) String description,
			@NotNull BigDecimal lat, @NotNull BigDecimal lon, @Size(max = 255) String address) {
	}

	record TriageRequest(@NotNull TriageDecision decision, @Size(max = 32) String category, Severity severity,
			RejectKind rejectKind, @Size(max = 32) String duplicateOfCaseNo, @Size(max = 12) String targetRegionCode,
			@Size(max = 2000) String reason) {
	}

	record AssignRequest(@NotNull Long unitId, @NotBlank @Size(max = 2000) String requirement, @NotNull Urgency urgency,
			Instant deadline) {
	}

	record HandBackRequest(@NotBlank @Size(max = 2000) String reason) {
	}

	record ProgressRequest(@NotBlank @Size(max = 2000) String note) {
	}

	record ExtensionRequestBody(@NotNull Instant requestedDeadline, @NotBlank @Size(max = 2000) String reason) {
	}

	record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String opinion) {
	}

	record RectificationRequest(@NotBlank @Size(max = 4000) String description) {
	}

	record AcceptanceRequest(@NotNull Boolean passed, @Size(max = 2000) String opinion) {
	}
}
