package cn.hezhang.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.Times;
import cn.hezhang.supervision.SupervisionDashboard.Numbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly assessment (考核) of every 盟市 and 旗县区 from the read models: four indicators scored 0–100 — closed
 * on time, closure (closed / (closed + still open)), free of rework, patrol compliance — weighted by
 * {@code hezhang.supervision.assessment.*} and normalised over the indicators a region has data for; ranked within
 * its level; marked yellow or red below the thresholds. Kept per month; recomputing a month replaces it.
 */
@Service
public class SupervisionAssessment {
	public enum Mark {
		NONE, YELLOW, RED
	}

	public record Score(String month, String regionCode, String regionName, String parentName, AdminLevel level,
			Double score, Integer rank, Mark mark, Double onTimeRate, Double closureRate, Double reworkFreeRate,
			Double patrolCompliance, int reported, int closed, int becameOverdue) {
	}

	private final SupervisionDashboard dashboard;
	private final RegionDirectory regions;
	private final SupervisionSettings settings;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SupervisionAssessment(SupervisionDashboard dashboard, RegionDirectory regions, SupervisionSettings settings,
			JdbcTemplate jdbc, Clock clock) {
		this.dashboard = dashboard;
		this.regions = regions;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static YearMonth month(String value, String field) {
		try {
			return YearMonth.parse(value);
		}
		catch (RuntimeException e) {
			throw new InvalidInputException(field, "月份格式为 yyyy-MM / month as yyyy-MM");
		}
	}

	/** On the first of each month at 02:00 Beijing time: the month that just ended. */
	@Scheduled(cron = "0 0 2 1 * *", zone = "Asia/Shanghai")
	void monthly() {
		compute(YearMonth.now(clock.withZone(Times.CHINA)).minusMonths(1).toString());
	}

	/** Computes (or recomputes) a month; a month in the future is refused. Returns the scores, best first per level. */
	@Transactional
	public List<Score> compute(String monthValue) {
		YearMonth m = month(monthValue, "month");
		if (m.isAfter(YearMonth.now(clock.withZone(Times.CHINA)))) {
			throw new InvalidInputException("month", "不能考核未来的月份 / the month has not begun");
		}
		String month = m.toString();
		Map<String, Numbers> inMonth = dashboard.byRegionCode("", month, month);
		Map<String, Numbers> upToMonth = dashboard.byRegionCode("", "0000-00", month);
		List<Score> scores = new ArrayList<>();
		for (AdminLevel level : List.of(AdminLevel.CITY, AdminLevel.COUNTY)) {
			List<Score> ofLevel = new ArrayList<>();
			for (RegionView r : regions.atLevel(level, null)) {
				Numbers n = sum(inMonth, r.scopePrefix());
				Numbers all = sum(upToMonth, r.scopePrefix());
				long openAtEnd = all.reported() - all.closed() - all.rejected();
				Double onTime = n.onTimeRate();
				Double closure = n.closed() + openAtEnd <= 0 ? null : (double) n.closed() / (n.closed() + openAtEnd);
				Double reworkFree = n.reworkRate() == null ? null : 1 - n.reworkRate();
				Double patrol = n.patrolCompliance();
				SupervisionSettings.Assessment w = settings.assessment();
				double weighted = 0;
				double weights = 0;
				double[][] parts = { { w.onTimeWeight(), nz(onTime) }, { w.closureWeight(), nz(closure) },
						{ w.reworkWeight(), nz(reworkFree) }, { w.patrolWeight(), nz(patrol) } };
				Double[] present = { onTime, closure, reworkFree, patrol };
				for (int i = 0; i < parts.length; i++) {
					if (present[i] != null) {
						weighted += parts[i][0] * parts[i][1] * 100;
						weights += parts[i][0];
					}
				}
				Double score = weights == 0 ? null : Math.round(weighted / weights * 10) / 10.0;
				Mark mark = score == null ? Mark.NONE
						: score < w.redBelow() ? Mark.RED : score < w.yellowBelow() ? Mark.YELLOW : Mark.NONE;
				String parent = r.parentCode() == null ? null : regions.find(r.parentCode()).map(RegionView::name).orElse(null);
				ofLevel.add(new Score(month, r.code(), r.name(), parent, level, score, null, mark, onTime, closure,
						reworkFree, patrol, (int) n.reported(), (int) n.closed(), (int) n.becameOverdue()));
			}
			ofLevel.sort(Comparator.comparing((Score s) -> s.score() == null ? -1 : s.score()).reversed()
				.thenComparing(Score::regionCode));
			int rank = 0;
			Double previous = null;
			for (int i = 0; i < ofLevel.size(); i++) {
				Score s = ofLevel.get(i);
				if (s.score() == null) {
					scores.add(s);
					continue;
				}
				if (!s.score().equals(previous)) {
					rank = i + 1; // equal scores share a rank (1, 2, 2, 4)
				}
				previous = s.score();
				scores.add(new Score(s.month(), s.regionCode(), s.regionName(), s.parentName(), s.level(), s.score(), rank,
						s.mark(), s.onTimeRate(), s.closureRate(), s.reworkFreeRate(), s.patrolCompliance(), s.reported(),
						s.closed(), s.becameOverdue()));
			}
		}
		jdbc.update("DELETE FROM sv_assessment WHERE stat_month = ?", month);
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("INSERT INTO sv_assessment (stat_month, region_code, region_name, parent_name, region_level, score, "
				+ "rank_no, mark, on_time_rate, closure_rate, rework_free_rate, patrol_compliance, reported, closed, "
				+ "became_overdue, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", scores, 200,
				(ps, s) -> {
					ps.setString(1, s.month());
					ps.setString(2, s.regionCode());
					ps.setString(3, s.regionName());
					ps.setString(4, s.parentName());
					ps.setString(5, s.level().name());
					ps.setObject(6, s.score());
					ps.setObject(7, s.rank());
					ps.setString(8, s.mark().name());
					ps.setObject(9, s.onTimeRate());
					ps.setObject(10, s.closureRate());
					ps.setObject(11, s.reworkFreeRate());
					ps.setObject(12, s.patrolCompliance());
					ps.setInt(13, s.reported());
					ps.setInt(14, s.closed());
					ps.setInt(15, s.becameOverdue());
					ps.setTimestamp(16, now);
				});
		return scores;
	}

	/**
	 * The kept scores of a month and level, ranked. Supervisors and admins see all; chiefs and offices see the
	 * regions of their subtree (with their rank among all).
	 */
	@Transactional(readOnly = true)
	public List<Score> scores(String monthValue, AdminLevel level, CurrentUser user) {
		String month = month(monthValue, "month").toString();
		String prefix = user.isAdmin() || user.is(Role.SUPERVISOR) ? "" : user.scopePrefix();
		return jdbc.query("SELECT * FROM sv_assessment WHERE stat_month = ? AND region_level = ? AND region_code LIKE ? "
				+ "ORDER BY CASE WHEN rank_no IS NULL THEN 1 ELSE 0 END, rank_no, region_code", (rs, i) -> new Score(
						rs.getString("stat_month"), rs.getString("region_code"), rs.getString("region_name"),
						rs.getString("parent_name"), AdminLevel.valueOf(rs.getString("region_level")),
						(Double) rs.getObject("score", Double.class), (Integer) rs.getObject("rank_no", Integer.class),
						Mark.valueOf(rs.getString("mark")), rs.getObject("on_time_rate", Double.class),
						rs.getObject("closure_rate", Double.class), rs.getObject("rework_free_rate", Double.class),
						rs.getObject("patrol_compliance", Double.class), rs.getInt("reported"), rs.getInt("closed"),
						rs.getInt("became_overdue")), month, level.name(), prefix + "%");
	}

	/** The months that have an assessment, newest first. */
	@Transactional(readOnly = true)
	public List<String> months() {
		return jdbc.queryForList("SELECT DISTINCT stat_month FROM sv_assessment ORDER BY stat_month DESC", String.class);
	}

	private static double nz(Double v) {
		return v == null ? 0 : v;
	}

	private static Numbers sum(Map<String, Numbers> byRegion, String prefix) {
		Numbers total = Numbers.ZERO;
		for (Map.Entry<String, Numbers> e : byRegion.entrySet()) {
			if (e.getKey().startsWith(prefix)) {
				total = total.plus(e.getValue());
			}
		}
		return total;
	}
}
