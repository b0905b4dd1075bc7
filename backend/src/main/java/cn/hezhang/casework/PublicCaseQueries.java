package cn.hezhang.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.hezhang.casework.domain.Categories;
import cn.hezhang.casework.domain.CaseStep;
import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.casework.domain.IssueCases;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.shared.PageResult;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see of a case (the status page, Open311, "is this the same problem?"): its number, category,
 * place, status, the unit it is assigned to, the deadline and the public notes of the timeline
 * ({@code cw_case_step.public_note}). Never the reporter's name, phone or e-mail, never an internal opinion, the
 * requirement, the severity or who acted. Free text typed by the reporter (description, address) leaves with
 * phone numbers, e-mail addresses and the reporter's own contact data masked.
 */
@Service
@Transactional(readOnly = true)
public class PublicCaseQueries {
	static final String MASK = "***";
	/** Mainland mobile numbers (with an optional +86) and landlines with an area code. */
	static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:(?:\\+?86[- ]?)?1[3-9]\\d(?:[- ]?\\d{4}){2}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
	static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.REPORTED, CaseStatus.ACCEPTED, CaseStatus.RECTIFYING,
			CaseStatus.SUBMITTED, CaseStatus.AWAITING_CLOSURE_APPROVAL);
	static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED);

	private final IssueCases cases;
	private final Categories categories;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final WaterbodyCatalog waterbodies;
	private final EntityManager entities;

	PublicCaseQueries(IssueCases cases, Categories categories, RegionDirectory regions, OrgDirectory orgs,
			WaterbodyCatalog waterbodies, EntityManager entities) {
		this.cases = cases;
		this.categories = categories;
		this.regions = regions;
		this.orgs = orgs;
		this.waterbodies = waterbodies;
		this.entities = entities;
	}

	/** A case as the public sees it. {@code notes}: the public notes of the timeline, oldest first. */
	public record PublicCase(String caseNo, CaseSource source, CaseStatus status, String category, Long waterBodyId,
			String waterBodyName, Long reachId, String reachName, String regionCode, String regionName, String unitName,
			String description, BigDecimal lat, BigDecimal lon, String address, Instant reportedAt, Instant updatedAt,
			Instant deadline, boolean overdue, Instant closedAt, List<PublicNote> notes) {
		public boolean open() {
			return status.isOpen();
		}
	}

	/** One public line of the timeline ("已受理", "已交办责任单位整改", ...). */
	public record PublicNote(Instant at, StepAction action, String note) {
	}

	/** An active category; {@code publicUse}: citizens may report it (cw_category.public_use). */
	public record PublicCategory(String code, String nameZh, String nameEn, boolean publicUse) {
	}

	/**
	 * Which cases a public list shows. {@code caseNos} (when not empty) overrides every other filter but the sources;
	 * {@code open} null: open and ended; {@code to} is inclusive.
	 */
	public record PublicCaseFilter(Set<CaseSource> sources, Collection<String> caseNos, Collection<String> categories,
			Long waterBodyId, Instant from, Instant to, Boolean open) {
	}

	/** An open case near a point, for "is this the same problem?". */
	public record NearbyCase(String caseNo, CaseStatus status, String category, String waterBodyName,
			String description, Instant reportedAt, int distanceMeters) {
	}

	/** The categories citizens and third-party apps may report (Open311's services). */
	public List<PublicCategory> publicCategories() {
		return categories().stream().filter(PublicCategory::publicUse).toList();
	}

	/** Every active category, for naming a case's category (triage may have chosen an internal one). */
	public List<PublicCategory> categories() {
		return categories.findByActiveTrueOrderBySortOrder().stream()
			.map(c -> new PublicCategory(c.code(), c.nameZh(), c.nameEn(), c.publicUse())).toList();
	}

	/** The number of a case (null until it is numbered, which happens in the transaction that reports it). */
	public Optional<String> caseNo(Long caseId) {
		return caseId == null ? Optional.empty() : cases.findById(caseId).map(IssueCase::caseNo);
	}

	/** The case with this number, if it came from one of {@code sources}. */
	public Optional<PublicCase> byCaseNo(String caseNo, Set<CaseSource> sources) {
		if (caseNo == null || caseNo.isBlank()) {
			return Optional.empty();
		}
		return cases.findByCaseNo(caseNo.trim()).filter(c -> sources.contains(c.source()))
			.map(c -> views(List.of(c)).get(0));
	}

	/** Newest first; served by the case table's report-time indexes. */
	public PageResult<PublicCase> list(PublicCaseFilter filter, int page, int size) {
		Specification<IssueCase> spec = (root, query, cb) -> {
			List<Predicate> p = new ArrayList<>();
			p.add(root.get("source").in(filter.sources()));
			p.add(cb.isNotNull(root.get("caseNo")));
			if (filter.caseNos() != null && !filter.caseNos().isEmpty()) {
				p.add(root.get("caseNo").in(filter.caseNos()));
				return cb.and(p.toArray(Predicate[]::new));
			}
			if (filter.categories() != null && !filter.categories().isEmpty()) {
				p.add(root.get("category").in(filter.categories()));
			}
			if (filter.waterBodyId() != null) {
				p.add(cb.equal(root.get("waterBodyId"), filter.waterBodyId()));
			}
			if (filter.from() != null) {
				p.add(cb.greaterThanOrEqualTo(root.get("reportedAt"), filter.from()));
			}
			if (filter.to() != null) {
				p.add(cb.lessThanOrEqualTo(root.get("reportedAt"), filter.to()));
			}
			if (filter.open() != null) {
				p.add(root.get("status").in(filter.open() ? OPEN : ENDED));
			}
			return cb.and(p.toArray(Predicate[]::new));
		};
		var found = cases.findAll(spec,
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id"))));
		return new PageResult<>(views(found.getContent()), found.getTotalElements(), page, size);
	}

	/**
	 * Open cases of a category within {@code radiusMeters} of a point, nearest first (at most {@code max}). Cases
	 * from staff show no description: only what the public reported is public text.
	 */
	public List<NearbyCase> nearbyOpen(String category, BigDecimal lat, BigDecimal lon, int radiusMeters, int max) {
		if (category == null || lat == null || lon == null) {
			return List.of();
		}
		double dLat = radiusMeters / 111_320.0;
		double dLon = radiusMeters / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat.doubleValue()))));
		List<IssueCase> box = cases.findNearby(category, OPEN, lat.subtract(BigDecimal.valueOf(dLat)),
				lat.add(BigDecimal.valueOf(dLat)), lon.subtract(BigDecimal.valueOf(dLon)), lon.add(BigDecimal.valueOf(dLon)),
				Instant.EPOCH, PageRequest.of(0, 200));
		Map<Long, String> bodyNames = new HashMap<>();
		return box.stream().filter(c -> c.caseNo() != null && c.lat() != null && c.lon() != null)
			.map(c -> new NearbyCase(c.caseNo(), c.status(), c.category(), bodyName(c.waterBodyId(), bodyNames),
					isPublic(c.source()) ? mask(c.description(), c) : null, c.reportedAt(),
					(int) Math.round(meters(lat.doubleValue(), lon.doubleValue(), c.lat().doubleValue(), c.lon().doubleValue()))))
			.filter(n -> n.distanceMeters() <= radiusMeters)
			.sorted(Comparator.comparingInt(NearbyCase::distanceMeters))
			.limit(max)
			.toList();
	}

	static boolean isPublic(CaseSource source) {
		return source == CaseSource.PUBLIC || source == CaseSource.OPEN311;
	}

	/** Great-circle distance (haversine, mean earth radius). */
	static double meters(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
		double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	/** Removes the reporter's own contact data, phone numbers and e-mail addresses from reporter-typed text. */
	static String mask(String text, IssueCase c) {
		if (text == null) {
			return null;
		}
		String out = text;
		for (String secret : new String[] { c.reporterPhone(), c.reporterEmail(), c.reporterName() }) {
			if (secret != null && secret.trim().length() >= 2) {
				out = out.replace(secret.trim(), MASK);
			}
		}
		out = EMAIL.matcher(out).replaceAll(MASK);
		return PHONE.matcher(out).replaceAll(MASK);
	}

	private List<PublicCase> views(List<IssueCase> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PublicNote>> notes = new HashMap<>();
		entities.createQuery("""
				select s from CaseStep s where s.caseId in :ids and s.publicNote is not null
				order by s.caseId, s.at, s.id""", CaseStep.class)
			.setParameter("ids", found.stream().map(IssueCase::id).toList())
			.getResultList()
			.forEach(s -> notes.computeIfAbsent(s.caseId(), k -> new ArrayList<>())
				.add(new PublicNote(s.at(), s.action(), s.publicNote())));
		Map<Long, String> bodyNames = new HashMap<>();
		Map<Long, String> reachNames = new HashMap<>();
		Map<Long, String> unitNames = new HashMap<>();
		return found.stream().map(c -> new PublicCase(c.caseNo(), c.source(), c.status(), c.category(), c.waterBodyId(),
				bodyName(c.waterBodyId(), bodyNames), c.reachId(),
				c.reachId() == null ? null : reachNames.computeIfAbsent(c.reachId(),
						id -> waterbodies.reach(id).map(ReachView::name).orElse(null)),
				c.regionCode(), regions.find(c.regionCode()).map(RegionView::name).orElse(c.regionCode()),
				c.unitOrgId() == null ? null : unitNames.computeIfAbsent(c.unitOrgId(),
						id -> orgs.find(id).map(OrgView::name).orElse(null)),
				mask(c.description(), c), c.lat(), c.lon(), mask(c.address(), c), c.reportedAt(), c.updatedAt(),
				c.deadline(), c.overdue(), c.closedAt(), List.copyOf(notes.getOrDefault(c.id(), List.of()))))
			.toList();
	}

	private String bodyName(Long waterBodyId, Map<Long, String> cache) {
		return waterBodyId == null ? null : cache.computeIfAbsent(waterBodyId,
				id -> waterbodies.waterBody(id).map(WaterBodyView::name).orElse(null));
	}
}
