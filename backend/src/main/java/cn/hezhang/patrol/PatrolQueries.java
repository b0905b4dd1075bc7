package cn.hezhang.patrol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.hezhang.patrol.PatrolViews.ComplianceRow;
import cn.hezhang.patrol.PatrolViews.DutyView;
import cn.hezhang.patrol.PatrolViews.FindingView;
import cn.hezhang.patrol.PatrolViews.PatrolDetail;
import cn.hezhang.patrol.PatrolViews.PatrolSummary;
import cn.hezhang.patrol.PatrolViews.PatrolTarget;
import cn.hezhang.patrol.PatrolViews.Point;
import cn.hezhang.patrol.domain.Duties;
import cn.hezhang.patrol.domain.Duty;
import cn.hezhang.patrol.domain.DutyStatus;
import cn.hezhang.patrol.domain.Findings;
import cn.hezhang.patrol.domain.Patrol;
import cn.hezhang.patrol.domain.Patrols;
import cn.hezhang.patrol.domain.TrackPointRows;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading patrols, duties and compliance. Who sees a patrol: its recorder always; chiefs, offices and supervisors
 * the patrols in their region subtree; an inspector only his own; a unit none; an admin all.
 */
@Service
@Transactional(readOnly = true)
public class PatrolQueries {
	private final Patrols patrols;
	private final TrackPointRows points;
	private final Findings findings;
	private final Duties duties;
	private final WaterbodyCatalog waterbodies;
	private final RegionDirectory regions;
	private final UserDirectory users;

	PatrolQueries(Patrols patrols, TrackPointRows points, Findings findings, Duties duties,
			WaterbodyCatalog waterbodies, RegionDirectory regions, UserDirectory users) {
		this.patrols = patrols;
		this.points = points;
		this.findings = findings;
		this.duties = duties;
		this.waterbodies = waterbodies;
		this.regions = regions;
		this.users = users;
	}

	static boolean canSee(Patrol p, CurrentUser user) {
		if (user.isAdmin() || p.userId().equals(user.id())) {
			return true;
		}
		if (user.is(Role.UNIT) || user.is(Role.INSPECTOR)) {
			return false;
		}
		return user.covers(p.regionCode());
	}

	/** The region prefix whose patrols the caller sees besides his own (null: only his own). */
	static String visiblePrefix(CurrentUser user) {
		if (user.isAdmin()) {
			return "";
		}
		if (user.is(Role.UNIT) || user.is(Role.INSPECTOR)) {
			return null;
		}
		return user.scopePrefix();
	}

	public PageResult<PatrolSummary> list(CurrentUser user, boolean mine, Long waterBodyId, LocalDate from,
			LocalDate to, int page, int size) {
		Instant fromAt = from == null ? null : from.atStartOfDay(Times.CHINA).toInstant();
		Instant toAt = to == null ? null : to.plusDays(1).atStartOfDay(Times.CHINA).toInstant();
		var found = patrols.findVisible(user.id(), visiblePrefix(user), mine, waterBodyId, fromAt, toAt,
				PageRequest.of(page, size));
		Map<String, Long> counts = findingCounts(found.getContent().stream().map(Patrol::id).toList());
		return PageResult.of(found.map(p -> summary(p, counts.getOrDefault(p.id(), 0L).intValue())));
	}

	private Map<String, Long> findingCounts(Collection<String> ids) {
		Map<String, Long> counts = new HashMap<>();
		if (!ids.isEmpty()) {
			findings.countByPatrol(ids).forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
		}
		return counts;
	}

	public Optional<PatrolDetail> detail(String id, CurrentUser user) {
		return patrols.findById(id).filter(p -> canSee(p, user)).map(p -> {
			List<FindingView> fs = findings.findByPatrolIdOrderByRecordedAt(id).stream()
				.map(f -> new FindingView(f.id(), f.clientId(), f.recordedAt(), f.lat(), f.lon(), f.note(), f.category(),
						f.photoIds(), f.caseId()))
				.toList();
			List<Point> track = points.findByPatrolIdOrderBySeq(id).stream().map(r -> r.point())
				.map(t -> new Point(t.seq(), t.at(), t.lat(), t.lon(), t.accuracyMeters())).toList();
			String geometry = p.reachId() == null ? null
					: waterbodies.reach(p.reachId()).map(ReachView::geometry).orElse(null);
			return new PatrolDetail(summary(p, fs.size()), track, fs, geometry);
		});
	}

	public Optional<FindingView> finding(Long id) {
		return findings.findById(id).map(f -> new FindingView(f.id(), f.clientId(), f.recordedAt(), f.lat(), f.lon(),
				f.note(), f.category(), f.photoIds(), f.caseId()));
	}

