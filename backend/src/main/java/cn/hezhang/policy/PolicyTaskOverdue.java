package cn.hezhang.policy;

import java.time.Instant;
import java.time.LocalDate;

/** An approved policy task passed its deadline without being completed (published once per task). */
public record PolicyTaskOverdue(Long policyId, Long taskId, Long waterBodyId, String regionCode, Long unitId, String title,
		LocalDate deadline, Instant overdueAt) {
}
