package cn.hezhang.casework;

import java.time.Instant;

/** The chief approved an extension; the deadline moved. */
public record DeadlineExtended(Long caseId, String caseNo, String regionCode, Instant previousDeadline, Instant newDeadline) {
}