	public List<PatrolSummary> recentOnWaterBody(CurrentUser user, Long waterBodyId, int size) {
		var found = patrols.findVisible(user.id(), visiblePrefix(user), false, waterBodyId, null, null,
				PageRequest.of(0, size));
		Map<String, Long> counts = findingCounts(found.getContent().stream().map(Patrol::id).toList());
		return found.getContent().stream().map(p -> summary(p, counts.getOrDefault(p.id(), 0L).intValue())).toList();
	}

	static PatrolSummary summary(Patrol p, int findingCount) {
		return new PatrolSummary(p.id(), p.userId(), p.username(), p.displayName(), p.regionCode(), p.waterBodyId(),
				p.reachId(), p.targetName(), p.travelMode().name(), p.status().name(), p.startedAt(), p.endedAt(),
				p.durationSeconds(), p.distanceM(), p.nearShare(), p.pointCount(), p.effective(), p.shortfalls(),
				p.dutyId(), findingCount);
	}

	static DutyView view(Duty d) {
		return new DutyView(d.id(), d.username(), d.displayName(), d.regionCode(), d.dutyKind().name(), d.waterBodyId(),
				d.reachId(), d.targetName(), d.periodKind().name(), d.periodStart(), d.periodEnd(), d.dueAt(),
				d.status().name(), d.patrolId(), d.completedAt());
	}

	public List<DutyView> openDuties(CurrentUser user) {
		return duties.findByUserIdAndStatusOrderByDueAt(user.id(), DutyStatus.OPEN).stream().map(PatrolQueries::view)
			.toList();
	}

	public Map<String, DutyView> dutiesByBusinessKey(Collection<String> businessKeys) {
		List<Long> ids = new ArrayList<>();
		for (String key : businessKeys) {
			if (key != null && key.startsWith("PD-")) {
				try {
					ids.add(Long.valueOf(key.substring(3)));
				}
				catch (NumberFormatException e) {
					// not ours
				}
			}
		}
		Map<String, DutyView> out = new HashMap<>();
		duties.findByIdIn(ids).forEach(d -> out.put(d.businessKey(), view(d)));
		return out;
	}

	/** What the caller may patrol: water bodies (city and region chiefs) and the reaches of his region. */
	public List<PatrolTarget> targets(CurrentUser user) {
		List<ReachView> reaches = waterbodies.reachesInRegion(user.isAdmin() ? "" : user.scopePrefix());
		List<PatrolTarget> out = new ArrayList<>();
		if (user.is(Role.CHIEF) && (user.level() == AdminLevel.CITY || user.level() == AdminLevel.REGION)) {
			Map<Long, PatrolTarget> bodies = new LinkedHashMap<>();
			reaches.forEach(r -> bodies.putIfAbsent(r.waterBodyId(), new PatrolTarget(r.waterBodyId(), r.waterBodyName(),
					null, null, user.regionCode(), dbl(r.centerLat()), dbl(r.centerLon()), null)));
			out.addAll(bodies.values());
		}
		reaches.forEach(r -> out.add(new PatrolTarget(r.waterBodyId(), r.waterBodyName(), r.id(), r.name(),
				r.regionCode(), dbl(r.centerLat()), dbl(r.centerLon()), r.geometry())));
		return out;
	}

	private static Double dbl(java.math.BigDecimal b) {
		return b == null ? null : b.doubleValue();
	}

	public enum GroupBy {
		PERSON, REGION
	}

