package cn.hezhang.casework;

import java.time.Instant;

/** On-site acceptance failed; the case went back to the unit and a rework was counted. */
public record AcceptanceFailed(Long caseId, String caseNo, String regionCode, String handlingRegionCode, Long unitId, int reworkCount, Instant at) {
}
