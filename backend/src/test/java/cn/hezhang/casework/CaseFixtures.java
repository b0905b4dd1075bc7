package cn.hezhang.casework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.mock.web.MockMultipartFile;

/** Builds cases through the API, step by step, as the demo users of 赛罕区 would. */
class CaseFixtures {
	static final String INSPECTOR = "inspector.saihan";
	static final String OFFICE = "office.saihan";
	static final String CHIEF = "chief.saihan";
	static final String UNIT = "unit.zhujian";
	static final String OTHER_UNIT = "unit.huanjing";

	private final Api api;
	private final WaterbodyCatalog waterbodies;
	private final OrgDirectory orgs;

	CaseFixtures(Api api, WaterbodyCatalog waterbodies, OrgDirectory orgs) {
		this.api = api;
		this.waterbodies = waterbodies;
		this.orgs = orgs;
	}

	long reach(String code) {
		return waterbodies.reachByCode(code).orElseThrow().id();
	}

	long unit(String name) {
		return orgs.unitsUnder("150000").stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
	}

	long zhujian() {
		return unit("赛罕区住房和城乡建设局");
	}

	Map<String, Object> report(String reachCode, String category) {
		Map<String, Object> r = new HashMap<>();
		r.put("clientId", UUID.randomUUID().toString());
		r.put("reachId", reach(reachCode));
		r.put("category", category);
		r.put("description", "小黑河右岸疑似排污口, 污水直排");
		r.put("lat", new BigDecimal("40.8012"));
		r.put("lon", new BigDecimal("111.7035"));
		return r;
	}

	Api.Response reportAs(String user, Map<String, Object> report, List<MockMultipartFile> photos) {
		return api.as(user).multipart("/api/casework/cases", "report", report, photos);
	}

	long reported() {
		Api.Response r = reportAs(INSPECTOR, report("XHH-150105", "OUTFALL"), List.of(Api.photo("before.png")));
		if (r.status() != 201) {
			throw new IllegalStateException(r.toString());
		}
		return r.id();
	}

	long accepted(String severity) {
		long id = reported();
		expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/triage",
				Map.of("decision", "ACCEPT", "category", "OUTFALL", "severity", severity), id));
		return id;
	}

	long rectifying(String severity) {
		long id = accepted(severity);
		expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/assign",
				Map.of("unitId", zhujian(), "requirement", "封堵排污口", "urgency", "URGENT"), id));
		return id;
	}

	long rectifyingUntil(Instant deadline) {
		long id = accepted("GENERAL");
		expect(200, api.as(OFFICE).post("/api/casework/cases/{id}/assign",
				Map.of("unitId", zhujian(), "requirement", "封堵排污口", "urgency", "URGENT", "deadline", deadline.toString()), id));
		return id;
	}

	long submitted(String severity) {
		long id = rectifying(severity);
		expect(200, api.as(UNIT).multipart("/api/casework/cases/{id}/rectification", "rectification",
				Map.of("description", "已封堵"), List.of(Api.photo("after.png")), id));
		return id;
	}

	static Api.Response expect(int status, Api.Response r) {
		if (r.status() != status) {
			throw new AssertionError("expected " + status + " but got " + r);
		}
		return r;
	}
}
