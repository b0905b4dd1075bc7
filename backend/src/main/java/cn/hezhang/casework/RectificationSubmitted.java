package cn.hezhang.casework;

import java.time.Instant;

/** The unit submitted its rectification for acceptance. */
public record RectificationSubmitted(Long caseId, String caseNo, String regionCode, Long unitId, Instant at) {
}
