package cn.hezhang.supervision;

import java.time.Instant;

/** What the supervision API answers about ladders and notices. */
public final class SupervisionViews {
	private SupervisionViews() {
	}

	/** A row of the overdue sheet: the case with its ladder state. */
	public record LadderRow(Long ladderId, Long caseId, String caseNo, String regionCode, String regionName,
			String category, String categoryName, Long unitId, String unitName, LadderRung rung, String rungLabel,
			Instant deadline, int overdueWorkingDays, int reworkCount, Instant urgedAt, Instant superviseAt,
			Instant supervisedAt, Instant listAt, Instant listedAt, Instant stoppedAt, boolean urgeAcknowledged,
			boolean noticeAnswered) {
	}

	public record NoticeRow(Long id, NoticeKind kind, String kindLabel, String noticeNo, Long caseId, String caseNo,
			String regionCode, String regionName, String issuingRegionCode, String issuingOfficeName, Long unitId,
			String unitName, String content, Instant issuedAt, Instant dueAt, String response, Instant respondedAt,
			String respondedBy, boolean overdue, boolean canAnswer) {
	}
}
