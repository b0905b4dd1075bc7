package cn.hezhang.casework;

import static cn.hezhang.casework.process.CaseProcessVariables.*;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.hezhang.casework.CaseViews.CaseDetail;
import cn.hezhang.casework.CaseViews.CaseSummary;
import cn.hezhang.casework.CaseViews.PendingExtension;
import cn.hezhang.casework.CaseViews.Photo;
import cn.hezhang.casework.CaseViews.TimelineEntry;
import cn.hezhang.casework.domain.CasePhoto;
import cn.hezhang.casework.domain.CasePhotos;
import cn.hezhang.casework.domain.CaseStep;
import cn.hezhang.casework.domain.CaseSteps;
import cn.hezhang.casework.domain.Categories;
import cn.hezhang.casework.domain.Category;
import cn.hezhang.casework.domain.ExtensionRequest;
import cn.hezhang.casework.domain.ExtensionRequests;
import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.casework.domain.IssueCases;
import cn.hezhang.casework.process.CaseProcess;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.DataScope;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case module's read API: lists within a scope and the case page. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {
	private final IssueCases cases;
	private final CaseSteps steps;
	private final CasePhotos photos;
	private final ExtensionRequests extensions;
	private final Categories categories;
	private final CaseProcess process;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final WaterbodyCatalog waterbodies;
	private final CaseworkSettings settings;
	private final ObjectMapper json;
	private final Clock clock;

	CaseQueries(IssueCases cases, CaseSteps steps, CasePhotos photos, ExtensionRequests extensions,
			Categories categories, CaseProcess process, RegionDirectory regions, OrgDirectory orgs,
			WaterbodyCatalog waterbodies, CaseworkSettings settings, ObjectMapper json, Clock clock) {
		this.cases = cases;
		this.steps = steps;
		this.photos = photos;
		this.extensions = extensions;
		this.categories = categories;
		this.process = process;
		this.regions = regions;
		this.orgs = orgs;
		this.waterbodies = waterbodies;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	public List<Category> categories() {
		return categories.findByActiveTrueOrderBySortOrder();
	}

	/** Category code → Chinese name, every category (inactive ones too, for old records), for other modules' labels. */
	public Map<String, String> categoryNames() {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		categories.findAll(Sort.by("sortOrder")).forEach(c -> names.put(c.code(), c.nameZh()));
		return names;
	}

	public PageResult<CaseSummary> list(DataScope scope, CaseFilter filter, int page, int size) {
		Specification<IssueCase> spec = (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			switch (scope.kind()) {
				case UNIT -> p.add(cb.equal(root.get("unitOrgId"), scope.unitId()));
				case REGION -> p.add(cb.like(root.get("regionCode"), scope.regionPrefix() + "%"));
				case ALL -> {
				}
			}
			if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
				String prefix = regions.find(filter.regionCode()).map(RegionView::scopePrefix).orElse(filter.regionCode());
				p.add(cb.like(root.get("regionCode"), prefix + "%"));
			}
			if (filter.status() != null) {
				p.add(cb.equal(root.get("status"), filter.status()));
			}
			if (Boolean.TRUE.equals(filter.open())) {
				p.add(root.get("status").in(EnumSet.of(CaseStatus.REPORTED, CaseStatus.ACCEPTED, CaseStatus.RECTIFYING,
						CaseStatus.SUBMITTED, CaseStatus.AWAITING_CLOSURE_APPROVAL)));
			}
			if (filter.category() != null && !filter.category().isBlank()) {
				p.add(cb.equal(root.get("category"), filter.category()));
			}
			if (filter.waterBodyId() != null) {
				p.add(cb.equal(root.get("waterBodyId"), filter.waterBodyId()));
			}
			if (filter.unitId() != null) {
				p.add(cb.equal(root.get("unitOrgId"), filter.unitId()));
			}
			if (filter.overdue() != null) {
				p.add(cb.equal(root.get("overdue"), filter.overdue()));
			}
			if (filter.from() != null) {
				p.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), filter.from().atStartOfDay(Times.CHINA).toInstant()));
			}
			if (filter.to() != null) {
				p.add(cb.lessThan(root.get("reportedAt"), filter.to().plusDays(1).atStartOfDay(Times.CHINA).toInstant()));
			}
			if (filter.q() != null && !filter.q().isBlank()) {
				String like = "%" + filter.q().trim() + "%";
				p.add(cb.or(cb.like(root.get("caseNo"), like), cb.like(root.get("description"), like)));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
		var found = cases.findAll(spec, PageRequest.of(page, size, Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id"))));
		return new PageResult<>(summaries(found.getContent()), found.getTotalElements(), page, size);
	}

	public Optional<CaseDetail> detail(Long id, CurrentUser user) {
		return cases.findById(id).filter(c -> CaseScope.canSee(c, user)).map(c -> detail(c, user));
	}

	public Optional<Long> idByClientId(String clientId) {
		return cases.findByClientId(clientId).map(IssueCase::id);
	}

	public Optional<Long> idByCaseNo(String caseNo) {
		return cases.findByCaseNo(caseNo).map(IssueCase::id);
	}

	/** The case page, for a user who just acted on it (no scope check: a transfer may have moved it away). */
	public CaseDetail detailAfterAction(Long id, CurrentUser user) {
		return detail(cases.findById(id).orElseThrow(() -> CaseManagement.notFound(id)), user);
	}

	/** Summaries of cases by number, for other modules' pages (no scope check: the caller decides). */
	public Map<String, CaseSummary> summariesByCaseNo(Collection<String> caseNos) {
		return summaries(cases.findByCaseNoIn(caseNos)).stream()
			.collect(Collectors.toMap(CaseSummary::caseNo, s -> s));
	}

	CaseDetail detail(IssueCase c, CurrentUser user) {
		List<CasePhoto> allPhotos = photos.findByCaseIdOrderByIdAsc(c.id());
		Map<Long, List<Photo>> photosByStep = new HashMap<>();
		for (CasePhoto p : allPhotos) {
			photosByStep.computeIfAbsent(p.stepId(), k -> new ArrayList<>()).add(photo(p));
		}
		List<TimelineEntry> timeline = steps.findByCaseIdOrderByAtAscIdAsc(c.id()).stream()
			.map(s -> new TimelineEntry(s.id(), s.action(), s.actorName(), s.actorRole(), s.at(), s.opinion(),
					details(s), photosByStep.getOrDefault(s.id(), List.of())))
			.toList();
		Optional<ExtensionRequest> pending = extensions.findFirstByCaseIdAndStatus(c.id(), ExtensionRequest.PENDING);
		Optional<WaterBodyView> body = waterbodies.waterBody(c.waterBodyId());
		Optional<ReachView> reach = waterbodies.reach(c.reachId());
		Optional<OrgView> unit = orgs.find(c.unitOrgId());
		return new CaseDetail(c.id(), c.caseNo(), c.status(), c.category(), c.severity(), c.waterBodyId(),
				body.map(WaterBodyView::name).orElse(null), c.reachId(), reach.map(ReachView::name).orElse(null),
				c.regionCode(), regionName(c.regionCode()), c.handlingRegionCode(), regionName(c.handlingRegionCode()),
				c.unitOrgId(), unit.map(OrgView::name).orElse(null), c.description(), c.lat(), c.lon(), c.address(),
				c.requirement(), c.urgency(), c.reportedAt(), c.deadline(), c.overdue(), c.overdueAt(), c.reworkCount(),
				c.source(), c.reporterName(), c.closedAt(), c.closedOnTime(), allPhotos.stream().map(this::photo).toList(),
				timeline, actions(c, user, pending.isPresent()),
				pending.map(e -> new PendingExtension(e.requestedDeadline(), e.reason(), e.requestedAt(), c.deadline()))
					.orElse(null));
	}

	/** Exactly the steps this user may take on this case now. */
	List<CaseAction> actions(IssueCase c, CurrentUser user, boolean extensionPending) {
		if (!c.status().isOpen() || c.caseNo() == null) {
			return List.of();
		}
		Instant now = clock.instant();
		List<CaseAction> actions = new ArrayList<>();
		for (CaseProcess.OpenTask t : process.openTasks(c.caseNo())) {
			if (!t.offeredTo(user)) {
				continue;
			}
			switch (t.key()) {
				case TASK_TRIAGE -> actions.add(CaseAction.TRIAGE);
				case TASK_ASSIGN -> actions.add(CaseAction.ASSIGN);
				case TASK_RECTIFY -> {
					actions.add(CaseAction.PROGRESS);
					if (!extensionPending) {
						actions.add(CaseAction.REQUEST_EXTENSION);
					}
					if (c.canHandBack(now, settings.handbackWindow())) {
						actions.add(CaseAction.HANDBACK);
					}
					actions.add(CaseAction.SUBMIT_RECTIFICATION);
				}
				case TASK_DECIDE_EXTENSION -> actions.add(CaseAction.DECIDE_EXTENSION);
				case TASK_ACCEPT -> actions.add(CaseAction.ACCEPT_RECTIFICATION);
				case TASK_APPROVE_CLOSURE -> actions.add(CaseAction.APPROVE_CLOSURE);
				default -> {
				}
			}
		}
		return actions;
	}

	private List<CaseSummary> summaries(List<IssueCase> found) {
		Set<Long> unitIds = found.stream().map(IssueCase::unitOrgId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
		Map<Long, String> unitNames = new HashMap<>();
		unitIds.forEach(id -> orgs.find(id).ifPresent(o -> unitNames.put(id, o.name())));
		Map<Long, String> bodyNames = new HashMap<>();
		Map<Long, String> reachNames = new HashMap<>();
		for (IssueCase c : found) {
			if (c.waterBodyId() != null) {
				bodyNames.computeIfAbsent(c.waterBodyId(), id -> waterbodies.waterBody(id).map(WaterBodyView::name).orElse(null));
			}
			if (c.reachId() != null) {
				reachNames.computeIfAbsent(c.reachId(), id -> waterbodies.reach(id).map(ReachView::name).orElse(null));
			}
		}
		return found.stream()
			.map(c -> new CaseSummary(c.id(), c.caseNo(), c.status(), c.category(), c.severity(), c.waterBodyId(),
					bodyNames.get(c.waterBodyId()), c.reachId(), reachNames.get(c.reachId()), c.regionCode(),
					regionName(c.regionCode()), c.unitOrgId(), unitNames.get(c.unitOrgId()), c.reportedAt(), c.deadline(),
					c.overdue(), c.source()))
			.toList();
	}

	private Photo photo(CasePhoto p) {
		return new Photo(p.fileId(), "/api/media/" + p.fileId(), "/api/media/" + p.fileId() + "/thumbnail", p.kind());
	}

	private Map<String, Object> details(CaseStep s) {
		if (s.details() == null) {
			return null;
		}
		try {
			return json.readValue(s.details(), new TypeReference<Map<String, Object>>() {
			});
		}
		catch (Exception e) {
			return Map.of("raw", s.details());
		}
	}

	private String regionName(String code) {
		return regions.find(code).map(RegionView::name).orElse(code);
	}
}
