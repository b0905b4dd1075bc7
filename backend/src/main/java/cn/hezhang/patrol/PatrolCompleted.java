package cn.hezhang.patrol;

import java.time.Instant;
import java.time.LocalDate;

/** An effective patrol fulfilled a duty within its period. */
public record PatrolCompleted(Long dutyId, String patrolId, String username, String regionCode, Long waterBodyId,
		Long reachId, LocalDate periodStart, LocalDate periodEnd, Instant completedAt) {
}
