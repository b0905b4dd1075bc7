package cn.hezhang.casework;

import java.time.Instant;

/** The case was closed (销号) after acceptance (and the chief's approval for 较大/重大 cases). */
public record CaseClosed(Long caseId, String caseNo, String regionCode, String category, Long unitId, Instant reportedAt, Instant deadline, Instant closedAt, boolean onTime, int reworkCount) {
}
