package cn.hezhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseCommands;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseReported;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.TriageDecision;
import cn.hezhang.casework.Urgency;
import cn.hezhang.patrol.PatrolCompleted;
import cn.hezhang.patrol.PatrolMissed;
import cn.hezhang.policy.PolicyTaskOverdue;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.Jobs;
import cn.hezhang.support.MovableClock;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The ladder on real cases and the real engine, the scoped API, and the read models against their rebuild. */
@IntegrationTest
class SupervisionIT {
	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseManagement cases;

	@Autowired
	UserDirectory users;

	@Autowired
	WaterbodyCatalog waterbodies;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	MovableClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	SupervisionQueries queries;

	@Autowired
	SupervisionStats stats;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	static PhotoUpload photo() {
		return new PhotoUpload("p.png", Api.png(40, 30));
	}

	/** A 赛罕区 case assigned to 赛罕区住房和城乡建设局 with a deadline one hour from now, then overdue. */
	long overdueCase() {
		CurrentUser inspector = users.currentUser("inspector.saihan");
		CurrentUser office = users.currentUser("office.saihan");
		ReachView reach = waterbodies.reachByCode("XHH-150105").orElseThrow();
		long id = cases.report(new ReportCommand(CaseSource.INSPECTOR, null, reach.waterBodyId(), reach.id(), null,
				"GARBAGE", "河岸堆放垃圾 (督办测试)", new BigDecimal("40.7985"), new BigDecimal("111.6958"), null,
				new Reporter(inspector.id(), inspector.displayName(), null, null), List.of(photo())), inspector);
		cases.triage(id, new CaseCommands.Triage(TriageDecision.ACCEPT, "GARBAGE", Severity.GENERAL, null, null, null,
				null), office);
		long unit = orgs.unitsUnder("150000").stream().filter(o -> o.name().equals("赛罕区住房和城乡建设局")).findFirst()
			.orElseThrow().id();
		Instant deadline = clock.instant().plus(Duration.ofHours(1));
		cases.assign(id, new CaseCommands.Assign(unit, "清运垃圾", Urgency.URGENT, deadline), office);
		clock.advancePast(deadline.plus(Duration.ofMinutes(1)));
		jobs.runDue();
		jobs.runDue();
		return id;
	}

	JsonNode ladder(String user, long caseId) {
		return expect(200, api.as(user).get("/api/supervision/ladders/by-case/{id}", caseId)).body();
	}

