package cn.hezhang.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox reads two halves (tasks assigned to the user, tasks offered to his groups) and merges them: its pages
 * must be the same as one list read at once, in due order, every task once.
 */
@IntegrationTest
class InboxIT {
	@Autowired
	Api api;

	@Autowired
	cn.hezhang.region.OrgDirectory orgs;

	@Autowired
	cn.hezhang.support.MovableClock clock;

	@Test
	void pagesOfTheMergedInboxAreSlicesOfOneListInDueOrder() {
		// a plan sent for approval: the lower-level chiefs' opinion tasks are assigned to them by name, beside whatever
		// their groups are offered
		Map<String, Object> draft = new java.util.HashMap<>();
		draft.put("waterBodyId", waterBody("DHH"));
		draft.put("periodFrom", 2036);
		draft.put("periodTo", 2040);
		draft.put("title", "大黑河一河一策 (收件箱测试)");
		long unit = orgs.unitsUnder("150105").stream().filter(o -> o.name().equals("赛罕区住房和城乡建设局"))
			.findFirst().orElseThrow().id();
		String deadline = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(60).toString();
		draft.put("items", List.of(Map.of("kind", "PROBLEM", "content", "沿岸生活污水直排"),
				Map.of("kind", "GOAL", "content", "氨氮达标", "indicator", "NH3N", "comparator", "LE", "targetValue", 1.5,
						"targetDate", "2037-12-31"),
				Map.of("kind", "TASK", "content", "截污纳管改造", "unitOrgId", unit, "deadline", deadline),
				Map.of("kind", "MEASURE", "content", "雨污分流"),
				Map.of("kind", "RESPONSIBILITY", "content", "区政府统筹", "person", "区长")));
		Api.Response created = api.as("office.hohhot").post("/api/policies", draft);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long policy = created.at("/policy/id").asLong();
		Api.Response submitted = api.as("office.hohhot").post("/api/policies/{id}/submit", "{}", policy);
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

		for (String user : List.of("chief.saihan", "chief.hohhot", "office.saihan", "unit.zhujian", "inspector.saihan")) {
			JsonNode all = api.as(user).get("/api/inbox?size=100").body();
			List<String> ids = ids(all.get("items"));
			assertThat(ids).as(user + ": every task once").doesNotHaveDuplicates();
			List<Instant> due = new ArrayList<>();
			all.get("items").forEach(i -> due.add(i.get("due").isNull() ? Instant.MIN : Instant.parse(i.get("due").asText())));
			assertThat(due).as(user + ": due order").isSorted();
			assertThat(all.get("total").asLong()).as(user).isGreaterThanOrEqualTo(ids.size());
			if (all.get("total").asLong() <= 100) {
				assertThat(ids).as(user + ": the whole inbox").hasSize(all.get("total").asInt());
			}
			assertThat(api.as(user).get("/api/inbox/count").at("/count").asLong()).as(user + ": the bell")
				.isEqualTo(all.get("total").asLong());

			List<String> paged = new ArrayList<>();
			for (int page = 0; page < 3; page++) {
				JsonNode p = api.as(user).get("/api/inbox?size=2&page=" + page).body();
				assertThat(p.get("total").asLong()).as(user + " page " + page).isEqualTo(all.get("total").asLong());
				paged.addAll(ids(p.get("items")));
			}
			assertThat(paged).as(user + ": pages of 2 = the first 6 of the whole list")
				.containsExactlyElementsOf(ids.subList(0, Math.min(6, ids.size())));
		}
		// the assigned half is in it: 赛罕区's chief is asked for his opinion on the plan (assigned to him by name)
		assertThat(api.as("chief.saihan").get("/api/inbox?size=100&processKey=PolicyApprovalProcess").body().get("items"))
			.anyMatch(i -> i.get("link").asText().equals("/policies/" + policy));
	}

	long waterBody(String code) {
		for (JsonNode b : api.as("admin").get("/api/waterbodies?q=" + code + "&size=200").body().get("items")) {
			if (b.get("code").asText().equals(code)) {
				return b.get("id").asLong();
			}
		}
		throw new AssertionError("no water body " + code);
	}

	static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach(i -> ids.add(i.get("taskId").asText()));
		return ids;
	}
}
