package cn.hezhang.supervision;

import java.time.Instant;

/** 催办: the unit of an overdue case was urged and must acknowledge by {@code dueAt}. */
public record UrgeIssued(Long noticeId, Long caseId, String caseNo, String regionCode, String handlingRegionCode,
		Long unitId, Instant deadline, Instant dueAt, Instant issuedAt) {
}
