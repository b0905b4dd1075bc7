package cn.hezhang.casework;

import java.time.Instant;

/** The rectification deadline is near (the warning timer fired). */
public record DeadlineApproaching(Long caseId, String caseNo, String regionCode, String handlingRegionCode, Long unitId, Instant deadline) {
}
