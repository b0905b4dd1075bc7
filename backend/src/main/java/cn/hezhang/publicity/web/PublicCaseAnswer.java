package cn.hezhang.publicity.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.PublicCaseQueries.PublicCase;
import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.publicity.PublicStage;

/**
 * A case on a public page: the four public stages (received / accepted / in rectification / closed), the place, the
 * responsible unit, the deadline and the public notes. Nothing else: no reporter, no opinion, no actor.
 */
record PublicCaseAnswer(String caseNo, PublicStage stage, CaseStatus status, boolean rejected, boolean overdue,
		String category, String categoryNameZh, String categoryNameEn, Long waterBodyId, String waterBodyName,
		String reachName, String regionName, String unitName, String description, BigDecimal lat, BigDecimal lon,
		String address, Instant reportedAt, Instant updatedAt, Instant deadline, Instant closedAt, List<Note> notes) {

	record Note(Instant at, String action, String note) {
	}

	static PublicCaseAnswer of(PublicCase c, Map<String, PublicCategory> categories) {
		PublicCategory category = categories.get(c.category());
		return new PublicCaseAnswer(c.caseNo(), PublicStage.of(c.status()), c.status(), c.status() == CaseStatus.REJECTED,
				c.overdue() && c.open(), c.category(), category == null ? c.category() : category.nameZh(),
				category == null ? c.category() : category.nameEn(), c.waterBodyId(), c.waterBodyName(), c.reachName(),
				c.regionName(), c.unitName(), c.description(), c.lat(), c.lon(), c.address(), c.reportedAt(), c.updatedAt(),
				c.deadline(), c.closedAt(),
				c.notes().stream().map(n -> new Note(n.at(), n.action().name(), n.note())).toList());
	}
}
