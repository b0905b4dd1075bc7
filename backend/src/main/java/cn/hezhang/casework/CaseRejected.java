package cn.hezhang.casework;

import java.time.Instant;

/** The office rejected the case (不予受理). */
public record CaseRejected(Long caseId, String caseNo, String regionCode, RejectKind kind, Instant rejectedAt) {
}
