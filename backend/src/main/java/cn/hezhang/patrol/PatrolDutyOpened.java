package cn.hezhang.patrol;

import java.time.LocalDate;

/** A person owes one patrol of a water body (or reach) in a period; the due date is the period's last day. */
public record PatrolDutyOpened(Long dutyId, String username, String regionCode, Long waterBodyId, Long reachId,
		LocalDate periodStart, LocalDate periodEnd) {
}
