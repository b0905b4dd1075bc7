package cn.hezhang.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseCommands;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseReported;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.TriageDecision;
import cn.hezhang.casework.Urgency;
import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.CaseViews.CaseDetail;
import cn.hezhang.patrol.PatrolCompleted;
import cn.hezhang.patrol.PatrolMissed;
import cn.hezhang.policy.PolicyTaskOverdue;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.Times;
import cn.hezhang.supervision.SupervisionAssessment;
import cn.hezhang.supervision.SupervisionLadder;
import cn.hezhang.supervision.SupervisionStats;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Supervision demo: real cases through the real workflow whose ladders start from back-dated deadlines, so that
 * the job executor climbs them at start-up onto every rung (催办, 督办, 挂牌督办); a year of statistics for every
 * league and two banners each (generated events, marked {@code DEMO} in the event log's case numbers), and the
 * assessments of the last three months. Not in the integration suite (profile {@code it}), whose tests count cases.
 */
@Component
@Order(70)
@Profile("!it")
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoSupervision implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoSupervision.class);
	static final long SYNTHETIC_CASE_BASE = 8_000_000_000L;

	private final CaseManagement cases;
	private final CaseQueries caseQueries;
	private final UserDirectory users;
	private final WaterbodyCatalog waterbodies;
	private final OrgDirectory orgs;
	private final RegionDirectory regions;
	private final WorkingDays workingDays;
	private final SupervisionLadder ladder;
	private final SupervisionStats stats;
	private final SupervisionAssessment assessment;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	DemoSupervision(CaseManagement cases, CaseQueries caseQueries, UserDirectory users, WaterbodyCatalog waterbodies,
			OrgDirectory orgs, RegionDirectory regions, WorkingDays workingDays, SupervisionLadder ladder,
			SupervisionStats stats, SupervisionAssessment assessment, JdbcTemplate jdbc, Clock clock) {
		this.cases = cases;
		this.caseQueries = caseQueries;
		this.users = users;
		this.waterbodies = waterbodies;
		this.orgs = orgs;
		this.regions = regions;
		this.workingDays = workingDays;
		this.ladder = ladder;
		this.stats = stats;
		this.assessment = assessment;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer ladders = jdbc.queryForObject("SELECT COUNT(*) FROM sv_ladder", Integer.class);
		if (ladders != null && ladders > 0) {
			return;
		}
		ladders();
		history();
		YearMonth now = YearMonth.now(clock.withZone(Times.CHINA));
		for (int i = 3; i >= 1; i--) {
			assessment.compute(now.minusMonths(i).toString());
		}
		log.info("demo: supervision ladders on every rung, a year of statistics, assessments of the last 3 months");
	}

	/** Three 赛罕区 cases and two 乌拉特前旗 cases, overdue since 0, 4 and 12 working days. */
	private void ladders() {
		CurrentUser inspector = users.currentUser("inspector.saihan");
		CurrentUser office = users.currentUser("office.saihan");
		long zhujian = unitId("赛罕区住房和城乡建设局");
		overdue(inspector, office, "XHH-150105", "GARBAGE", "小黑河赛罕区段南岸生活垃圾堆积, 超期未清运。", zhujian, 0, 0);
		overdue(inspector, office, "XHH-150105", "OUTFALL", "小黑河右岸雨污混接排口雨后溢流, 整改超期。", zhujian, 4, 0);
		overdue(inspector, office, "DHH-150105", "FLOATING_DEBRIS", "大黑河赛罕区段橡胶坝上游漂浮物反复聚集, 整改不到位。",
				zhujian, 12, 1);
		CurrentUser wuqianInspector = users.currentUser("inspector.wuqian");
		CurrentUser wuqianOffice = users.currentUser("office.wuqian");
		long water = unitId("乌拉特前旗水利局");
		overdue(wuqianInspector, wuqianOffice, "WLSH-150823", "ABNORMAL_WATER", "乌梁素海入湖口水色异常, 整改方案逾期未报。",
				water, 5, 0);
		overdue(wuqianInspector, wuqianOffice, "WLSH-150823", "GARBAGE", "乌梁素海东岸芦苇区垃圾清理验收三次未通过。", water, 1,
				3);
	}

	private void overdue(CurrentUser inspector, CurrentUser office, String reachCode, String category, String text,
			long unitId, int workingDaysOverdue, int reworks) {
		ReachView reach = waterbodies.reachByCode(reachCode).orElseThrow();
		Long id = cases.report(new ReportCommand(CaseSource.INSPECTOR, null, reach.waterBodyId(), reach.id(), null, category,
				text, new BigDecimal("40.80"), new BigDecimal("111.70"), null,
				new Reporter(inspector.id(), inspector.displayName(), null, null),
				List.of(DemoPhotos.photo("Overdue", new Color(90, 90, 70)))), inspector);
		cases.triage(id, new CaseCommands.Triage(TriageDecision.ACCEPT, category, Severity.GENERAL, null, null, null, "属实"),
				office);
		// the case's own deadline passes two minutes after start-up (its overdue timer then fires for real)
		cases.assign(id, new CaseCommands.Assign(unitId, "限期整改到位。", Urgency.URGENT, clock.instant().plus(Duration.ofMinutes(2))),
				office);
		CaseDetail c = caseQueries.detailAfterAction(id, users.currentUser("admin"));
		LocalDate today = clock.instant().atZone(Times.CHINA).toLocalDate();
		LocalDate day = workingDaysOverdue == 0 ? today : workingDays.rules().minusWorkingDays(today, workingDaysOverdue);
		Instant deadline = ZonedDateTime.of(day, workingDays.endOfDay(), Times.CHINA).toInstant();
		if (deadline.isAfter(clock.instant())) {
			deadline = clock.instant().minus(Duration.ofMinutes(1));
		}
		// the ladder from a back-dated overdue event: the job executor then fires the timers that are already due
		CaseOverdue event = new CaseOverdue(id, c.caseNo(), c.regionCode(), c.handlingRegionCode(), unitId, category,
				reworks, deadline, deadline);
		stats.record(event);
		for (int i = 1; i <= reworks; i++) {
			stats.record(new AcceptanceFailed(id, c.caseNo(), c.regionCode(), c.handlingRegionCode(), unitId, i, deadline));
		}
		ladder.onOverdue(event);
	}

	/** A year of generated monthly statistics for each league and two of its banners (never real cases). */
	private void history() {
		Random random = new Random(2026);
		YearMonth now = YearMonth.now(clock.withZone(Times.CHINA));
		List<String> categories = new ArrayList<>(caseQueries.categoryNames().keySet());
		long next = SYNTHETIC_CASE_BASE;
		long duty = SYNTHETIC_CASE_BASE;
		Long xhh = waterbodies.reachByCode("XHH-150105").map(ReachView::waterBodyId).orElse(null);
		for (RegionView city : regions.atLevel(AdminLevel.CITY, null)) {
			List<RegionView> counties = regions.atLevel(AdminLevel.COUNTY, city.code());
			List<RegionView> some = counties.subList(0, Math.min(2, counties.size()));
			// how well a league does: 0.55 .. 0.95 on-time share
			double quality = 0.55 + random.nextDouble() * 0.4;
			for (RegionView county : some) {
				for (int back = 12; back >= 1; back--) {
					YearMonth m = now.minusMonths(back);
					Instant start = m.atDay(3).atTime(10, 0).atZone(Times.CHINA).toInstant();
					int reported = 2 + random.nextInt(8);
					for (int i = 0; i < reported; i++) {
						long caseId = next++;
						String caseNo = "DEMO-" + caseId;
						String category = categories.get(random.nextInt(categories.size()));
						Instant at = start.plus(Duration.ofHours(random.nextInt(20 * 24)));
						Long body = county.code().equals("150105") ? xhh : null;
						stats.record(new CaseReported(caseId, caseNo, county.code(), county.code(), category,
								CaseSource.INSPECTOR, body, at));
						Instant deadline = at.plus(Duration.ofDays(7));
						boolean onTime = random.nextDouble() < quality;
						if (!onTime) {
							stats.record(new CaseOverdue(caseId, caseNo, county.code(), county.code(), null, category, 0,
									deadline, deadline));
						}
						int rework = random.nextDouble() < (1 - quality) / 2 ? 1 : 0;
						if (rework > 0) {
							stats.record(new AcceptanceFailed(caseId, caseNo, county.code(), county.code(), null, 1,
									at.plus(Duration.ofDays(4))));
						}
						// most close, the late ones after the deadline; a few stay open
						if (random.nextDouble() < 0.9 || back > 2) {
							Instant closed = onTime ? at.plus(Duration.ofHours(24 + random.nextInt(120)))
									: deadline.plus(Duration.ofHours(24 + random.nextInt(240)));
							if (closed.isBefore(clock.instant())) {
								stats.record(new CaseClosed(caseId, caseNo, county.code(), category, null, at, deadline, closed,
										onTime, rework));
							}
						}
					}
					int duties = 4 + random.nextInt(4);
					for (int d = 0; d < duties; d++) {
						long dutyId = duty++;
						LocalDate from = m.atDay(1);
						LocalDate to = m.atEndOfMonth();
						if (random.nextDouble() < quality + 0.05) {
							stats.record(new PatrolCompleted(dutyId, "DEMO-" + dutyId, "demo", county.code(), null, null, from,
									to, to.atTime(9, 0).atZone(Times.CHINA).toInstant()));
						}
						else {
							stats.record(new PatrolMissed(dutyId, "demo", county.code(), null, null, from, to,
									to.plusDays(1).atStartOfDay(Times.CHINA).toInstant()));
						}
					}
					if (random.nextDouble() > quality) {
						stats.record(new PolicyTaskOverdue(0L, next++, null, county.code(), null, "一河一策年度任务", m.atDay(20),
								m.atDay(21).atStartOfDay(Times.CHINA).toInstant()));
					}
				}
			}
		}
	}

	private long unitId(String name) {
		return orgs.unitsUnder("150000").stream().filter(o -> o.name().equals(name)).map(OrgView::id).findFirst()
			.orElseThrow();
	}
}
