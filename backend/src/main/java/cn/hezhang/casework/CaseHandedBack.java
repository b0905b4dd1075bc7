package cn.hezhang.casework;

import java.time.Instant;

/** The unit handed the case back to triage within the hand-back window. */
public record CaseHandedBack(Long caseId, String caseNo, String handlingRegionCode, Long unitId, Instant at) {
}
