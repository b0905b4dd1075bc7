package cn.hezhang.supervision;

import java.time.Instant;

/** 督办: a numbered 督办单 was issued to the unit by the office of {@code issuingRegionCode}; reply by {@code dueAt}. */
public record SupervisionNoticeIssued(Long noticeId, String noticeNo, Long caseId, String caseNo, String regionCode,
		String issuingRegionCode, Long unitId, Instant dueAt, Instant issuedAt) {
}