	/**
	 * Compliance over the duties whose period lies in [from, to] (by its last day) in a region subtree: required,
	 * done, missed and still open duties, patrols and effective patrols started in the window, and the on-time
	 * rate = done / (done + missed) over the duties already decided.
	 */
	public List<ComplianceRow> compliance(CurrentUser user, String regionCode, LocalDate from, LocalDate to,
			GroupBy groupBy) {
		String code = regionCode == null || regionCode.isBlank()
				? (user.regionCode() == null ? "150000" : user.regionCode()) : regionCode;
		RegionView region = regions.find(code).filter(r -> user.covers(r.code()))
			.orElseThrow(() -> new NotFoundException("区域不存在或不在您的辖区 / no such region in your scope: " + code));
		if (from == null || to == null || to.isBefore(from)) {
			throw new InvalidInputException("to", "请给出起止日期 / give a date window");
		}
		List<Duty> ds = duties.findInRegion(region.scopePrefix(), from, to).stream()
			.filter(d -> !d.periodEnd().isBefore(from) && !d.periodEnd().isAfter(to)).toList();
		Instant fromAt = from.atStartOfDay(Times.CHINA).toInstant();
		Instant toAt = to.plusDays(1).atStartOfDay(Times.CHINA).toInstant();
		if (groupBy == GroupBy.PERSON) {
			Map<String, long[]> patrolCounts = new HashMap<>();
			patrols.countByUser(region.scopePrefix(), fromAt, toAt)
				.forEach(r -> patrolCounts.put(String.valueOf(r[0]), counts(r)));
			Map<String, List<Duty>> byUser = group(ds, d -> String.valueOf(d.userId()));
			patrolCounts.keySet().forEach(k -> byUser.putIfAbsent(k, List.of()));
			List<ComplianceRow> rows = new ArrayList<>();
			byUser.forEach((userId, list) -> {
				var u = list.isEmpty() ? users.find(Long.valueOf(userId)).orElse(null) : null;
				String name = list.isEmpty() ? (u == null ? userId : u.displayName()) : list.get(0).displayName();
				String rc = list.isEmpty() ? (u == null ? null : u.regionCode()) : list.get(0).regionCode();
				String username = list.isEmpty() ? (u == null ? userId : u.username()) : list.get(0).username();
				rows.add(row(username, name, rc, list, patrolCounts.get(userId)));
			});
			rows.sort(Comparator.comparing(ComplianceRow::regionCode, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(ComplianceRow::key));
			return rows;
		}
		List<RegionView> children = regions.children(region.code());
		Function<String, RegionView> bucket = rc -> children.stream().filter(c -> c.contains(rc)).findFirst()
			.orElse(region);
		Map<String, List<Duty>> byRegion = new LinkedHashMap<>();
		Map<String, long[]> patrolCounts = new HashMap<>();
		for (Object[] r : patrols.countByRegion(region.scopePrefix(), fromAt, toAt)) {
			long[] c = counts(r);
			patrolCounts.merge(bucket.apply((String) r[0]).code(), c, (a, b) -> new long[] { a[0] + b[0], a[1] + b[1] });
		}
		for (Duty d : ds) {
			byRegion.computeIfAbsent(bucket.apply(d.regionCode()).code(), k -> new ArrayList<>()).add(d);
		}
		patrolCounts.keySet().forEach(k -> byRegion.putIfAbsent(k, List.of()));
		List<ComplianceRow> rows = new ArrayList<>();
		byRegion.forEach((rc, list) -> rows.add(row(rc, regions.find(rc).map(RegionView::name).orElse(rc), rc, list,
				patrolCounts.get(rc))));
		rows.sort(Comparator.comparing(ComplianceRow::key));
		return rows;
	}

	/** Per person for one water body over [from, to]. */
	public List<ComplianceRow> waterBodyCompliance(CurrentUser user, Long waterBodyId, LocalDate from, LocalDate to) {
		WaterBodyView body = waterbodies.waterBody(waterBodyId)
			.orElseThrow(() -> new NotFoundException("水体不存在 / no such water body: " + waterBodyId));
		String prefix = user.isAdmin() ? "" : user.scopePrefix();
		List<Duty> ds = duties.findForWaterBody(body.id(), from, to).stream()
			.filter(d -> !d.periodEnd().isBefore(from) && !d.periodEnd().isAfter(to))
			.filter(d -> prefix != null && d.regionCode().startsWith(prefix) || d.userId().equals(user.id()))
			.toList();
		Map<String, long[]> patrolCounts = new HashMap<>();
		patrols.countByUserOnWaterBody(body.id(), from.atStartOfDay(Times.CHINA).toInstant(),
				to.plusDays(1).atStartOfDay(Times.CHINA).toInstant())
			.forEach(r -> patrolCounts.put(String.valueOf(r[0]), counts(r)));
		List<ComplianceRow> rows = new ArrayList<>();
		group(ds, d -> String.valueOf(d.userId())).forEach((userId, list) -> rows.add(row(list.get(0).username(),
				list.get(0).displayName(), list.get(0).regionCode(), list, patrolCounts.get(userId))));
		rows.sort(Comparator.comparing(ComplianceRow::regionCode));
		return rows;
	}

	private static long[] counts(Object[] r) {
		return new long[] { ((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue() };
	}

	private static Map<String, List<Duty>> group(List<Duty> ds, Function<Duty, String> key) {
		Map<String, List<Duty>> out = new LinkedHashMap<>();
		ds.forEach(d -> out.computeIfAbsent(key.apply(d), k -> new ArrayList<>()).add(d));
		return out;
	}

	static ComplianceRow row(String key, String name, String regionCode, List<Duty> ds, long[] patrolCounts) {
		long done = ds.stream().filter(d -> d.status() == DutyStatus.DONE).count();
		long missed = ds.stream().filter(d -> d.status() == DutyStatus.MISSED).count();
		long open = ds.size() - done - missed;
		Double rate = done + missed == 0 ? null : Math.round(1000.0 * done / (done + missed)) / 1000.0;
		return new ComplianceRow(key, name, regionCode, ds.size(), done, missed, open,
				patrolCounts == null ? 0 : patrolCounts[0], patrolCounts == null ? 0 : patrolCounts[1], rate);
	}
}
