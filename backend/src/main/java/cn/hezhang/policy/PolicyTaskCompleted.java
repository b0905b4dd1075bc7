package cn.hezhang.policy;

import java.time.Instant;
import java.time.LocalDate;

/** A policy task was reported complete by its unit; {@code onTime} compares the completion with the deadline. */
public record PolicyTaskCompleted(Long policyId, Long taskId, Long waterBodyId, String regionCode, Long unitId,
		LocalDate deadline, Instant completedAt, boolean onTime) {
}
