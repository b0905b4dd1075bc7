package cn.hezhang.casework;

import java.time.Instant;

/** The case was assigned (交办) to a unit with a rectification deadline. */
public record CaseAssigned(Long caseId, String caseNo, String regionCode, String handlingRegionCode, Long unitId, Instant deadline, Instant assignedAt) {
}
