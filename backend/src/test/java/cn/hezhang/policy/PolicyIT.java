package cn.hezhang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.Times;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.Jobs;
import cn.hezhang.support.MovableClock;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** 一河一策 through the HTTP API: drafting in scope, the approval steps per chief, tasks and progress per unit. */
@IntegrationTest
@RecordApplicationEvents
class PolicyIT {
	@Autowired
	Api api;

	@Autowired
	WaterbodyCatalog catalog;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	UserDirectory users;

	@Autowired
	MovableClock clock;

	@Autowired
	Jobs jobs;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	PolicyManagement policies;

	@Autowired
	ApplicationEvents events;

	static Api.Response expect(int status, Api.Response r) {
		if (r.status() != status) {
			throw new AssertionError("expected " + status + " but got " + r);
		}
		return r;
	}

	long body(String code) {
		return catalog.waterBodyByCode(code).orElseThrow().id();
	}

	long unit(String name) {
		return orgs.unitsUnder("150105").stream().filter(o -> o.name().equals(name)).map(OrgView::id).findFirst()
			.orElseThrow();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Times.CHINA);
	}

	Map<String, Object> draft(String code, String region, int from, LocalDate deadline) {
		Map<String, Object> d = new HashMap<>();
		d.put("waterBodyId", body(code));
		d.put("regionCode", region);
		d.put("periodFrom", from);
		d.put("periodTo", from + 4);
		d.put("title", code + " 一河一策 " + from);
		List<Map<String, Object>> items = new ArrayList<>();
		items.add(Map.of("kind", "PROBLEM", "content", "沿岸生活污水直排"));
		items.add(Map.of("kind", "GOAL", "content", "氨氮达标", "indicator", "NH3N", "comparator", "LE", "targetValue", 1.5,
				"targetDate", deadline.plusYears(1).toString()));
		items.add(Map.of("kind", "TASK", "content", "截污纳管改造", "unitOrgId", unit("赛罕区住房和城乡建设局"), "deadline",
				deadline.toString()));
		items.add(Map.of("kind", "TASK", "content", "排口整治", "unitOrgId", unit("赛罕区水务局"), "deadline",
				deadline.toString()));
		items.add(Map.of("kind", "MEASURE", "content", "雨污分流"));
		items.add(Map.of("kind", "RESPONSIBILITY", "content", "区政府统筹", "person", "区长"));
		d.put("items", items);
		return d;
	}

	boolean inInbox(String user, long policyId) {
		JsonNode inbox = expect(200, api.as(user).get("/api/inbox?size=100&processKey=PolicyApprovalProcess")).body();
		for (JsonNode i : inbox.get("items")) {
			if (("/policies/" + policyId).equals(i.path("link").asText())) {
				return true;
			}
		}
		return false;
	}

	static List<String> actions(JsonNode detail) {
		List<String> out = new ArrayList<>();
		detail.get("actions").forEach(a -> out.add(a.asText()));
		return out;
	}

	@Test
	void aCountyPlanIsAskedOfTheTownshipChiefThenApprovedByTheCountyChiefAndItsUnitsReportProgress() {
		Api.Response created = expect(201,
				api.as("office.saihan").post("/api/policies", draft("XHH", "150105", 2031, today().plusDays(30))));
		long id = created.at("/policy/id").asLong();
		assertThat(created.at("/policy/status").asText()).isEqualTo("DRAFT");
		assertThat(actions(created.body())).contains("EDIT", "SUBMIT");

		JsonNode sent = expect(200, api.as("office.saihan").post("/api/policies/{id}/submit", "{}", id)).body();
		assertThat(sent.at("/policy/status").asText()).isEqualTo("IN_APPROVAL");
		assertThat(sent.at("/policy/approverUsername").asText()).isEqualTo("chief.saihan");
		assertThat(inInbox("chief.township", id)).isTrue();
		assertThat(inInbox("chief.saihan", id)).isFalse();

		// the county chief cannot decide before the opinions (409); the open opinion step is the township chief's (403)
		expect(409, api.as("chief.saihan").post("/api/policies/{id}/decision", Map.of("approve", true), id));
		expect(403, api.as("chief.saihan").post("/api/policies/{id}/opinion", Map.of("opinion", "同意"), id));
		expect(400, api.as("chief.township").post("/api/policies/{id}/opinion", Map.of("opinion", " "), id));
		expect(200, api.as("chief.township").post("/api/policies/{id}/opinion", Map.of("opinion", "同意, 建议加快排口整治"), id));

		assertThat(inInbox("chief.saihan", id)).isTrue();
		JsonNode approved = expect(200, api.as("chief.saihan").post("/api/policies/{id}/decision",
				Map.of("approve", true, "comment", "同意"), id)).body();
		assertThat(approved.at("/policy/status").asText()).isEqualTo("APPROVED");
		assertThat(approved.at("/opinions/0/username").asText()).isEqualTo("chief.township");
		assertThat(approved.at("/opinions/0/outcome").asText()).isEqualTo("GIVEN");

		// each unit sees its own task only
		List<Long> zhujian = taskIds("unit.zhujian", id);
		assertThat(zhujian).hasSize(1);
		assertThat(taskIds("unit.huanjing", id)).isEmpty();
		expect(404, api.as("unit.huanjing").get("/api/policies/{id}", id));
		JsonNode unitView = expect(200, api.as("unit.zhujian").get("/api/policies/{id}", id)).body();
		assertThat(unitView.get("items")).hasSize(1);
		expect(404, api.as("unit.huanjing").post("/api/policies/tasks/{t}/progress", Map.of("percent", 10), zhujian.get(0)));

		expect(200, api.as("unit.zhujian").post("/api/policies/tasks/{t}/progress", Map.of("percent", 50, "note", "过半"),
				zhujian.get(0)));
		expect(400, api.as("unit.zhujian").post("/api/policies/tasks/{t}/progress", Map.of("percent", 30), zhujian.get(0)));
		expect(400, api.as("unit.zhujian").post("/api/policies/tasks/{t}/progress", Map.of("percent", 130), zhujian.get(0)));
		expect(403, api.as("chief.saihan").post("/api/policies/tasks/{t}/progress", Map.of("percent", 60), zhujian.get(0)));
		JsonNode done = expect(200, api.as("unit.zhujian").post("/api/policies/tasks/{t}/progress",
				Map.of("percent", 100), zhujian.get(0))).body();
		assertThat(done.get("completedAt").isNull()).isFalse();
		assertThat(events.stream(PolicyTaskCompleted.class).filter(e -> e.taskId() == zhujian.get(0)))
			.singleElement().satisfies(e -> assertThat(e.onTime()).isTrue());

		// progress rolls up: (100 + 0) / 2 tasks
		JsonNode summary = expect(200, api.as("office.saihan").get("/api/policies/{id}", id)).body().get("policy");
		assertThat(summary.at("/progress/tasks").asInt()).isEqualTo(2);
		assertThat(summary.at("/progress/completed").asInt()).isEqualTo(1);
		assertThat(summary.at("/progress/percent").asInt()).isEqualTo(50);
	}

	List<Long> taskIds(String user, long policyId) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode t : expect(200, api.as(user).get("/api/policies/tasks")).body()) {
			if (t.get("policyId").asLong() == policyId) {
				ids.add(t.at("/task/id").asLong());
			}
		}
		return ids;
	}

	@Test
	void aReturnedPlanIsRedraftedAndAskedForOpinionsAgain() {
		long id = expect(201, api.as("office.hohhot").post("/api/policies", draft("DHH", null, 2031, today().plusDays(60))))
			.at("/policy/id").asLong();
		expect(200, api.as("office.hohhot").post("/api/policies/{id}/submit", "{}", id));
		expect(200, api.as("chief.saihan").post("/api/policies/{id}/opinion", Map.of("opinion", "同意"), id));
		assertThat(expect(400, api.as("chief.hohhot").post("/api/policies/{id}/decision", Map.of("approve", false), id))
			.fieldErrors()).containsExactly("comment");
		JsonNode returned = expect(200, api.as("chief.hohhot").post("/api/policies/{id}/decision",
				Map.of("approve", false, "comment", "目标须量化到断面"), id)).body();
		assertThat(returned.at("/policy/status").asText()).isEqualTo("DRAFT");
		assertThat(returned.at("/returnComment").asText()).isEqualTo("目标须量化到断面");
		assertThat(inInbox("office.hohhot", id)).isTrue();

		Map<String, Object> redraft = draft("DHH", null, 2031, today().plusDays(60));
		redraft.put("title", "大黑河一河一策（修改稿）");
		expect(200, api.as("office.hohhot").put("/api/policies/{id}", redraft, id));
		JsonNode again = expect(200, api.as("office.hohhot").post("/api/policies/{id}/submit", "{}", id)).body();
		assertThat(again.at("/policy/status").asText()).isEqualTo("IN_APPROVAL");
		assertThat(inInbox("chief.saihan", id)).isTrue();
		expect(200, api.as("chief.saihan").post("/api/policies/{id}/opinion", Map.of("opinion", "同意修改稿"), id));
		expect(200, api.as("chief.hohhot").post("/api/policies/{id}/decision", Map.of("approve", true), id));
		JsonNode detail = expect(200, api.as("office.hohhot").get("/api/policies/{id}", id)).body();
		assertThat(detail.at("/policy/status").asText()).isEqualTo("APPROVED");
		assertThat(detail.get("opinions")).hasSize(2);
		assertThat(detail.at("/opinions/1/round").asInt()).isEqualTo(2);

		// a revision is a new draft version; approving it supersedes the old one
		long v2 = expect(201, api.as("office.hohhot").post("/api/policies/{id}/revise", "{}", id)).at("/policy/id").asLong();
		expect(200, api.as("office.hohhot").post("/api/policies/{id}/submit", "{}", v2));
		expect(200, api.as("chief.saihan").post("/api/policies/{id}/opinion", Map.of("opinion", "同意"), v2));
		expect(200, api.as("chief.hohhot").post("/api/policies/{id}/decision", Map.of("approve", true), v2));
		assertThat(expect(200, api.as("office.hohhot").get("/api/policies/{id}", id)).at("/policy/status").asText())
			.isEqualTo("SUPERSEDED");
		assertThat(expect(200, api.as("office.hohhot").get("/api/policies/{id}", v2)).at("/policy/versionNo").asInt())
			.isEqualTo(2);
	}

	@Test
	void aCountyOfficeEditsOnlyItsOwnPlans() {
		long city = expect(201, api.as("office.hohhot").post("/api/policies", draft("XHH", null, 2036, today().plusDays(90))))
			.at("/policy/id").asLong();
		// the county office reads the city's plan of a river through its county, but edits it as unknown
		JsonNode read = expect(200, api.as("office.saihan").get("/api/policies/{id}", city)).body();
		assertThat(actions(read)).isEmpty();
		expect(404, api.as("office.saihan").put("/api/policies/{id}", draft("XHH", null, 2036, today()), city));
		expect(404, api.as("office.saihan").post("/api/policies/{id}/submit", "{}", city));
		assertThat(expect(400, api.as("office.saihan").post("/api/policies", draft("XHH", "150100", 2036, today())))
			.fieldErrors()).containsExactly("regionCode");
		// another league's office does not know it at all
		expect(404, api.as("office.wuqian").get("/api/policies/{id}", city));
		expect(404, api.as("office.wuqian").get("/api/policies?waterBodyId={b}", body("XHH")));
		expect(403, api.as("chief.hohhot").post("/api/policies", draft("XHH", null, 2037, today())));
		// sending needs measurable goals and tasks with unit and deadline
		Map<String, Object> thin = draft("XHH", "150105", 2041, today());
		thin.put("items", List.of(Map.of("kind", "GOAL", "content", "水质变好"), Map.of("kind", "TASK", "content", "整治")));
		long thinId = expect(201, api.as("office.saihan").post("/api/policies", thin)).at("/policy/id").asLong();
		assertThat(expect(400, api.as("office.saihan").post("/api/policies/{id}/submit", "{}", thinId)).fieldErrors())
			.containsExactlyInAnyOrder("items[0].targetValue", "items[0].targetDate", "items[1].unitOrgId",
					"items[1].deadline");
	}

	@Test
	void whenTheOpinionsAreOverdueTheMissingOneIsRecordedAndTheChiefDecides() {
		long id = expect(201, api.as("office.saihan").post("/api/policies", draft("XHH", "150105", 2046, today().plusDays(90))))
			.at("/policy/id").asLong();
		expect(200, api.as("office.saihan").post("/api/policies/{id}/submit", "{}", id));
		String pid = runtime.createProcessInstanceQuery().processInstanceBusinessKey("PL-" + id).singleResult().getId();
		clock.advance(Duration.ofDays(11));
		assertThat(jobs.runDueOf(pid)).isEqualTo(1);

		JsonNode detail = expect(200, api.as("chief.saihan").get("/api/policies/{id}", id)).body();
		assertThat(detail.at("/opinions/0/username").asText()).isEqualTo("chief.township");
		assertThat(detail.at("/opinions/0/outcome").asText()).isEqualTo("MISSED");
		assertThat(actions(detail)).contains("DECIDE");
		expect(409, api.as("chief.township").post("/api/policies/{id}/opinion", Map.of("opinion", "迟到的意见"), id));
		expect(200, api.as("chief.saihan").post("/api/policies/{id}/decision", Map.of("approve", true), id));
	}

	@Test
	void aTaskPastItsDeadlineIsFlaggedOverdueOnceAndSupervisionHearsOfIt() {
		long id = expect(201, api.as("office.saihan").post("/api/policies", draft("DHH", "150105", 2051, today().plusDays(2))))
			.at("/policy/id").asLong();
		expect(200, api.as("office.saihan").post("/api/policies/{id}/submit", "{}", id));
		expect(200, api.as("chief.saihan").post("/api/policies/{id}/decision", Map.of("approve", true), id));

		policies.flagOverdueTasks();
		assertThat(events.stream(PolicyTaskOverdue.class).filter(e -> e.policyId() == id)).isEmpty();
		clock.advance(Duration.ofDays(4));
		policies.flagOverdueTasks();
		policies.flagOverdueTasks();
		assertThat(events.stream(PolicyTaskOverdue.class).filter(e -> e.policyId() == id)).hasSize(2)
			.allSatisfy(e -> assertThat(e.regionCode()).isEqualTo("150105"));
		JsonNode summary = expect(200, api.as("office.saihan").get("/api/policies/{id}", id)).body().get("policy");
		assertThat(summary.at("/progress/overdue").asInt()).isEqualTo(2);
	}

	@Test
	void aSucceededChiefsOpenApprovalTaskMovesToHisSuccessor() {
		users.register(new UserDirectory.NewUser("chief.hohhot.next", Api.PASSWORD, "新任呼和浩特市河长", Role.CHIEF, "150100",
				null, "呼和浩特市河长", "0471-6000029", null));
		long id = expect(201, api.as("office.hohhot").post("/api/policies", draft("ZDGH", null, 2031, today().plusDays(60))))
			.at("/policy/id").asLong();
		expect(200, api.as("office.hohhot").post("/api/policies/{id}/submit", "{}", id));
		assertThat(inInbox("chief.hohhot", id)).isTrue();

		long appointment = 0;
		for (JsonNode a : expect(200, api.as("office.hohhot").get("/api/waterbodies/{b}/chiefs", body("ZDGH"))).body()) {
			if ("chief.hohhot".equals(a.path("username").asText()) && a.get("active").asBoolean()) {
				appointment = a.get("id").asLong();
			}
		}
		expect(201, api.as("office.hohhot").post("/api/waterbodies/appointments/{a}/succession",
				Map.of("personName", "新任呼和浩特市河长", "username", "chief.hohhot.next", "termStart", today().toString()),
				appointment));

		await().atMost(Duration.ofSeconds(20)).until(() -> inInbox("chief.hohhot.next", id));
		assertThat(inInbox("chief.hohhot", id)).isFalse();
		expect(403, api.as("chief.hohhot").post("/api/policies/{id}/decision", Map.of("approve", true), id));
		JsonNode approved = expect(200, api.as("chief.hohhot.next").post("/api/policies/{id}/decision",
				Map.of("approve", true), id)).body();
		assertThat(approved.at("/policy/status").asText()).isEqualTo("APPROVED");
	}
}
