package cn.hezhang.supervision;

import java.time.Instant;

/**
 * 挂牌督办/提级: the case is listed publicly and escalated to the office and chief of {@code escalatedToRegionCode}
 * (the next level above the office that handles it). {@code reason} is OVERDUE or REWORK.
 */
public record CaseListed(Long caseId, String caseNo, String regionCode, String handlingRegionCode,
		String escalatedToRegionCode, Long unitId, String reason, Instant listedAt) {
}
