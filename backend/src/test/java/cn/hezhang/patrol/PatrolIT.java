package cn.hezhang.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import cn.hezhang.patrol.domain.Duties;
import cn.hezhang.patrol.domain.Duty;
import cn.hezhang.patrol.domain.DutyStatus;
import cn.hezhang.shared.Times;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.Jobs;
import cn.hezhang.support.MovableClock;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recording patrols through the HTTP API: resend safety, impossible points, scope, findings to cases, duties. */
@IntegrationTest
@RecordApplicationEvents
class PatrolIT {
	@Autowired
	Api api;

	@Autowired
	WaterbodyCatalog waterbodies;

	@Autowired
	PatrolDuties patrolDuties;

	@Autowired
	Duties duties;

	@Autowired
	Jobs jobs;

	@Autowired
	MovableClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ApplicationEvents events;

	static Api.Response expect(int status, Api.Response r) {
		if (r.status() != status) {
			throw new AssertionError("expected " + status + " but got " + r);
		}
		return r;
	}

	ReachView reach(String code) {
		return waterbodies.reachByCode(code).orElseThrow();
	}

	Map<String, Object> start(String id, ReachView reach, Instant at) {
		Map<String, Object> body = new HashMap<>();
		body.put("id", id);
		body.put("reachId", reach.id());
		body.put("mode", "FOOT");
		body.put("startedAt", at.toString());
		return body;
	}

	/** A walk north from the reach centre: one fix a minute, {@code legMeters} apart. */
	static List<Map<String, Object>> walk(ReachView reach, Instant start, int fromSeq, int count, double legMeters) {
		List<Map<String, Object>> points = new ArrayList<>();
		for (int i = fromSeq; i < fromSeq + count; i++) {
			Map<String, Object> p = new HashMap<>();
			p.put("seq", i);
			p.put("at", start.plusSeconds(60L * i).toString());
			p.put("lat", reach.centerLat().doubleValue() + i * legMeters / 111_195.0);
			p.put("lon", reach.centerLon().doubleValue());
			p.put("accuracy", 8.0);
			points.add(p);
		}
		return points;
	}

	static Map<String, Object> batch(int n, List<Map<String, Object>> points) {
		return Map.of("batch", n, "points", points);
	}

