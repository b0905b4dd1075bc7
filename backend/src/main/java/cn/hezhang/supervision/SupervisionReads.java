package cn.hezhang.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import cn.hezhang.supervision.SupervisionViews.LadderRow;
import cn.hezhang.supervision.SupervisionViews.NoticeRow;
import cn.hezhang.supervision.domain.Ladder;
import cn.hezhang.supervision.domain.Ladders;
import cn.hezhang.supervision.domain.SupervisionNotice;
import cn.hezhang.supervision.domain.SupervisionNotices;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ladders and notices a user may see: an admin all, a unit its own, everyone else the region subtree. */
@Service
@Transactional(readOnly = true)
public class SupervisionReads {
	private final Ladders ladders;
	private final SupervisionNotices notices;
	private final CaseQueries cases;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final WorkingDays workingDays;
	private final Clock clock;

	SupervisionReads(Ladders ladders, SupervisionNotices notices, CaseQueries cases, RegionDirectory regions,
			OrgDirectory orgs, WorkingDays workingDays, Clock clock) {
		this.ladders = ladders;
		this.notices = notices;
		this.cases = cases;
		this.regions = regions;
		this.orgs = orgs;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	static boolean canSee(SupervisionNotice n, CurrentUser user) {
		if (user.isAdmin()) {
			return true;
		}
		if (user.is(Role.UNIT)) {
			return n.unitId() != null && n.unitId().equals(user.orgId());
		}
		return user.covers(n.regionCode()) || user.covers(n.issuingRegionCode());
	}

	/** Filters of the overdue sheet and the notice list (all optional). */
	public record Filter(String regionCode, LadderRung rung, NoticeKind kind, String category, Boolean active) {
	}

	public PageResult<LadderRow> ladders(CurrentUser user, Filter filter, int page, int size) {
		Page<Ladder> found = ladders.findAll(ladderSpec(user, filter),
				PageRequest.of(page, size, Sort.by(Sort.Order.asc("deadline"), Sort.Order.asc("id"))));
		return new PageResult<>(ladderRows(found.getContent()), found.getTotalElements(), page, size);
	}

	/** Every matching ladder in batches (the ledger export), without loading them all at once. */
	public void eachLadder(CurrentUser user, Filter filter, Consumer<LadderRow> sink) {
		int page = 0;
		Page<Ladder> found;
		do {
			found = ladders.findAll(ladderSpec(user, filter), PageRequest.of(page++, 500, Sort.by("id")));
			ladderRows(found.getContent()).forEach(sink);
		} while (found.hasNext());
	}

	public LadderRow ladder(Long ladderId, CurrentUser user) {
		return ladders.findById(ladderId).filter(l -> covers(user, l))
			.map(l -> ladderRows(List.of(l)).get(0))
			.orElseThrow(() -> new NotFoundException("没有督办记录 / no such ladder"));
	}

	public LadderRow ladderOfCase(Long caseId, CurrentUser user) {
		return ladders.findByCaseId(caseId).filter(l -> covers(user, l))
			.map(l -> ladderRows(List.of(l)).get(0))
			.orElseThrow(() -> new NotFoundException("没有督办记录 / no ladder for this case"));
	}

	public PageResult<NoticeRow> notices(CurrentUser user, Filter filter, int page, int size) {
		Page<SupervisionNotice> found = notices.findAll(noticeSpec(user, filter),
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("id"))));
		return new PageResult<>(found.getContent().stream().map(n -> noticeRow(n, user)).toList(),
				found.getTotalElements(), page, size);
	}

	public void eachNotice(CurrentUser user, Filter filter, Consumer<NoticeRow> sink) {
		int page = 0;
		Page<SupervisionNotice> found;
		do {
			found = notices.findAll(noticeSpec(user, filter), PageRequest.of(page++, 500, Sort.by("id")));
			found.getContent().forEach(n -> sink.accept(noticeRow(n, user)));
		} while (found.hasNext());
	}

	public NoticeRow notice(Long id, CurrentUser user) {
		return notices.findById(id).filter(n -> canSee(n, user)).map(n -> noticeRow(n, user))
			.orElseThrow(() -> new NotFoundException("通知不存在 / no such notice"));
	}

	NoticeRow noticeRow(SupervisionNotice n, CurrentUser user) {
		Instant now = clock.instant();
		boolean canAnswer = user.is(Role.UNIT) && n.unitId() != null && n.unitId().equals(user.orgId())
				&& n.respondedAt() == null && ladders.findById(n.ladderId()).map(Ladder::active).orElse(false);
		return new NoticeRow(n.id(), n.kind(), n.kind().label(), n.noticeNo(), n.caseId(), n.caseNo(), n.regionCode(),
				regionName(n.regionCode()), n.issuingRegionCode(), regionName(n.issuingRegionCode()) + "河长制办公室",
				n.unitId(), orgs.find(n.unitId()).map(OrgView::name).orElse(null), n.content(), n.issuedAt(), n.dueAt(),
				n.response(), n.respondedAt(), n.respondedBy(), n.respondedAt() == null && now.isAfter(n.dueAt()),
				canAnswer);
	}

	private boolean covers(CurrentUser user, Ladder l) {
		if (user.isAdmin()) {
			return true;
		}
		if (user.is(Role.UNIT)) {
			return l.unitId() != null && l.unitId().equals(user.orgId());
		}
		return user.covers(l.regionCode()) || user.covers(l.handlingRegionCode());
	}

	private Specification<Ladder> ladderSpec(CurrentUser user, Filter f) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (user.is(Role.UNIT)) {
				p.add(cb.equal(root.get("unitId"), user.orgId()));
			}
			else if (!user.isAdmin()) {
				p.add(cb.or(cb.like(root.get("regionCode"), user.scopePrefix() + "%"),
						cb.like(root.get("handlingRegionCode"), user.scopePrefix() + "%")));
			}
			if (f.regionCode() != null && !f.regionCode().isBlank()) {
				p.add(cb.like(root.get("regionCode"), prefixOf(f.regionCode()) + "%"));
			}
			if (f.rung() != null) {
				p.add(cb.equal(root.get("rung"), f.rung()));
			}
			if (f.category() != null && !f.category().isBlank()) {
				p.add(cb.equal(root.get("category"), f.category()));
			}
			if (Boolean.TRUE.equals(f.active())) {
				p.add(cb.notEqual(root.get("rung"), LadderRung.STOPPED));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	private Specification<SupervisionNotice> noticeSpec(CurrentUser user, Filter f) {
		return (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			if (user.is(Role.UNIT)) {
				p.add(cb.equal(root.get("unitId"), user.orgId()));
			}
			else if (!user.isAdmin()) {
				p.add(cb.or(cb.like(root.get("regionCode"), user.scopePrefix() + "%"),
						cb.like(root.get("issuingRegionCode"), user.scopePrefix() + "%")));
			}
			if (f.regionCode() != null && !f.regionCode().isBlank()) {
				p.add(cb.like(root.get("regionCode"), prefixOf(f.regionCode()) + "%"));
			}
			if (f.kind() != null) {
				p.add(cb.equal(root.get("kind"), f.kind()));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
	}

	private String prefixOf(String regionCode) {
		return regions.find(regionCode).map(RegionView::scopePrefix).orElse(regionCode);
	}

	private List<LadderRow> ladderRows(List<Ladder> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<String, String> categoryNames = cases.categoryNames();
		Map<Long, List<SupervisionNotice>> byLadder = new HashMap<>();
		notices.findByLadderIdInOrderByIssuedAtAsc(found.stream().map(Ladder::id).toList())
			.forEach(n -> byLadder.computeIfAbsent(n.ladderId(), k -> new ArrayList<>()).add(n));
		Map<Long, String> unitNames = new HashMap<>();
		java.time.LocalDate today = clock.instant().atZone(Times.CHINA).toLocalDate();
		List<LadderRow> rows = new ArrayList<>(found.size());
		for (Ladder l : found) {
			List<SupervisionNotice> ns = byLadder.getOrDefault(l.id(), List.of());
			boolean acked = ns.stream().anyMatch(n -> n.kind() == NoticeKind.URGE && n.respondedAt() != null);
			boolean answered = ns.stream().anyMatch(n -> n.kind() == NoticeKind.SUPERVISION && n.respondedAt() != null);
			java.time.LocalDate end = l.stoppedAt() == null ? today : l.stoppedAt().atZone(Times.CHINA).toLocalDate();
			int overdueDays = workingDays.workingDaysBetween(l.deadline().atZone(Times.CHINA).toLocalDate(), end);
			String unitName = l.unitId() == null ? null
					: unitNames.computeIfAbsent(l.unitId(), id -> orgs.find(id).map(OrgView::name).orElse(null));
			rows.add(new LadderRow(l.id(), l.caseId(), l.caseNo(), l.regionCode(), regionName(l.regionCode()),
					l.category(), categoryNames.getOrDefault(l.category(), l.category()), l.unitId(), unitName, l.rung(),
					l.rung().label(), l.deadline(), overdueDays, l.reworkCount(), l.urgedAt(), l.superviseAt(),
					l.supervisedAt(), l.listAt(), l.listedAt(), l.stoppedAt(), acked, answered));
		}
		return rows;
	}

	private String regionName(String code) {
		return regions.find(code).map(RegionView::name).orElse(code);
	}
}