	JsonNode awaitRung(long caseId, String rung) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Api.Response r = api.as("supervisor").get("/api/supervision/ladders/by-case/{id}", caseId);
			assertThat(r.status()).isEqualTo(200);
			assertThat(r.at("/rung").asText()).isEqualTo(rung);
		});
		return ladder("supervisor", caseId);
	}

	JsonNode notice(long caseId, String kind, String user) {
		JsonNode list = expect(200, api.as(user).get("/api/supervision/notices?kind=" + kind + "&size=200")).at("/items");
		for (JsonNode n : list) {
			if (n.get("caseId").asLong() == caseId) {
				return n;
			}
		}
		return null;
	}

	static Api.Response expect(int status, Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		return r;
	}

	void close(long caseId) {
		cases.submitRectification(caseId, new CaseCommands.Rectification("已清运", List.of(photo())),
				users.currentUser("unit.zhujian"));
		cases.accept(caseId, new CaseCommands.Acceptance(true, "已清理", List.of(photo())),
				users.currentUser("inspector.saihan"));
	}

	@Test
	void anOverdueCaseClimbsTheLadderOnWorkingDaysAndIsListedThenLiftedWhenClosed() throws Exception {
		long id = overdueCase();
		JsonNode urged = awaitRung(id, "URGED");
		String caseNo = urged.get("caseNo").asText();
		assertThat(urged.get("urgedAt").isNull()).isFalse();

		// scope: the county office and the unit see it; another county's office and an inspector do not
		assertThat(ladder("office.saihan", id).get("rung").asText()).isEqualTo("URGED");
		assertThat(ladder("unit.zhujian", id).get("caseNo").asText()).isEqualTo(caseNo);
		expect(404, api.as("office.wuqian").get("/api/supervision/ladders/by-case/{id}", id));
		expect(404, api.as("unit.huanjing").get("/api/supervision/ladders/by-case/{id}", id));
		expect(403, api.as("inspector.saihan").get("/api/supervision/ladders"));

		// the unit acknowledges the urge once; nobody else may
		JsonNode urge = notice(id, "URGE", "unit.zhujian");
		assertThat(urge.get("canAnswer").asBoolean()).isTrue();
		expect(403, api.as("office.saihan").post("/api/supervision/notices/{id}/answer", Map.of("text", "x"), urge.get("id").asLong()));
		expect(404, api.as("unit.huanjing").post("/api/supervision/notices/{id}/answer", Map.of("text", "x"), urge.get("id").asLong()));
		JsonNode acked = expect(200, api.as("unit.zhujian").post("/api/supervision/notices/{id}/answer", Map.of("text", "收到"),
				urge.get("id").asLong())).body();
		assertThat(acked.get("response").asText()).isEqualTo("收到");
		expect(409, api.as("unit.zhujian").post("/api/supervision/notices/{id}/answer", Map.of("text", "again"), urge.get("id").asLong()));
		assertThat(ladder("supervisor", id).get("urgeAcknowledged").asBoolean()).isTrue();

		// N = 3 working days after the deadline: the 督办单 of 赛罕区's office, numbered, with a reply deadline
		Instant superviseAt = Instant.parse(urged.get("superviseAt").asText());
		clock.advancePast(superviseAt);
		jobs.runDue();
		JsonNode supervised = awaitRung(id, "SUPERVISED");
		JsonNode notice = notice(id, "SUPERVISION", "office.saihan");
		assertThat(notice.get("noticeNo").asText()).matches("赛罕区督〔\\d{4}〕\\d+号");
		assertThat(notice.get("issuingRegionCode").asText()).isEqualTo("150105");
		Api.Response empty = api.as("unit.zhujian").post("/api/supervision/notices/{id}/answer", Map.of("text", " "),
				notice.get("id").asLong());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.fieldErrors()).containsExactly("text");
		MvcResult pdf = mvc.perform(get("/api/supervision/notices/{id}/pdf", notice.get("id").asLong())
			.with(httpBasic("unit.zhujian", Api.PASSWORD))).andReturn();
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
		expect(200, api.as("unit.zhujian").post("/api/supervision/notices/{id}/answer", Map.of("text", "已安排清运"),
				notice.get("id").asLong()));

		// M = 5 working days after the 督办: listed publicly and escalated to 呼和浩特市
		clock.advancePast(Instant.parse(supervised.get("listAt").asText()));
		jobs.runDue();
		awaitRung(id, "LISTED");
		PublicListedCase listed = queries.publiclyListedCases().stream().filter(c -> c.caseNo().equals(caseNo))
			.findFirst().orElseThrow();
		assertThat(listed.status()).isEqualTo(ListingStatus.LISTED);
		assertThat(jdbc.queryForObject("SELECT escalated_to_region_code FROM sv_listing WHERE case_no = ?", String.class,
				caseNo)).isEqualTo("150100");

		// the ledgers: the overdue sheet as Excel for a supervisor; not for an inspector
		MvcResult xlsx = mvc.perform(get("/api/supervision/ledgers/overdue.xlsx").with(httpBasic("supervisor", Api.PASSWORD)))
			.andReturn();
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory
			.create(new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			boolean found = false;
			for (var row : wb.getSheetAt(0)) {
				found |= caseNo.equals(row.getCell(0).getStringCellValue());
			}
			assertThat(found).isTrue();
		}
		assertThat(mvc.perform(get("/api/supervision/ledgers/notices.xlsx").with(httpBasic("inspector.saihan", Api.PASSWORD)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);

		// closing the case stops the ladder and lifts the listing (摘牌)
		close(id);
		awaitRung(id, "STOPPED");
		await().atMost(Duration.ofSeconds(30)).until(() -> queries.publiclyListedCases().stream()
			.anyMatch(c -> c.caseNo().equals(caseNo) && c.status() == ListingStatus.DELISTED));
	}

	@Test
	void anAdminEntersTheHolidaysOfAFutureYearOnly() {
		int year = clock.instant().atZone(cn.hezhang.shared.Times.CHINA).getYear();
		LocalDate weekday = LocalDate.of(year + 3, 1, 5);
		while (weekday.getDayOfWeek().getValue() > 5) {
			weekday = weekday.plusDays(1);
		}
		String future = weekday.toString();
		Map<String, Object> day = Map.of("kind", "HOLIDAY", "nameZh", "测试假日", "notice", "国办发明电〔测试〕");
		expect(403, api.as("supervisor").put("/api/calendar/days/" + future, day));
		assertThat(api.as("admin").put("/api/calendar/days/" + year + "-12-30", day).fieldErrors()).containsExactly("day");
		// a make-up working day is a Saturday or Sunday
		assertThat(api.as("admin").put("/api/calendar/days/" + future, Map.of("kind", "MAKEUP_WORKDAY", "nameZh", "x"))
			.fieldErrors()).containsExactly("kind");
		expect(200, api.as("admin").put("/api/calendar/days/" + future, day));
		JsonNode days = expect(200, api.as("inspector.saihan").get("/api/calendar/days?year=" + (year + 3))).body();
		assertThat(days.toString()).contains(future).contains("测试假日");
		expect(204, api.as("admin").delete("/api/calendar/days/" + future));
		assertThat(expect(200, api.as("admin").get("/api/calendar/days?year=" + (year + 3))).body().toString())
			.doesNotContain(future);
	}

	@Test
	void aCaseClosedAfterTheUrgeGetsNoSupervisionNotice() {
		long id = overdueCase();
		JsonNode urged = awaitRung(id, "URGED");
		close(id);
		awaitRung(id, "STOPPED");
		clock.advancePast(Instant.parse(urged.get("superviseAt").asText()));
		jobs.runDue();
		assertThat(notice(id, "SUPERVISION", "supervisor")).isNull();
		assertThat(ladder("supervisor", id).get("supervisedAt").isNull()).isTrue();
	}

	@Test
	void anExtensionApprovedOnTheUrgeMovesTheSupervisionNoticeButNotOnceItIsIssued() {
		// on 催办: the chief gives ten more days, so the 督办 falls due 3 working days after the new deadline
		long id = overdueCase();
		JsonNode urged = awaitRung(id, "URGED");
		Instant firstSuperviseAt = Instant.parse(urged.get("superviseAt").asText());
		// a deadline as the form sends it: whole minutes
		Instant extended = clock.instant().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		extend(id, extended);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				Instant.parse(ladder("supervisor", id).get("deadline").asText())).isEqualTo(extended));
		Instant superviseAt = Instant.parse(ladder("supervisor", id).get("superviseAt").asText());
		assertThat(superviseAt).isAfter(extended.plus(Duration.ofDays(2)));
		clock.advancePast(firstSuperviseAt);
		jobs.runDue();
		assertThat(ladder("supervisor", id).get("rung").asText()).isEqualTo("URGED");
		assertThat(notice(id, "SUPERVISION", "supervisor")).isNull();
		// the new deadline passes too: the 督办单 comes on the new date, once
		clock.advancePast(superviseAt);
		jobs.runDue();
		JsonNode supervised = awaitRung(id, "SUPERVISED");
		assertThat(notice(id, "SUPERVISION", "supervisor")).isNotNull();

		// on 督办: a further extension leaves the 督办单 and the date of 挂牌督办 as they are
		Instant listAt = Instant.parse(supervised.get("listAt").asText());
		extend(id, clock.instant().plus(Duration.ofDays(30)));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				api.as("unit.zhujian").get("/api/casework/cases/{id}", id).at("/pendingExtension").isNull()).isTrue());
		JsonNode after = ladder("supervisor", id);
		assertThat(after.get("rung").asText()).isEqualTo("SUPERVISED");
		assertThat(Instant.parse(after.get("listAt").asText())).isEqualTo(listAt);
		close(id);
		awaitRung(id, "STOPPED");
	}

	@Test
	void theOfficeOrASupervisorIssuesTheSupervisionNoticeEarlyOnlyOnTheUrge() {
		long id = overdueCase();
		long ladderId = awaitRung(id, "URGED").get("ladderId").asLong();
		// who may not: the unit, an inspector, a chief (403); another county's office (404)
		expect(403, api.as("unit.zhujian").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId));
		expect(403, api.as("inspector.saihan").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId));
		expect(403, api.as("chief.saihan").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId));
		expect(404, api.as("office.wuqian").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId));
		assertThat(notice(id, "SUPERVISION", "supervisor")).isNull();

		// 赛罕区's office: the 督办单 now, numbered, days before N working days are up
		JsonNode supervised = expect(200,
				api.as("office.saihan").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId)).body();
		assertThat(supervised.get("rung").asText()).isEqualTo("SUPERVISED");
		assertThat(Instant.parse(supervised.get("supervisedAt").asText()))
			.isBefore(Instant.parse(supervised.get("superviseAt").asText()));
		assertThat(notice(id, "SUPERVISION", "office.saihan").get("noticeNo").asText()).matches("赛罕区督〔\\d{4}〕\\d+号");
		// once: a second request, also a supervisor's, is refused and the timer does not issue another later
		expect(409, api.as("supervisor").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), ladderId));
		clock.advancePast(Instant.parse(supervised.get("superviseAt").asText()));
		jobs.runDue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sv_notice WHERE case_id = ? AND kind = 'SUPERVISION'",
				Integer.class, id)).isEqualTo(1);

		// a supervisor (the region) may too
		long other = overdueCase();
		long otherLadder = awaitRung(other, "URGED").get("ladderId").asLong();
		expect(200, api.as("supervisor").post("/api/supervision/ladders/{id}/supervise-now", Map.of(), otherLadder));
		assertThat(ladder("supervisor", other).get("rung").asText()).isEqualTo("SUPERVISED");
		close(id);
		close(other);
	}

	/** The unit asks for more time and 赛罕区's chief approves it. */
	void extend(long caseId, Instant deadline) {
		expect(200, api.as("unit.zhujian").post("/api/casework/cases/{id}/extension",
				Map.of("requestedDeadline", deadline.toString(), "reason", "汛期无法施工"), caseId));
		expect(200, api.as("chief.saihan").post("/api/casework/cases/{id}/extension/decision",
				Map.of("approved", true, "opinion", "同意延期"), caseId));
	}

	@Test
	void theDashboardSumsTheEventsOfARegionAndARebuildGivesTheSameNumbers() {
		// synthetic events in 乌兰察布市 (no other test touches it): 3 reports in 集宁区, one closed on time after
		// 2 days, one closed late after 4 days with a rework, one overdue; one overdue policy task; patrols 2 done, 1 missed
		long base = 9_000_000_000L + (clock.millis() % 1_000_000) * 10;
		Instant t0 = Instant.parse("2026-03-02T02:00:00Z");
		Long body = waterbodies.reachByCode("XHH-150105").orElseThrow().waterBodyId();
		tx.executeWithoutResult(s -> {
			for (int i = 0; i < 3; i++) {
				events.publishEvent(new CaseReported(base + i, "SV" + (base + i), "150902", "150902", "GARBAGE",
						CaseSource.INSPECTOR, body, t0));
			}
			events.publishEvent(new CaseClosed(base, "SV" + base, "150902", "GARBAGE", 1L, t0, t0.plus(Duration.ofDays(5)),
					t0.plus(Duration.ofDays(2)), true, 0));
			events.publishEvent(new AcceptanceFailed(base + 1, "SV" + (base + 1), "150902", "150902", 1L, 1,
					t0.plus(Duration.ofDays(1))));
			events.publishEvent(new CaseOverdue(base + 2, "SV" + (base + 2), "150902", "150902", 1L, "GARBAGE", 0,
					t0.plus(Duration.ofDays(3)), t0.plus(Duration.ofDays(3))));
			events.publishEvent(new CaseClosed(base + 1, "SV" + (base + 1), "150902", "GARBAGE", 1L, t0,
					t0.plus(Duration.ofDays(3)), t0.plus(Duration.ofDays(4)), false, 1));
			events.publishEvent(new PolicyTaskOverdue(1L, base, body, "150981", 1L, "一河一策任务", LocalDate.of(2026, 3, 10),
					t0.plus(Duration.ofDays(9))));
			events.publishEvent(new PatrolCompleted(base, "p1", "inspector.x", "150902", body, null,
					LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), t0));
			events.publishEvent(new PatrolCompleted(base + 1, "p2", "inspector.x", "150981", body, null,
					LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), t0));
			events.publishEvent(new PatrolMissed(base + 2, "inspector.y", "150981", body, null, LocalDate.of(2026, 3, 1),
					LocalDate.of(2026, 3, 31), t0.plus(Duration.ofDays(30))));
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"SELECT COUNT(*) FROM sv_event_log WHERE event_key LIKE ? OR event_key LIKE ? OR event_key LIKE ?",
				Integer.class, "%:" + base + "%", "%:" + (base + 1) + "%", "%:" + (base + 2) + "%") >= 11);

		JsonNode d = expect(200, api.as("chief.ulanqab").get("/api/supervision/dashboard?from=2026-03&to=2026-03")).body();
		assertThat(d.at("/regionCode").asText()).isEqualTo("150900");
		JsonNode t = d.at("/totals");
		assertThat(t.get("reported").asLong()).isEqualTo(3);
		assertThat(t.get("closed").asLong()).isEqualTo(2);
		assertThat(t.get("closedOnTime").asLong()).isEqualTo(1);
		assertThat(t.get("becameOverdue").asLong()).isEqualTo(1);
		assertThat(t.get("open").asLong()).isEqualTo(1);
		assertThat(t.get("averageHandlingDays").asDouble()).isEqualTo(3.0);
		assertThat(t.get("reworkRate").asDouble()).isEqualTo(0.5);
		assertThat(t.get("policyOverdue").asLong()).isEqualTo(1);
		assertThat(t.get("patrolCompliance").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
		JsonNode jining = null;
		for (JsonNode c : d.at("/byChild")) {
			if (c.get("key").asText().equals("150902")) {
				jining = c.get("numbers");
			}
		}
		assertThat(jining.get("reported").asLong()).isEqualTo(3);
		assertThat(jining.get("patrolDone").asLong()).isEqualTo(1);

		// scope and input
		expect(404, api.as("chief.ulanqab").get("/api/supervision/dashboard?regionCode=150105"));
		expect(200, api.as("supervisor").get("/api/supervision/dashboard?regionCode=150900"));
		expect(403, api.as("inspector.saihan").get("/api/supervision/dashboard"));
		expect(403, api.as("unit.zhujian").get("/api/supervision/dashboard"));
		assertThat(api.as("supervisor").get("/api/supervision/dashboard?from=2026-13").fieldErrors()).containsExactly("from");

		// the rebuild from the event log gives the same rows
		String rows = "SELECT region_code, stat_month, category, water_body_id, reported, closed, closed_on_time, rejected, "
				+ "became_overdue, handling_seconds, reworks, closed_reworked, policy_overdue, policy_done, patrol_due, "
				+ "patrol_done, patrol_missed FROM sv_stat WHERE region_code LIKE '1509%' ORDER BY region_code, stat_month, "
				+ "category, water_body_id";
		String facts = "SELECT * FROM sv_case_fact WHERE region_code LIKE '1509%' ORDER BY case_id";
		List<Map<String, Object>> liveRows = jdbc.queryForList(rows);
		List<Map<String, Object>> liveFacts = jdbc.queryForList(facts);
		expect(403, api.as("supervisor").post("/api/supervision/read-models/rebuild", Map.of()));
		assertThat(expect(200, api.as("admin").post("/api/supervision/read-models/rebuild", Map.of())).at("/replayed").asInt())
			.isGreaterThanOrEqualTo(11);
		assertThat(jdbc.queryForList(rows)).isEqualTo(liveRows);
		assertThat(jdbc.queryForList(facts)).isEqualTo(liveFacts);
		assertThat(expect(200, api.as("chief.ulanqab").get("/api/supervision/dashboard?from=2026-03&to=2026-03")).body())
			.isEqualTo(d);

		// the assessment of March 2026, by hand: 集宁区 on time 1/2 = 50, closure 2/(2+1 open) = 66.7, without rework
		// 1/2 = 50, patrols 1/1 = 100 → 0.35·50 + 0.30·66.7 + 0.15·50 + 0.20·100 = 65.0 (yellow: below 80);
		// 丰镇市 has patrols only (1 of 2) → 50 (red: below 60); 乌兰察布市 → 17.5 + 20 + 7.5 + 0.2·66.7 = 58.3 (red)
		expect(403, api.as("chief.ulanqab").post("/api/supervision/assessments/2026-03/compute", Map.of()));
		expect(200, api.as("supervisor").post("/api/supervision/assessments/2026-03/compute", Map.of()));
		assertThat(api.as("supervisor").post("/api/supervision/assessments/2999-01/compute", Map.of()).fieldErrors())
			.containsExactly("month");
		JsonNode counties = expect(200, api.as("chief.ulanqab").get("/api/supervision/assessments?month=2026-03&level=COUNTY")).body();
		Map<String, JsonNode> byCode = new java.util.HashMap<>();
		counties.forEach(c -> byCode.put(c.get("regionCode").asText(), c));
		assertThat(byCode.keySet()).allMatch(code -> code.startsWith("1509"));
		assertThat(byCode.get("150902").get("score").asDouble()).isEqualTo(65.0);
		assertThat(byCode.get("150902").get("mark").asText()).isEqualTo("YELLOW");
		assertThat(byCode.get("150981").get("score").asDouble()).isEqualTo(50.0);
		assertThat(byCode.get("150981").get("mark").asText()).isEqualTo("RED");
		assertThat(byCode.get("150902").get("rank").asInt()).isLessThan(byCode.get("150981").get("rank").asInt());
		JsonNode cities = expect(200, api.as("supervisor").get("/api/supervision/assessments?month=2026-03&level=CITY")).body();
		JsonNode ulanqab = null;
		for (JsonNode c : cities) {
			if (c.get("regionCode").asText().equals("150900")) {
				ulanqab = c;
			}
		}
		assertThat(ulanqab.get("score").asDouble()).isEqualTo(58.3);
		assertThat(ulanqab.get("mark").asText()).isEqualTo("RED");
		assertThat(cities.size()).isEqualTo(12);

		// an event delivered twice counts once
		assertThat(stats.record(new CaseReported(base, "SV" + base, "150902", "150902", "GARBAGE", CaseSource.INSPECTOR,
				body, t0))).isFalse();
	}
}