	@Test
	void resendingTheSameStartOrTheSameBatchStoresItOnce() {
		String id = UUID.randomUUID().toString();
		ReachView xhh = reach("XHH-150105104");
		Instant t0 = clock.instant().minus(Duration.ofMinutes(20));
		expect(201, api.as("inspector.jinhe").post("/api/patrol/patrols", start(id, xhh, t0)));
		Api.Response again = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols", start(id, xhh, t0)));
		assertThat(again.at("/id").asText()).isEqualTo(id);
		// someone else cannot take the id
		expect(409, api.as("chief.township").post("/api/patrol/patrols", start(id, xhh, t0)));

		var points = walk(xhh, t0, 0, 5, 50);
		Api.Response first = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/points", batch(0, points), id));
		assertThat(first.at("/stored").asInt()).isEqualTo(5);
		Api.Response resent = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/points", batch(0, points), id));
		assertThat(resent.at("/stored").asInt()).isZero();
		assertThat(resent.at("/duplicates").asInt()).isEqualTo(5);
		// a batch overlapping the last one stores only the new points
		Api.Response overlap = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/points",
				batch(1, walk(xhh, t0, 3, 5, 50)), id));
		assertThat(overlap.at("/stored").asInt()).isEqualTo(3);

		JsonNode detail = expect(200, api.as("inspector.jinhe").get("/api/patrol/patrols/{id}", id)).body();
		assertThat(detail.at("/points")).hasSize(8);
		assertThat(detail.at("/patrol/pointCount").asInt()).isEqualTo(8);
		long mine = StreamSupport.stream(expect(200, api.as("inspector.jinhe").get("/api/patrol/patrols?mine=true&size=100"))
			.at("/items").spliterator(), false).filter(p -> p.get("id").asText().equals(id)).count();
		assertThat(mine).isEqualTo(1);

		// ending twice answers the same
		Map<String, Object> end = Map.of("endedAt", clock.instant().toString());
		JsonNode ended = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/end", end, id)).body();
		JsonNode endedAgain = expect(200, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/end", end, id)).body();
		assertThat(ended.get("status").asText()).isEqualTo("ENDED");
		assertThat(endedAgain).isEqualTo(ended);
		// 7 legs of 50 m = 350 m in about 20 minutes: not effective, for both reasons
		assertThat(ended.get("distanceMeters").asDouble()).isBetween(345.0, 355.0);
		assertThat(ended.get("effective").asBoolean()).isFalse();
		assertThat(ended.get("shortfalls")).extracting(JsonNode::asText).containsExactly("DURATION", "DISTANCE");
	}

	@Test
	void impossiblePointsAreRefusedEachByNameAndNothingOfTheBatchIsStored() {
		String id = UUID.randomUUID().toString();
		ReachView xhh = reach("XHH-150105104");
		Instant t0 = clock.instant().minus(Duration.ofMinutes(30));
		expect(201, api.as("inspector.jinhe").post("/api/patrol/patrols", start(id, xhh, t0)));
		List<Map<String, Object>> points = walk(xhh, t0, 0, 4, 50);
		points.get(1).put("lat", 1.0); // outside China
		points.get(2).put("lat", xhh.centerLat().doubleValue() + 0.5); // 55 km in two minutes on foot
		points.get(3).put("at", t0.minusSeconds(600).toString()); // before point 0
		Api.Response r = expect(400, api.as("inspector.jinhe").post("/api/patrol/patrols/{id}/points", batch(0, points), id));
		assertThat(r.fieldErrors()).containsExactly("points[1].lat", "points[2].lat", "points[3].at");
		assertThat(expect(200, api.as("inspector.jinhe").get("/api/patrol/patrols/{id}", id)).at("/points")).isEmpty();

		// bad shapes are named too
		expect(400, api.as("inspector.jinhe").post("/api/patrol/patrols", Map.of("id", "not-a-uuid", "reachId", xhh.id(),
				"startedAt", t0.toString())));
		Api.Response outside = expect(400, api.as("inspector.jinhe").post("/api/patrol/patrols",
				start(UUID.randomUUID().toString(), reach("HLH-150727"), t0)));
		assertThat(outside.fieldErrors()).containsExactly("reachId");
	}

	@Test
	void aPatrolIsSeenByItsRecorderAndTheRegionsAboveItOthersGet404() {
		String id = UUID.randomUUID().toString();
		ReachView xhh = reach("XHH-150105104");
		expect(201, api.as("inspector.jinhe").post("/api/patrol/patrols", start(id, xhh, clock.instant())));
		for (String user : List.of("inspector.jinhe", "chief.township", "office.saihan", "chief.hohhot", "supervisor", "admin")) {
			assertThat(api.as(user).get("/api/patrol/patrols/{id}", id).status()).as(user).isEqualTo(200);
		}
		for (String user : List.of("inspector.saihan", "office.wuqian", "chief.xinyou")) {
			assertThat(api.as(user).get("/api/patrol/patrols/{id}", id).status()).as(user).isEqualTo(404);
		}
		assertThat(api.as("unit.zhujian").get("/api/patrol/patrols/{id}", id).status()).isEqualTo(403);
		assertThat(api.anonymous().get("/api/patrol/patrols/{id}", id).status()).isEqualTo(401);
		// only the recorder writes: a chief who sees it is refused, an inspector who does not gets 404
		var points = batch(0, walk(xhh, clock.instant(), 0, 1, 0));
		expect(403, api.as("chief.township").post("/api/patrol/patrols/{id}/points", points, id));
		expect(404, api.as("inspector.saihan").post("/api/patrol/patrols/{id}/points", points, id));
		expect(403, api.as("office.saihan").post("/api/patrol/patrols/{id}/points", points, id));
		// lists follow the same scope
		assertThat(ids(api.as("office.saihan").get("/api/patrol/patrols?size=100"))).contains(id);
		assertThat(ids(api.as("office.wuqian").get("/api/patrol/patrols?size=100"))).doesNotContain(id);
		assertThat(ids(api.as("inspector.saihan").get("/api/patrol/patrols?size=100"))).doesNotContain(id);
	}

	static List<String> ids(Api.Response r) {
		expect(200, r);
		return StreamSupport.stream(r.at("/items").spliterator(), false).map(p -> p.get("id").asText()).toList();
	}

	@Test
	void aFindingOpensACaseWithSourcePatrolOnceEvenWhenResent() {
		String id = UUID.randomUUID().toString();
		ReachView xhh = reach("XHH-150105104");
		expect(201, api.as("inspector.jinhe").post("/api/patrol/patrols", start(id, xhh, clock.instant().minusSeconds(60))));
		Map<String, Object> finding = new HashMap<>();
		finding.put("clientId", UUID.randomUUID().toString());
		finding.put("at", clock.instant().toString());
		finding.put("lat", 40.7312);
		finding.put("lon", 111.6601);
		finding.put("note", "河岸有人倾倒建筑垃圾");
		finding.put("openCase", true);
		finding.put("category", "GARBAGE");
		Api.Response created = expect(201, api.as("inspector.jinhe").multipart("/api/patrol/patrols/{id}/findings", "finding",
				finding, List.of(Api.photo("bank.png")), id));
		long caseId = created.at("/caseId").asLong();
		assertThat(caseId).isPositive();
		assertThat(created.at("/photoIds")).hasSize(1);
		Api.Response resent = expect(200, api.as("inspector.jinhe").multipart("/api/patrol/patrols/{id}/findings", "finding",
				finding, List.of(Api.photo("bank.png")), id));
		assertThat(resent.at("/id").asLong()).isEqualTo(created.at("/id").asLong());
		assertThat(resent.at("/caseId").asLong()).isEqualTo(caseId);

		JsonNode c = expect(200, api.as("office.saihan").get("/api/casework/cases/{id}", caseId)).body();
		assertThat(c.get("source").asText()).isEqualTo("PATROL");
		assertThat(c.get("reachId").asLong()).isEqualTo(xhh.id());
		assertThat(c.get("lat").decimalValue()).isEqualByComparingTo("40.7312");

		// a case needs a category and a photo; nothing is stored when refused
		finding.put("clientId", UUID.randomUUID().toString());
		finding.remove("category");
		Api.Response refused = expect(400, api.as("inspector.jinhe").multipart("/api/patrol/patrols/{id}/findings", "finding",
				finding, List.of(), id));
		assertThat(refused.fieldErrors()).containsExactlyInAnyOrder("category", "photos");
		assertThat(expect(200, api.as("inspector.jinhe").get("/api/patrol/patrols/{id}", id)).at("/findings")).hasSize(1);
	}

	@Test
	void anEffectivePatrolCompletesTheOpenDutyOfItsPeriod() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.CHINA);
		patrolDuties.openDuties(today);
		ReachView xhh = reach("XHH-150105104");
		JsonNode open = expect(200, api.as("chief.township").get("/api/patrol/duties/mine")).body();
		JsonNode duty = StreamSupport.stream(open.spliterator(), false)
			.filter(d -> d.get("reachId").asLong() == xhh.id() && d.get("period").asText().equals("DEKAD"))
			.filter(d -> !LocalDate.parse(d.get("periodStart").asText()).isAfter(today)
					&& !LocalDate.parse(d.get("periodEnd").asText()).isBefore(today))
			.findFirst()
			.orElseThrow();
		long dutyId = duty.get("id").asLong();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PD-" + dutyId).count()).isOne();

		// 36 minutes, 36 legs of 70 m = 2.52 km: effective by the defaults (30 min, 2 km)
		Instant t0 = clock.instant().minus(Duration.ofMinutes(37)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String id = UUID.randomUUID().toString();
		expect(201, api.as("chief.township").post("/api/patrol/patrols", start(id, xhh, t0)));
		expect(200, api.as("chief.township").post("/api/patrol/patrols/{id}/points", batch(0, walk(xhh, t0, 0, 20, 70)), id));
		expect(200, api.as("chief.township").post("/api/patrol/patrols/{id}/points", batch(1, walk(xhh, t0, 20, 17, 70)), id));
		JsonNode ended = expect(200, api.as("chief.township").post("/api/patrol/patrols/{id}/end",
				Map.of("endedAt", t0.plus(Duration.ofMinutes(36)).toString()), id)).body();
		assertThat(ended.get("effective").asBoolean()).isTrue();
		assertThat(ended.get("durationSeconds").asLong()).isEqualTo(36 * 60);
		assertThat(ended.get("distanceMeters").asDouble()).isBetween(2510.0, 2530.0);
		assertThat(ended.get("dutyId").asLong()).isEqualTo(dutyId);

		assertThat(duties.findById(dutyId).orElseThrow().status()).isEqualTo(DutyStatus.DONE);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("PD-" + dutyId).count()).isZero();
		assertThat(events.stream(PatrolCompleted.class).filter(e -> e.dutyId() == dutyId)).singleElement()
			.satisfies(e -> assertThat(e.patrolId()).isEqualTo(id));
		assertThat(StreamSupport.stream(expect(200, api.as("chief.township").get("/api/patrol/duties/mine")).body()
			.spliterator(), false).map(d -> d.get("id").asLong())).doesNotContain(dutyId);
	}

	@Test
	void atThePeriodsEndAnUnpatrolledDutyIsMissedAndComplianceCountsBoth() {
		// the first dekad of August 2025 ends on Sunday 10 August, like the week 4–10 August
		LocalDate day = LocalDate.parse("2025-08-10");
		patrolDuties.openDuties(day);
		ReachView xhh = reach("XHH-150105104");
		Duty township = dutyOf("chief.township", xhh, day);
		Duty jinhe = dutyOf("inspector.jinhe", xhh, day);
		assertThat(events.stream(PatrolDutyOpened.class).map(PatrolDutyOpened::dutyId)).contains(township.id(), jinhe.id());
		assertThat(township.periodStart()).isEqualTo(LocalDate.parse("2025-08-01"));
		assertThat(jinhe.periodStart()).isEqualTo(LocalDate.parse("2025-08-04"));

		// the township chief patrolled on 10 August (late but in time); the inspector did not
		Instant t0 = day.atTime(9, 0).atZone(Times.CHINA).toInstant();
		String id = UUID.randomUUID().toString();
		expect(201, api.as("chief.township").post("/api/patrol/patrols", start(id, xhh, t0)));
		expect(200, api.as("chief.township").post("/api/patrol/patrols/{id}/points", batch(0, walk(xhh, t0, 0, 35, 80)), id));
		assertThat(expect(200, api.as("chief.township").post("/api/patrol/patrols/{id}/end",
				Map.of("endedAt", t0.plus(Duration.ofMinutes(40)).toString()), id)).at("/effective").asBoolean()).isTrue();

		jobs.runDueOf(township.processInstanceId());
		jobs.runDueOf(jinhe.processInstanceId());
		assertThat(duties.findById(township.id()).orElseThrow().status()).isEqualTo(DutyStatus.DONE);
		assertThat(duties.findById(jinhe.id()).orElseThrow().status()).isEqualTo(DutyStatus.MISSED);
		assertThat(events.stream(PatrolMissed.class).filter(e -> e.dutyId().equals(jinhe.id()))).singleElement();
		assertThat(events.stream(PatrolMissed.class).filter(e -> e.dutyId().equals(township.id()))).isEmpty();
		// the timer ran once; running jobs again changes nothing
		jobs.runDueOf(jinhe.processInstanceId());
		assertThat(events.stream(PatrolMissed.class).filter(e -> e.dutyId().equals(jinhe.id()))).hasSize(1);

		JsonNode rows = expect(200, api.as("office.saihan").get(
				"/api/patrol/compliance?regionCode=150105104&from=2025-08-10&to=2025-08-10&groupBy=PERSON")).body();
		JsonNode chief = row(rows, "chief.township"), inspector = row(rows, "inspector.jinhe");
		assertThat(chief.get("required").asLong()).isEqualTo(1);
		assertThat(chief.get("done").asLong()).isEqualTo(1);
		assertThat(chief.get("effectivePatrols").asLong()).isEqualTo(1);
		assertThat(chief.get("onTimeRate").asDouble()).isEqualTo(1.0);
		assertThat(inspector.get("required").asLong()).isEqualTo(1);
		assertThat(inspector.get("missed").asLong()).isEqualTo(1);
		assertThat(inspector.get("onTimeRate").asDouble()).isEqualTo(0.0);

		JsonNode regions = expect(200, api.as("office.hohhot").get(
				"/api/patrol/compliance?regionCode=150105&from=2025-08-10&to=2025-08-10&groupBy=REGION")).body();
		JsonNode jinheTown = row(regions, "150105104");
		assertThat(jinheTown.get("done").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(jinheTown.get("missed").asLong()).isGreaterThanOrEqualTo(1);

		// outside the caller's region: 404; inspectors and units do not read compliance
		expect(404, api.as("office.wuqian").get("/api/patrol/compliance?regionCode=150105&from=2025-08-01&to=2025-08-10"));
		expect(403, api.as("inspector.jinhe").get("/api/patrol/compliance?regionCode=150105104"));
		expect(403, api.as("unit.zhujian").get("/api/patrol/compliance"));
	}

	@Test
	void targetsDutiesAndTheDossierSectionAnswerOnlyWhoMayAsk() {
		// an inspector patrols the reaches of his township; a city chief also whole water bodies
		JsonNode targets = expect(200, api.as("inspector.jinhe").get("/api/patrol/targets")).body();
		assertThat(StreamSupport.stream(targets.spliterator(), false).map(x -> x.get("reachName").asText()))
			.containsExactly("小黑河金河镇段");
		JsonNode city = expect(200, api.as("chief.hohhot").get("/api/patrol/targets")).body();
		assertThat(StreamSupport.stream(city.spliterator(), false).filter(x -> x.get("reachId").isNull())
			.map(x -> x.get("waterBodyName").asText())).contains("大黑河", "小黑河");
		expect(403, api.as("office.saihan").get("/api/patrol/targets"));
		expect(403, api.as("office.saihan").get("/api/patrol/duties/mine"));
		expect(403, api.as("unit.zhujian").get("/api/patrol/duties/mine"));
		expect(403, api.as("office.saihan").post("/api/patrol/patrols", start(UUID.randomUUID().toString(),
				reach("XHH-150105104"), clock.instant())));

		long xhh = reach("XHH-150105104").waterBodyId();
		JsonNode dossier = expect(200, api.as("office.saihan").get("/api/patrol/waterbodies/{id}", xhh)).body();
		assertThat(dossier.get("recent")).isNotEmpty();
		assertThat(StreamSupport.stream(dossier.get("recent").spliterator(), false)
			.allMatch(p -> p.get("waterBodyId").asLong() == xhh)).isTrue();
		// another county's office sees none of Saihan's patrols on the same river
		JsonNode other = expect(200, api.as("office.wuqian").get("/api/patrol/waterbodies/{id}", xhh)).body();
		assertThat(other.get("recent")).isEmpty();
		assertThat(other.get("compliance")).isEmpty();
		expect(403, api.as("unit.zhujian").get("/api/patrol/waterbodies/{id}", xhh));
		expect(404, api.as("office.saihan").get("/api/patrol/waterbodies/{id}", 999_999));
	}

	@Test
	void aChiefOwesThePatrolsOfHisPostsInTheRosterAndAChiefNotInItThoseOfHisRegionsReaches() {
		// two new 呼和浩特市 chiefs: one appointed 河长 of 大黑河 (the water body) and of 小黑河's 玉泉区 reach, one nobody
		// has entered in the roster yet (the shared context's roster changes with other tests: this one is its own)
		String suffix = Long.toString(System.nanoTime(), 36);
		String posted = "chief.posted." + suffix, unlisted = "chief.unlisted." + suffix;
		for (String username : List.of(posted, unlisted)) {
			expect(201, api.as("admin").post("/api/admin/users", Map.of("username", username, "password", "River2026pass",
					"displayName", "测试河长", "role", "CHIEF", "regionCode", "150100", "post", "呼和浩特市副市长")));
		}
		long dhh = waterbodies.waterBodyByCode("DHH").orElseThrow().id();
		ReachView yuquan = reach("XHH-150104");
		expect(201, api.as("admin").post("/api/waterbodies/appointments", Map.of("waterBodyId", dhh, "role", "CHIEF",
				"personName", "测试河长", "username", posted, "termStart", "2025-01-01")));
		expect(201, api.as("admin").post("/api/waterbodies/appointments", Map.of("waterBodyId", yuquan.waterBodyId(),
				"reachId", yuquan.id(), "role", "CHIEF", "personName", "测试河长", "username", posted, "termStart",
				"2025-01-01")));
		LocalDate day = LocalDate.parse("2025-05-20");
		patrolDuties.openDuties(day);

		// the posted chief: 大黑河 as a whole (any reach counts) and the one reach, nothing else of the city
		List<String> owed = duties.findInRegion("150100", day, day).stream().filter(d -> d.username().equals(posted))
			.map(d -> d.reachId() == null ? "body " + waterbodies.waterBody(d.waterBodyId()).orElseThrow().code()
					: "reach " + d.reachId())
			.sorted().toList();
		assertThat(owed).containsExactly("body DHH", "reach " + yuquan.id());
		// the unlisted chief owes, as before the roster existed, each water body with a reach in the city
		List<Long> cityBodies = waterbodies.reachesInRegion("1501").stream().map(ReachView::waterBodyId).distinct()
			.sorted().toList();
		assertThat(cityBodies).hasSizeGreaterThan(2);
		assertThat(duties.findInRegion("150100", day, day).stream().filter(d -> d.username().equals(unlisted))
			.map(Duty::waterBodyId).sorted()).containsExactlyElementsOf(cityBodies);
	}

	Duty dutyOf(String username, ReachView reach, LocalDate day) {
		return duties.findInRegion("150105104", day, day).stream()
			.filter(d -> d.username().equals(username) && reach.id().equals(d.reachId())).findFirst().orElseThrow();
	}

	static JsonNode row(JsonNode rows, String key) {
		return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.get("key").asText().equals(key)).findFirst()
			.orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
	}
}
