package cn.hezhang.supervision;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers for a region subtree and a range of months, summed from the read models ({@code sv_stat},
 * {@code sv_case_fact}, {@code sv_ladder}): totals, trend by month, by child region, by category and by water body.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionDashboard {
	static final String SUMS = "SUM(reported), SUM(closed), SUM(closed_on_time), SUM(rejected), SUM(became_overdue), "
			+ "SUM(handling_seconds), SUM(reworks), SUM(closed_reworked), SUM(policy_overdue), SUM(policy_done), "
			+ "SUM(patrol_due), SUM(patrol_done), SUM(patrol_missed)";

	private final JdbcTemplate jdbc;
	private final RegionDirectory regions;
	private final CaseQueries cases;
	private final WaterbodyCatalog waterbodies;
	private final Clock clock;

	SupervisionDashboard(JdbcTemplate jdbc, RegionDirectory regions, CaseQueries cases, WaterbodyCatalog waterbodies,
			Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.cases = cases;
		this.waterbodies = waterbodies;
		this.clock = clock;
	}

	/** Counters of a cell, a month, a region or a range, with the rates derived from them. */
	public record Numbers(long reported, long closed, long closedOnTime, long rejected, long becameOverdue,
			long handlingSeconds, long reworks, long closedReworked, long policyOverdue, long policyDone, long patrolDue,
			long patrolDone, long patrolMissed, long open) {
		static final Numbers ZERO = new Numbers(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		Numbers plus(Numbers o) {
			return new Numbers(reported + o.reported, closed + o.closed, closedOnTime + o.closedOnTime,
					rejected + o.rejected, becameOverdue + o.becameOverdue, handlingSeconds + o.handlingSeconds,
					reworks + o.reworks, closedReworked + o.closedReworked, policyOverdue + o.policyOverdue,
					policyDone + o.policyDone, patrolDue + o.patrolDue, patrolDone + o.patrolDone,
					patrolMissed + o.patrolMissed, open + o.open);
		}

		Numbers withOpen(long open) {
			return new Numbers(reported, closed, closedOnTime, rejected, becameOverdue, handlingSeconds, reworks,
					closedReworked, policyOverdue, policyDone, patrolDue, patrolDone, patrolMissed, open);
		}

		/** Closed on time / closed (null without closures). */
		@JsonProperty
		public Double onTimeRate() {
			return closed == 0 ? null : (double) closedOnTime / closed;
		}

		/** Average days from report to closure. */
		@JsonProperty
		public Double averageHandlingDays() {
			return closed == 0 ? null : handlingSeconds / 86400.0 / closed;
		}

		/** Closed cases that needed rework / closed. */
		@JsonProperty
		public Double reworkRate() {
			return closed == 0 ? null : (double) closedReworked / closed;
		}

		/** Patrols done / (done + missed) of the duties whose period ended. */
		@JsonProperty
		public Double patrolCompliance() {
			return patrolDone + patrolMissed == 0 ? null : (double) patrolDone / (patrolDone + patrolMissed);
		}
	}

	public record Row(String key, String name, Numbers numbers) {
	}

	public record RungCount(LadderRung rung, String label, long count) {
	}

	public record Dashboard(String regionCode, String regionName, String level, String from, String to, Numbers totals,
			long openNow, long overdueNow, List<RungCount> ladder, List<Row> trend, List<Row> byChild,
			List<Row> byCategory, List<Row> byWaterBody) {
	}

	/** The region a user may look at: the requested one inside the user's subtree (else 404), or the user's own. */
	public RegionView regionFor(CurrentUser user, String regionCode) {
		String code = regionCode == null || regionCode.isBlank()
				? (user.regionCode() == null ? "150000" : user.regionCode()) : regionCode;
		RegionView region = regions.find(code).orElseThrow(() -> new NotFoundException("区域不存在 / no such region"));
		if (!user.isAdmin() && !user.covers(region.code())) {
			throw new NotFoundException("区域不存在 / no such region");
		}
		return region;
	}

	public static YearMonth[] range(String from, String to, Clock clock) {
		YearMonth now = YearMonth.now(clock.withZone(Times.CHINA));
		YearMonth t;
		YearMonth f;
		try {
			t = to == null || to.isBlank() ? now : YearMonth.parse(to);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("to", "月份格式为 yyyy-MM / month as yyyy-MM");
		}
		try {
			f = from == null || from.isBlank() ? t.minusMonths(11) : YearMonth.parse(from);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("from", "月份格式为 yyyy-MM / month as yyyy-MM");
		}
		if (f.isAfter(t)) {
			throw new InvalidInputException("from", "起始月份晚于结束月份 / from is after to");
		}
		if (f.plusMonths(60).isBefore(t)) {
			throw new InvalidInputException("from", "最多 60 个月 / at most 60 months");
		}
		return new YearMonth[] { f, t };
	}

	public Dashboard dashboard(CurrentUser user, String regionCode, String from, String to) {
		RegionView region = regionFor(user, regionCode);
		YearMonth[] r = range(from, to, clock);
		String f = r[0].toString();
		String t = r[1].toString();
		String prefix = region.scopePrefix();

		// open cases at the end of each month: reported − closed − rejected up to that month (all history)
		TreeMap<String, Numbers> byMonth = new TreeMap<>(grouped("stat_month", prefix, "0000-00", t));
		List<Row> trend = new ArrayList<>();
		Numbers totals = Numbers.ZERO;
		long open = 0;
		var history = byMonth.entrySet().iterator();
		Map.Entry<String, Numbers> next = history.hasNext() ? history.next() : null;
		for (YearMonth m = r[0]; !m.isAfter(r[1]); m = m.plusMonths(1)) {
			String key = m.toString();
			Numbers month = Numbers.ZERO;
			while (next != null && next.getKey().compareTo(key) <= 0) {
				Numbers n = next.getValue();
				open += n.reported() - n.closed() - n.rejected();
				if (next.getKey().equals(key)) {
					month = n;
				}
				next = history.hasNext() ? history.next() : null;
			}
			trend.add(new Row(key, key, month.withOpen(open)));
			totals = totals.plus(month);
		}
		totals = totals.withOpen(open);

		// by child region: the range's counters, and the open count up to the end of the range
		Map<String, Numbers> byLeaf = grouped("region_code", prefix, f, t);
		Map<String, Numbers> openByLeaf = grouped("region_code", prefix, "0000-00", t);
		List<Row> byChild = new ArrayList<>();
		for (RegionView child : regions.children(region.code())) {
			Numbers sum = Numbers.ZERO;
			long childOpen = 0;
			for (Map.Entry<String, Numbers> e : byLeaf.entrySet()) {
				if (e.getKey().startsWith(child.scopePrefix())) {
					sum = sum.plus(e.getValue());
				}
			}
			for (Map.Entry<String, Numbers> e : openByLeaf.entrySet()) {
				if (e.getKey().startsWith(child.scopePrefix())) {
					childOpen += e.getValue().reported() - e.getValue().closed() - e.getValue().rejected();
				}
			}
			byChild.add(new Row(child.code(), child.name(), sum.withOpen(childOpen)));
		}
		Map<String, String> categoryNames = cases.categoryNames();
		List<Row> byCategory = new ArrayList<>();
		grouped("category", prefix, f, t).forEach((k, n) -> {
			if (!SupervisionStats.NO_CATEGORY.equals(k)) {
				byCategory.add(new Row(k, categoryNames.getOrDefault(k, k), n));
			}
		});
		byCategory.sort(Comparator.comparingLong((Row x) -> x.numbers().reported()).reversed());
		List<Row> byWaterBody = new ArrayList<>();
		grouped("water_body_id", prefix, f, t).forEach((k, n) -> {
			if (!"0".equals(k)) {
				byWaterBody.add(new Row(k, waterbodies.waterBody(Long.valueOf(k)).map(WaterBodyView::name).orElse(k), n));
			}
		});
		byWaterBody.sort(Comparator.comparingLong((Row x) -> x.numbers().reported() + x.numbers().patrolDue()).reversed());

		long openNow = count("SELECT COUNT(*) FROM sv_case_fact WHERE region_code LIKE ? AND state = 'OPEN'", prefix);
		long overdueNow = count(
				"SELECT COUNT(*) FROM sv_case_fact WHERE region_code LIKE ? AND state = 'OPEN' AND overdue = TRUE", prefix);
		Map<String, Long> rungs = new LinkedHashMap<>();
		jdbc.query("SELECT rung, COUNT(*) FROM sv_ladder WHERE region_code LIKE ? GROUP BY rung",
				rs -> {
					rungs.put(rs.getString(1), rs.getLong(2));
				}, prefix + "%");
		List<RungCount> ladder = new ArrayList<>();
		for (LadderRung rung : LadderRung.values()) {
			ladder.add(new RungCount(rung, rung.label(), rungs.getOrDefault(rung.name(), 0L)));
		}
		return new Dashboard(region.code(), region.name(), region.level().name(), f, t, totals, openNow, overdueNow,
				ladder, trend, byChild, byCategory, byWaterBody.size() > 15 ? byWaterBody.subList(0, 15) : byWaterBody);
	}

	/** Counters per region code (leaf rows) in a range of months, for the assessment. */
	public Map<String, Numbers> byRegionCode(String prefix, String from, String to) {
		return grouped("region_code", prefix, from, to);
	}

	private long count(String sql, String prefix) {
		Long n = jdbc.queryForObject(sql, Long.class, prefix + "%");
		return n == null ? 0 : n;
	}

	private Map<String, Numbers> grouped(String column, String prefix, String from, String to) {
		Map<String, Numbers> out = new LinkedHashMap<>();
		jdbc.query("SELECT " + column + ", " + SUMS + " FROM sv_stat WHERE region_code LIKE ? AND stat_month >= ? "
				+ "AND stat_month <= ? GROUP BY " + column + " ORDER BY " + column, rs -> {
					out.put(rs.getString(1), new Numbers(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
							rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
							rs.getLong(12), rs.getLong(13), rs.getLong(14), 0));
				}, prefix + "%", from, to);
		return out;
	}
}
