package cn.hezhang.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the patrol API answers. */
public final class PatrolViews {
	private PatrolViews() {
	}

	public record PatrolSummary(String id, Long userId, String username, String displayName, String regionCode,
			Long waterBodyId, Long reachId, String targetName, String mode, String status, Instant startedAt,
			Instant endedAt, Long durationSeconds, Double distanceMeters, Double nearShare, int pointCount,
			boolean effective, List<String> shortfalls, Long dutyId, int findingCount) {
	}

	public record Point(int seq, Instant at, double lat, double lon, Double accuracy) {
	}

	public record FindingView(Long id, String clientId, Instant at, double lat, double lon, String note,
			String category, List<String> photoIds, Long caseId) {
	}

	public record PatrolDetail(PatrolSummary patrol, List<Point> points, List<FindingView> findings,
			String reachGeometry) {
	}

	public record AppendResult(String patrolId, int received, int stored, int duplicates, int pointCount) {
	}

	public record DutyView(Long id, String username, String displayName, String regionCode, String kind,
			Long waterBodyId, Long reachId, String targetName, String period, LocalDate periodStart,
			LocalDate periodEnd, Instant dueAt, String status, String patrolId, Instant completedAt) {
	}

	/** A reach (or a whole water body, reachId null) the caller may patrol. */
	public record PatrolTarget(Long waterBodyId, String waterBodyName, Long reachId, String reachName,
			String regionCode, Double centerLat, Double centerLon, String geometry) {
	}

	/** Compliance of one row (a person, a region or a water body) over a date window. */
	public record ComplianceRow(String key, String name, String regionCode, long required, long done, long missed,
			long open, long patrols, long effectivePatrols, Double onTimeRate) {
	}
}
