package cn.hezhang.casework;

import java.time.Instant;

/** A problem was reported and waits for triage by the office of handlingRegionCode. */
public record CaseReported(Long caseId, String caseNo, String regionCode, String handlingRegionCode, String category, CaseSource source, Long waterBodyId, Instant reportedAt) {
}
