package cn.hezhang.casework;

import java.time.Instant;

/** The office accepted the case (受理) with a category and severity. */
public record CaseAccepted(Long caseId, String caseNo, String regionCode, String category, Severity severity, Instant acceptedAt) {
}
