package cn.hezhang.patrol;

import java.time.Instant;
import java.time.LocalDate;

/** The period ended without an effective patrol for a duty (published once per duty). */
public record PatrolMissed(Long dutyId, String username, String regionCode, Long waterBodyId, Long reachId,
		LocalDate periodStart, LocalDate periodEnd, Instant missedAt) {
}
