package cn.hezhang.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the case API answers. */
public final class CaseViews {
	private CaseViews() {
	}

	public record CaseSummary(Long id, String caseNo, CaseStatus status, String category, Severity severity,
			Long waterBodyId, String waterBodyName, Long reachId, String reachName, String regionCode, String regionName,
			Long unitId, String unitName, Instant reportedAt, Instant deadline, boolean overdue, CaseSource source) {
	}

	public record Photo(String id, String url, String thumbnailUrl, PhotoKind kind) {
	}

	public record TimelineEntry(Long id, StepAction action, String actorName, String actorRole, Instant at,
			String opinion, Map<String, Object> details, List<Photo> photos) {
	}

	public record PendingExtension(Instant requestedDeadline, String reason, Instant requestedAt,
			Instant currentDeadline) {
	}

	public record CaseDetail(Long id, String caseNo, CaseStatus status, String category, Severity severity,
			Long waterBodyId, String waterBodyName, Long reachId, String reachName, String regionCode, String regionName,
			String handlingRegionCode, String handlingRegionName, Long unitId, String unitName, String description,
			BigDecimal lat, BigDecimal lon, String address, String requirement, Urgency urgency, Instant reportedAt,
			Instant deadline, boolean overdue, Instant overdueAt, int reworkCount, CaseSource source,
			String reporterName, Instant closedAt, Boolean closedOnTime, List<Photo> photos,
			List<TimelineEntry> timeline, List<CaseAction> actions, PendingExtension pendingExtension) {
	}

	/** The result of a report: the case, and whether this call created it (false: the clientId was seen before). */
	public record Reported(CaseDetail detail, boolean created) {
	}
}
