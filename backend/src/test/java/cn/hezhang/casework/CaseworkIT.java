package cn.hezhang.casework;

import static cn.hezhang.casework.CaseFixtures.CHIEF;
import static cn.hezhang.casework.CaseFixtures.INSPECTOR;
import static cn.hezhang.casework.CaseFixtures.OFFICE;
import static cn.hezhang.casework.CaseFixtures.OTHER_UNIT;
import static cn.hezhang.casework.CaseFixtures.UNIT;
import static cn.hezhang.casework.CaseFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.support.FailureInjection;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.Jobs;
import cn.hezhang.support.MovableClock;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** The case workflow through its HTTP API, per role and jurisdiction, on a real database and engine. */
@IntegrationTest
class CaseworkIT {
	@Autowired
	Api api;

	@Autowired
	WaterbodyCatalog waterbodies;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	MovableClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	FailureInjection failures;

	CaseFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CaseFixtures(api, waterbodies, orgs);
	}

	@AfterEach
	void noInjectedFailure() {
		failures.clear();
	}

	JsonNode caseAs(String user, long id) {
		return expect(200, api.as(user).get("/api/casework/cases/{id}", id)).body();
	}

	static List<String> actions(JsonNode c) {
		List<String> out = new ArrayList<>();
		c.get("actions").forEach(a -> out.add(a.asText()));
		return out;
	}

	static List<String> timeline(JsonNode c) {
		return StreamSupport.stream(c.get("timeline").spliterator(), false).map(s -> s.get("action").asText()).toList();
	}

	boolean inInbox(String user, long caseId, String caseNo) {
		JsonNode inbox = expect(200, api.as(user).get("/api/inbox?size=100&q=" + caseNo)).body();
		return StreamSupport.stream(inbox.get("items").spliterator(), false)
			.anyMatch(i -> ("/cases/" + caseId).equals(i.get("link").asText()));
	}

	@Nested
	class Reporting {
		@Test
		void anInspectorsReportLandsInTheInboxOfTheCountyOfficeHoldingTheReach() {
			Api.Response r = fixtures.reportAs(INSPECTOR, fixtures.report("XHH-150105", "OUTFALL"),
					List.of(Api.photo("before.png")));
			assertThat(r.status()).isEqualTo(201);
			assertThat(r.at("/status").asText()).isEqualTo("REPORTED");
			assertThat(r.at("/handlingRegionCode").asText()).isEqualTo("150105");
			assertThat(r.at("/caseNo").asText()).matches("HZ\\d{4}-\\d{7}");
			assertThat(r.at("/photos")).hasSize(1);
			assertThat(timeline(r.body())).containsExactly("REPORTED");

			String caseNo = r.at("/caseNo").asText();
			assertThat(inInbox(OFFICE, r.id(), caseNo)).isTrue();
			assertThat(inInbox("office.hohhot", r.id(), caseNo)).isFalse();
			assertThat(inInbox("office.wuqian", r.id(), caseNo)).isFalse();
			assertThat(actions(caseAs(OFFICE, r.id()))).containsExactly("TRIAGE");
			assertThat(actions(caseAs(INSPECTOR, r.id()))).isEmpty();
		}

		@Test
		void aReportOnATownshipReachGoesToItsCountyOffice() {
			Api.Response r = fixtures.reportAs("inspector.jinhe", fixtures.report("XHH-150105104", "GARBAGE"),
					List.of(Api.photo("a.png")));
			assertThat(r.status()).isEqualTo(201);
			assertThat(r.at("/regionCode").asText()).isEqualTo("150105104");
			assertThat(r.at("/handlingRegionCode").asText()).isEqualTo("150105");
		}

		@Test
		void sendingTheSameReportTwiceCreatesOneCase() {
			Map<String, Object> report = fixtures.report("XHH-150105", "GARBAGE");
			Api.Response first = fixtures.reportAs(INSPECTOR, report, List.of(Api.photo("a.png")));
			Api.Response second = fixtures.reportAs(INSPECTOR, report, List.of(Api.photo("a.png")));
			assertThat(first.status()).isEqualTo(201);
			assertThat(second.status()).isEqualTo(200);
			assertThat(second.id()).isEqualTo(first.id());
			JsonNode list = expect(200, api.as(OFFICE).get("/api/casework/cases?size=100&q=" + first.at("/caseNo").asText())).body();
			assertThat(list.get("total").asLong()).isEqualTo(1);
		}

		@Test
		void badInputNamesEachFieldAndSavesNothing() {
			long before = expect(200, api.as("admin").get("/api/casework/cases?size=1")).at("/total").asLong();
			Map<String, Object> report = fixtures.report("XHH-150105", "NO_SUCH_CATEGORY");
			report.put("lat", 91);
			report.put("lon", 12);
			Api.Response r = fixtures.reportAs(INSPECTOR, report, List.of(Api.photo("a.png")));
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.contentType()).contains("application/problem+json");
			assertThat(r.fieldErrors()).contains("category", "lat", "lon");

			Api.Response noPhoto = fixtures.reportAs(INSPECTOR, fixtures.report("XHH-150105", "GARBAGE"), List.of());
			assertThat(noPhoto.status()).isEqualTo(400);
			assertThat(noPhoto.fieldErrors()).containsExactly("photos");

			List<MockMultipartFile> ten = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				ten.add(Api.photo("p" + i + ".png"));
			}
			assertThat(fixtures.reportAs(INSPECTOR, fixtures.report("XHH-150105", "GARBAGE"), ten).fieldErrors())
				.containsExactly("photos");

			MockMultipartFile notAnImage = new MockMultipartFile("photos", "evil.jpg", "image/jpeg",
					"<script>alert(1)</script>".getBytes());
			Api.Response fake = fixtures.reportAs(INSPECTOR, fixtures.report("XHH-150105", "GARBAGE"),
					List.of(Api.photo("ok.png"), notAnImage));
			assertThat(fake.status()).isEqualTo(400);
			assertThat(fake.fieldErrors()).containsExactly("photos[1]");

			Api.Response missing = fixtures.reportAs(INSPECTOR, Map.of("category", "GARBAGE"), List.of(Api.photo("a.png")));
			assertThat(missing.status()).isEqualTo(400);
			assertThat(missing.fieldErrors()).contains("reachId", "description", "lat", "lon");

			long after = expect(200, api.as("admin").get("/api/casework/cases?size=1")).at("/total").asLong();
			assertThat(after).isEqualTo(before);
		}

		@Test
		void aReachOutsideTheReportersRegionIsRefused() {
			Api.Response r = fixtures.reportAs(INSPECTOR, fixtures.report("WLSH-150823", "GARBAGE"),
					List.of(Api.photo("a.png")));
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.fieldErrors()).containsExactly("reachId");
		}

		@Test
		void onlyInspectorsChiefsAndOfficesReport() {
			for (String user : List.of(UNIT, "supervisor", "admin")) {
				Api.Response r = fixtures.reportAs(user, fixtures.report("XHH-150105", "GARBAGE"), List.of(Api.photo("a.png")));
				assertThat(r.status()).as(user).isEqualTo(403);
			}
			assertThat(fixtures.reportAs(CHIEF, fixtures.report("XHH-150105", "GARBAGE"), List.of(Api.photo("a.png")))
				.status()).isEqualTo(201);
			assertThat(fixtures.reportAs(OFFICE, fixtures.report("XHH-150105", "GARBAGE"), List.of(Api.photo("a.png")))
				.status()).isEqualTo(201);
		}
	}

	@Nested
	class TheWholeLoop {
		@Test
		void reportTriageAssignRectifyFailAcceptanceReworkPassAndClose() {
			long id = fixtures.reported();
			expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "ACCEPT", "category", "OUTFALL", "severity", "GENERAL"), id));
			JsonNode accepted = caseAs(OFFICE, id);
			assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
			assertThat(actions(accepted)).containsExactly("ASSIGN");

			JsonNode deadline = expect(200,
					api.as(OFFICE).get("/api/casework/cases/{id}/default-deadline?severity=GENERAL", id)).body();
			assertThat(deadline.get("workingDays").asInt()).isEqualTo(10);
			expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/assign",
					Map.of("unitId", fixtures.zhujian(), "requirement", "封堵排污口", "urgency", "URGENT"), id));
			JsonNode assigned = caseAs(UNIT, id);
			assertThat(assigned.get("status").asText()).isEqualTo("RECTIFYING");
			assertThat(assigned.get("deadline").asText()).isEqualTo(deadline.get("deadline").asText());
			assertThat(actions(assigned)).containsExactly("PROGRESS", "REQUEST_EXTENSION", "HANDBACK", "SUBMIT_RECTIFICATION");
			assertThat(actions(caseAs(OFFICE, id))).isEmpty();

			expect(200, api.as(UNIT).multipart("/api/casework/cases/{id}/progress", "progress", Map.of("note", "已进场施工"),
					List.of(), id));
			expect(200, api.as(UNIT).multipart("/api/casework/cases/{id}/rectification", "rectification",
					Map.of("description", "已封堵"), List.of(Api.photo("after.png")), id));
			assertThat(actions(caseAs(INSPECTOR, id))).containsExactly("ACCEPT_RECTIFICATION");
			assertThat(actions(caseAs(OFFICE, id))).containsExactly("ACCEPT_RECTIFICATION");

			Api.Response noReason = api.as(INSPECTOR).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", false), List.of(), id);
			assertThat(noReason.status()).isEqualTo(400);
			assertThat(noReason.fieldErrors()).containsExactly("opinion");

			expect(200, api.as(INSPECTOR).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", false, "opinion", "排污口仍有渗漏"), List.of(Api.photo("still.png")), id));
			JsonNode rework = caseAs(UNIT, id);
			assertThat(rework.get("status").asText()).isEqualTo("RECTIFYING");
			assertThat(rework.get("reworkCount").asInt()).isEqualTo(1);
			assertThat(actions(rework)).doesNotContain("HANDBACK");

			expect(200, api.as(UNIT).multipart("/api/casework/cases/{id}/rectification", "rectification",
					Map.of("description", "已彻底封堵"), List.of(Api.photo("after2.png")), id));
			expect(200, api.as(OFFICE).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", true, "opinion", "现场核查合格"), List.of(), id));

			JsonNode closed = caseAs(OFFICE, id);
			assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
			assertThat(closed.get("closedOnTime").asBoolean()).isTrue();
			assertThat(actions(closed)).isEmpty();
			assertThat(timeline(closed)).containsExactly("REPORTED", "ACCEPTED", "ASSIGNED", "PROGRESS",
					"RECTIFICATION_SUBMITTED", "ACCEPTANCE_FAILED", "RECTIFICATION_SUBMITTED", "ACCEPTANCE_PASSED", "CLOSED");
			assertThat(closed.at("/timeline/5/opinion").asText()).isEqualTo("排污口仍有渗漏");
			assertThat(closed.at("/timeline/5/actorName").asText()).isEqualTo("赛罕区巡河员陈强");
			assertThat(closed.at("/timeline/5/photos")).hasSize(1);
			assertThat(closed.get("photos")).hasSize(4);
		}

		@Test
		void aMajorCaseClosesOnlyWithTheApprovalOfTheChiefOfItsLevel() {
			long id = fixtures.submitted("MAJOR");
			expect(200, api.as(OFFICE).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", true), List.of(), id));
			JsonNode waiting = caseAs(CHIEF, id);
			assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_CLOSURE_APPROVAL");
			assertThat(actions(waiting)).containsExactly("APPROVE_CLOSURE");
			assertThat(actions(caseAs("chief.hohhot", id))).isEmpty();
			assertThat(api.as("chief.hohhot").post("/api/casework/cases/{id}/closure-approval", Map.of("approved", true), id)
				.status()).isEqualTo(403);

			expect(200, api.as(CHIEF).post("/api/casework/cases/{id}/closure-approval",
					Map.of("approved", false, "opinion", "岸坡未恢复"), id));
			assertThat(caseAs(UNIT, id).get("status").asText()).isEqualTo("RECTIFYING");
			expect(200, api.as(UNIT).multipart("/api/casework/cases/{id}/rectification", "rectification",
					Map.of("description", "岸坡已恢复"), List.of(Api.photo("bank.png")), id));
			expect(200, api.as(OFFICE).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", true), List.of(), id));
			expect(200, api.as(CHIEF).post("/api/casework/cases/{id}/closure-approval", Map.of("approved", true), id));
			JsonNode closed = caseAs(OFFICE, id);
			assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
			assertThat(closed.get("reworkCount").asInt()).isEqualTo(1);
		}

		@Test
		void rejectingAsDuplicateNeedsAnExistingCaseNumber() {
			long original = fixtures.reported();
			long id = fixtures.reported();
			Api.Response bad = api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "REJECT", "rejectKind", "DUPLICATE", "duplicateOfCaseNo", "HZ1999-0000000", "reason", "重复"), id);
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.fieldErrors()).containsExactly("duplicateOfCaseNo");
			String originalNo = caseAs(OFFICE, original).get("caseNo").asText();
			expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "REJECT", "rejectKind", "DUPLICATE", "duplicateOfCaseNo", originalNo, "reason", "重复"), id));
			JsonNode rejected = caseAs(OFFICE, id);
			assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
			assertThat(rejected.at("/timeline/1/details/duplicateOfCaseNo").asText()).isEqualTo(originalNo);
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(rejected.get("caseNo").asText()).count()).isZero();
		}

		@Test
		void escalationHandsTriageToTheCityOfficeAndTransferToAnotherCounty() {
			long id = fixtures.reported();
			Api.Response noReason = api.as(OFFICE).post("/api/casework/cases/{id}/triage", Map.of("decision", "ESCALATE"), id);
			assertThat(noReason.fieldErrors()).containsExactly("reason");
			expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "ESCALATE", "reason", "跨区县, 需市级协调"), id));
			JsonNode escalated = caseAs("office.hohhot", id);
			assertThat(escalated.get("handlingRegionCode").asText()).isEqualTo("150100");
			assertThat(actions(escalated)).containsExactly("TRIAGE");
			assertThat(actions(caseAs(OFFICE, id))).isEmpty();

			long other = fixtures.reported();
			Api.Response badTarget = api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "TRANSFER", "targetRegionCode", "150105104", "reason", "x"), other);
			assertThat(badTarget.fieldErrors()).containsExactly("targetRegionCode");
			expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/triage",
					Map.of("decision", "TRANSFER", "targetRegionCode", "150104", "reason", "河段位于玉泉区"), other));
			assertThat(api.as(OFFICE).get("/api/casework/cases/{id}", other).status()).isEqualTo(404);
			JsonNode transferred = caseAs("office.hohhot", other);
			assertThat(transferred.get("regionCode").asText()).isEqualTo("150104");
			String caseNo = transferred.get("caseNo").asText();
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskCandidateGroup("office:150104").count())
				.isEqualTo(1);
		}
	}

	@Nested
	class Jurisdiction {
		@Test
		void anotherCountysOfficeAndChiefGet404ForReadAndWrite() {
			long id = fixtures.reported();
			assertThat(api.as("office.wuqian").get("/api/casework/cases/{id}", id).status()).isEqualTo(404);
			assertThat(api.as("chief.wuqian").get("/api/casework/cases/{id}", id).status()).isEqualTo(404);
			assertThat(api.as("office.wuqian").post("/api/casework/cases/{id}/triage",
					Map.of("decision", "ACCEPT", "severity", "GENERAL"), id).status()).isEqualTo(404);
			assertThat(api.as("inspector.wuqian").get("/api/casework/cases/{id}", id).status()).isEqualTo(404);
			assertThat(caseAs("office.hohhot", id).get("id").asLong()).isEqualTo(id);
			assertThat(caseAs("chief.region", id).get("id").asLong()).isEqualTo(id);
			assertThat(caseAs("supervisor", id).get("id").asLong()).isEqualTo(id);

			String caseNo = caseAs(OFFICE, id).get("caseNo").asText();
			assertThat(expect(200, api.as("office.wuqian").get("/api/casework/cases?q=" + caseNo)).at("/total").asLong()).isZero();
			assertThat(expect(200, api.as("office.hohhot").get("/api/casework/cases?q=" + caseNo)).at("/total").asLong()).isEqualTo(1);
		}

		@Test
		void aUnitSeesOnlyTheCasesAssignedToIt() {
			long id = fixtures.rectifying("GENERAL");
			String caseNo = caseAs(OFFICE, id).get("caseNo").asText();
			assertThat(caseAs(UNIT, id).get("id").asLong()).isEqualTo(id);
			assertThat(api.as(OTHER_UNIT).get("/api/casework/cases/{id}", id).status()).isEqualTo(404);
			assertThat(api.as(OTHER_UNIT).multipart("/api/casework/cases/{id}/rectification", "rectification",
					Map.of("description", "x"), List.of(Api.photo("a.png")), id).status()).isEqualTo(404);
			assertThat(expect(200, api.as(OTHER_UNIT).get("/api/casework/cases?q=" + caseNo)).at("/total").asLong()).isZero();
			assertThat(expect(200, api.as(UNIT).get("/api/casework/cases?q=" + caseNo)).at("/total").asLong()).isEqualTo(1);
			assertThat(api.as(UNIT).get("/api/casework/cases/{id}", fixtures.reported()).status()).isEqualTo(404);
		}

		@Test
		void eachStepIsRefusedToTheRolesThatMayNotTakeIt() {
			long reported = fixtures.reported();
			Map<String, Object> accept = Map.of("decision", "ACCEPT", "severity", "GENERAL");
			for (String user : List.of(INSPECTOR, CHIEF, UNIT, "supervisor")) {
				assertThat(api.as(user).post("/api/casework/cases/{id}/triage", accept, reported).status()).as(user).isEqualTo(403);
			}
			long accepted = fixtures.accepted("GENERAL");
			Map<String, Object> assign = Map.of("unitId", fixtures.zhujian(), "requirement", "x", "urgency", "NORMAL");
			for (String user : List.of(INSPECTOR, CHIEF, UNIT)) {
				assertThat(api.as(user).post("/api/casework/cases/{id}/assign", assign, accepted).status()).as(user).isEqualTo(403);
			}
			long rectifying = fixtures.rectifying("GENERAL");
			for (String user : List.of(OFFICE, INSPECTOR, CHIEF)) {
				assertThat(api.as(user).multipart("/api/casework/cases/{id}/rectification", "rectification",
						Map.of("description", "x"), List.of(Api.photo("a.png")), rectifying).status()).as(user).isEqualTo(403);
				assertThat(api.as(user).post("/api/casework/cases/{id}/handback", Map.of("reason", "x"), rectifying).status())
					.as(user).isEqualTo(403);
				assertThat(api.as(user).post("/api/casework/cases/{id}/extension",
						Map.of("requestedDeadline", "2099-01-01T00:00:00Z", "reason", "x"), rectifying).status()).as(user).isEqualTo(403);
			}
			assertThat(api.as(UNIT).post("/api/casework/cases/{id}/extension/decision", Map.of("approved", true), rectifying)
				.status()).isEqualTo(403);
			long submitted = fixtures.submitted("GENERAL");
			for (String user : List.of(UNIT, CHIEF, "supervisor")) {
				assertThat(api.as(user).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
						Map.of("passed", true), List.of(), submitted).status()).as(user).isEqualTo(403);
			}
			for (String user : List.of(OFFICE, UNIT, INSPECTOR)) {
				assertThat(api.as(user).post("/api/casework/cases/{id}/closure-approval", Map.of("approved", true), submitted)
					.status()).as(user).isEqualTo(403);
			}
			assertThat(api.anonymous().get("/api/casework/cases/{id}", submitted).status()).isEqualTo(401);
		}

		@Test
		void anInspectorOfAnotherCountyCannotAcceptTheRectification() {
			long id = fixtures.submitted("GENERAL");
			assertThat(api.as("inspector.wuqian").multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", true), List.of(), id).status()).isEqualTo(404);
		}
	}

	@Nested
	class StateConflicts {
		@Test
		void aStepTheCaseIsNotWaitingForAnswers409() {
			long reported = fixtures.reported();
			Api.Response acceptance = api.as(OFFICE).multipart("/api/casework/cases/{id}/acceptance", "acceptance",
					Map.of("passed", true), List.of(), reported);
			assertThat(acceptance.status()).isEqualTo(409);
			assertThat(acceptance.contentType()).contains("application/problem+json");
			assertThat(api.as(OFFICE).post("/api/casework/cases/{id}/assign",
					Map.of("unitId", fixtures.zhujian(), "requirement", "x", "urgency", "NORMAL"), reported).status()).isEqualTo(409);

			long rectifying = fixtures.rectifying("GENERAL");
			assertThat(api.as(OFFICE).post("/api/casework/cases/{id}/triage", Map.of("decision", "ACCEPT", "severity", "GENERAL"),
					rectifying).status()).isEqualTo(409);
		}

		@Test
		void aUnitMayHandACaseBackWithin24HoursOnly() {
			long id = fixtures.rectifying("GENERAL");
			expect(200, api.as(UNIT).post("/api/casework/cases/{id}/handback", Map.of("reason", "不属于本单位职责"), id));
			JsonNode back = caseAs(OFFICE, id);
			assertThat(back.get("status").asText()).isEqualTo("REPORTED");
			assertThat(actions(back)).containsExactly("TRIAGE");
			assertThat(api.as(UNIT).get("/api/casework/cases/{id}", id).status()).isEqualTo(404);

			long late = fixtures.rectifying("GENERAL");
			clock.advance(Duration.ofHours(25));
			assertThat(actions(caseAs(UNIT, late))).doesNotContain("HANDBACK");
			assertThat(api.as(UNIT).post("/api/casework/cases/{id}/handback", Map.of("reason", "x"), late).status()).isEqualTo(409);
		}

		@Test
		void aFailureAfterTheEngineStepLeavesNeitherTheCaseChangeNorTheStep() {
			long id = fixtures.accepted("GENERAL");
			String caseNo = caseAs(OFFICE, id).get("caseNo").asText();
			failures.failOnNext(CaseAssigned.class);
			Api.Response failed = api.as(OFFICE).post("/api/casework/cases/{id}/assign",
					Map.of("unitId", fixtures.zhujian(), "requirement", "x", "urgency", "NORMAL"), id);
			assertThat(failed.status()).isEqualTo(500);
			assertThat(failed.body().toString()).doesNotContain("injected").doesNotContain("Exception");

			JsonNode after = caseAs(OFFICE, id);
			assertThat(after.get("status").asText()).isEqualTo("ACCEPTED");
			assertThat(timeline(after)).doesNotContain("ASSIGNED");
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_AssignCase").count())
				.isEqualTo(1);
			assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_RectifyCase").count())
				.isZero();
		}
	}

	@Nested
	class Deadlines {
		@Test
		void theWarningFiresBeforeAndTheOverdueFlagAtTheDeadlineOnceEach() {
			Instant deadline = clock.instant().plus(Duration.ofDays(7));
			long id = fixtures.rectifyingUntil(deadline);
			clock.advancePast(Instant.parse(caseAs(UNIT, id).get("deadline").asText()).minus(Duration.ofDays(1)));
			jobs.runDue();
			assertThat(timeline(caseAs(UNIT, id))).contains("DEADLINE_WARNING").doesNotContain("OVERDUE");

			clock.advancePast(deadline);
			jobs.runDue();
			jobs.runDue();
			JsonNode overdue = caseAs(OFFICE, id);
			assertThat(overdue.get("overdue").asBoolean()).isTrue();
			assertThat(timeline(overdue).stream().filter("OVERDUE"::equals)).hasSize(1);
			assertThat(timeline(overdue).stream().filter("DEADLINE_WARNING"::equals)).hasSize(1);
			assertThat(actions(caseAs(UNIT, id))).contains("SUBMIT_RECTIFICATION");

			String caseNo = overdue.get("caseNo").asText();
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				JsonNode notices = expect(200, api.as(UNIT).get("/api/notifications?size=50")).body();
				assertThat(notices.toString()).contains("整改已超期 " + caseNo);
			});
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
					expect(200, api.as(OFFICE).get("/api/notifications?size=50")).body().toString()).contains("整改已超期 " + caseNo));
			assertThat(expect(200, api.as(OFFICE).get("/api/casework/cases?overdue=true&q=" + caseNo)).at("/total").asLong())
				.isEqualTo(1);
		}

		@Test
		void anApprovedExtensionMovesTheDeadlineAndItsTimers() {
			long id = fixtures.rectifying("GENERAL");
			JsonNode c = caseAs(UNIT, id);
			Instant oldDeadline = Instant.parse(c.get("deadline").asText());
			Instant wanted = oldDeadline.plus(Duration.ofDays(14));

			Api.Response tooEarly = api.as(UNIT).post("/api/casework/cases/{id}/extension",
					Map.of("requestedDeadline", oldDeadline.minus(Duration.ofDays(1)).toString(), "reason", "x"), id);
			assertThat(tooEarly.fieldErrors()).containsExactly("requestedDeadline");
			expect(200, api.as(UNIT).post("/api/casework/cases/{id}/extension",
					Map.of("requestedDeadline", wanted.toString(), "reason", "汛期无法施工"), id));
			assertThat(actions(caseAs(UNIT, id))).doesNotContain("REQUEST_EXTENSION");
			assertThat(api.as(UNIT).post("/api/casework/cases/{id}/extension",
					Map.of("requestedDeadline", wanted.toString(), "reason", "again"), id).status()).isEqualTo(409);

			JsonNode chiefView = caseAs(CHIEF, id);
			assertThat(actions(chiefView)).containsExactly("DECIDE_EXTENSION");
			assertThat(chiefView.at("/pendingExtension/reason").asText()).isEqualTo("汛期无法施工");
			assertThat(inInbox(CHIEF, id, chiefView.get("caseNo").asText())).isTrue();

			expect(200, api.as(CHIEF).post("/api/casework/cases/{id}/extension/decision",
					Map.of("approved", true, "opinion", "同意"), id));
			JsonNode extended = caseAs(UNIT, id);
			assertThat(Instant.parse(extended.get("deadline").asText())).isEqualTo(wanted);
			assertThat(extended.get("pendingExtension").isNull()).isTrue();
			String pid = tasks.createTaskQuery().processInstanceBusinessKey(extended.get("caseNo").asText())
				.taskDefinitionKey("Task_RectifyCase").singleResult().getProcessInstanceId();
			assertThat(tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_RectifyCase").singleResult()
				.getDueDate().toInstant()).isEqualTo(wanted.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

			clock.advancePast(oldDeadline);
			jobs.runDueOf(pid);
			assertThat(caseAs(UNIT, id).get("overdue").asBoolean()).isFalse();
		}

		@Test
		void aRefusedExtensionNeedsAReasonAndKeepsTheDeadline() {
			long id = fixtures.rectifying("GENERAL");
			String deadline = caseAs(UNIT, id).get("deadline").asText();
			expect(200, api.as(UNIT).post("/api/casework/cases/{id}/extension",
					Map.of("requestedDeadline", Instant.parse(deadline).plus(Duration.ofDays(3)).toString(), "reason", "x"), id));
			assertThat(api.as(CHIEF).post("/api/casework/cases/{id}/extension/decision", Map.of("approved", false), id)
				.fieldErrors()).containsExactly("opinion");
			expect(200, api.as(CHIEF).post("/api/casework/cases/{id}/extension/decision",
					Map.of("approved", false, "opinion", "理由不充分"), id));
			JsonNode after = caseAs(UNIT, id);
			assertThat(after.get("deadline").asText()).isEqualTo(deadline);
			assertThat(timeline(after)).endsWith("EXTENSION_REQUESTED", "EXTENSION_REFUSED");
			assertThat(actions(after)).contains("REQUEST_EXTENSION");
		}
	}

	@Test
	void theInboxListsOverdueTasksFirst() {
		JsonNode inbox = expect(200, api.as(OFFICE).get("/api/inbox?size=100")).body();
		List<Instant> dues = new ArrayList<>();
		inbox.get("items").forEach(i -> dues.add(Instant.parse(i.get("due").asText())));
		assertThat(dues).isSorted();
		assertThat(inbox.get("total").asLong()).isGreaterThanOrEqualTo(inbox.get("items").size());
	}
}
