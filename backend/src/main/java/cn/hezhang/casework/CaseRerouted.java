package cn.hezhang.casework;

import java.time.Instant;

/** The case moved to another office: transferred to another county or escalated to the next level. */
public record CaseRerouted(Long caseId, String caseNo, String fromRegionCode, String toRegionCode, boolean escalated, Instant at) {
}
