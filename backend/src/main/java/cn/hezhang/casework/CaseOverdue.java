package cn.hezhang.casework;

import java.time.Instant;

/** The rectification deadline passed without an accepted rectification (the overdue timer fired). */
public record CaseOverdue(Long caseId, String caseNo, String regionCode, String handlingRegionCode, Long unitId, String category, int reworkCount, Instant deadline, Instant overdueAt) {
}
