package cn.hezhang.casework;

import java.time.LocalDate;

/** Filters of the case list; every one optional. {@code q} matches the case number or the description. */
public record CaseFilter(CaseStatus status, String category, Long waterBodyId, String regionCode, Boolean overdue,
		LocalDate from, LocalDate to, String q, Long unitId, Boolean open) {
	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null, null, null, null, null, null);
	}
}
