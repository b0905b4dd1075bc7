package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No public answer — any endpoint under /api/public or /open311, JSON or XML — carries a reporter's name, phone or
 * e-mail, or an internal opinion, requirement or note. The test walks every public endpoint the application maps
 * (and fails when a new one is not walked), after cases from the portal and from Open311 went through triage,
 * assignment, progress, rectification and acceptance with distinctive internal texts.
 */
@IntegrationTest
class PublicPrivacyIT {
	static final String NAME = "隐私测试欧阳锋";
	static final String PHONE = "13987654321";
	static final String EMAIL = "ouyang.feng.secret@example.cn";
	static final String O311_FIRST = "慕容", O311_LAST = "复秘密";
	static final String O311_PHONE = "13811112222";
	static final String O311_EMAIL = "murong.fu@example.cn";
	static final List<String> INTERNAL = List.of("内部研判意见QX7", "内部整改要求QX7", "内部进展说明QX7", "内部整改说明QX7",
			"内部验收意见QX7");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Api api;

	@Autowired
	CaseQueries caseQueries;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPublicAnswerCarriesContactDataOrInternalOpinions() {
		PublicHttp http = new PublicHttp(mvc, json, PublicHttp.randomAddress());
		Map<String, PublicHttp.Result> answers = new LinkedHashMap<>();
		Set<String> walked = new TreeSet<>();

		// a portal report with contact data, also typed into its description
		Map<String, Object> report = new HashMap<>();
		report.put("clientId", UUID.randomUUID().toString());
		report.put("category", "OUTFALL");
		report.put("description", "排污口冒黑水, 请联系 " + PHONE + " 或 " + EMAIL + ", 我是" + NAME);
		report.put("address", "小黑河北岸 (" + NAME + " 家门口)");
		report.put("lat", new BigDecimal("40.8010"));
		report.put("lon", new BigDecimal("111.7030"));
		report.put("name", NAME);
		report.put("phone", PHONE);
		PublicHttp.Result posted = http.report(report, List.of(Api.photo("p.png")));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		answers.put("POST /api/public/cases", posted);
		walked.add("POST /api/public/cases");
		String portalCase = posted.json().get("caseNo").asText();

		// an Open311 request with contact data
		String key = api.as("admin").post("/api/publicity/api-keys", Map.of("name", "privacy app")).at("/key").asText();
		Map<String, String> tokens = new HashMap<>();
		List<String> open311Cases = new ArrayList<>();
		for (String fmt : List.of("json", "xml")) {
			PublicHttp.Result r = http.postForm("/open311/v2/requests." + fmt, "api_key", key, "service_code", "OUTFALL",
					"lat", "40.8011", "long", "111.7031", "first_name", O311_FIRST, "last_name", O311_LAST, "phone",
					O311_PHONE, "email", O311_EMAIL, "description", "管道排污 " + fmt, "device_id", "privacy-device-" + fmt);
			assertThat(r.status()).as(r.toString()).isEqualTo(201);
			answers.put("POST /open311/v2/requests." + fmt, r);
			String id = fmt.equals("json") ? r.json().get(0).get("service_request_id").asText()
					: r.xpath("/service_requests/request/service_request_id");
			tokens.put(fmt, fmt.equals("json") ? r.json().get(0).get("token").asText() : r.xpath("/service_requests/request/token"));
			open311Cases.add(id);
		}
		walked.add("POST /open311/v2/requests.{format}");

		// the office and the unit work on all three, with internal texts on every step
		long unit = orgs.unitsUnder("150000").stream().filter(o -> o.name().equals("赛罕区住房和城乡建设局")).findFirst()
			.orElseThrow().id();
		List<String> all = new ArrayList<>(open311Cases);
		all.add(portalCase);
		for (String caseNo : all) {
			long id = caseQueries.idByCaseNo(caseNo).orElseThrow();
			expect(api.as("office.saihan").post("/api/casework/cases/{id}/triage",
					Map.of("decision", "ACCEPT", "category", "OUTFALL", "severity", "GENERAL", "reason", INTERNAL.get(0)), id));
			expect(api.as("office.saihan").post("/api/casework/cases/{id}/assign",
					Map.of("unitId", unit, "requirement", INTERNAL.get(1), "urgency", "NORMAL"), id));
			expect(api.as("unit.zhujian").multipart("/api/casework/cases/{id}/progress", "progress",
					Map.of("note", INTERNAL.get(2)), List.of(), id));
		}
		long first = caseQueries.idByCaseNo(open311Cases.get(0)).orElseThrow();
		expect(api.as("unit.zhujian").multipart("/api/casework/cases/{id}/rectification", "rectification",
				Map.of("description", INTERNAL.get(3)), List.of(Api.photo("after.png")), first));
		expect(api.as("office.saihan").multipart("/api/casework/cases/{id}/acceptance", "acceptance",
				Map.of("passed", true, "opinion", INTERNAL.get(4)), List.of(), first));

		// every public read
		answers.put("GET /api/public/categories", http.get("/api/public/categories"));
		answers.put("GET /api/public/waterbodies", http.get("/api/public/waterbodies"));
		answers.put("GET /api/public/waterbodies/{code}", http.get("/api/public/waterbodies/XHH"));
		answers.put("GET /api/public/listed-cases", http.get("/api/public/listed-cases"));
		answers.put("GET /api/public/reaches/nearest", http.get("/api/public/reaches/nearest", "lat", "40.8010", "lon", "111.7030"));
		answers.put("GET /api/public/cases/{caseNo}", http.get("/api/public/cases/" + portalCase));
		answers.put("GET /api/public/cases/{caseNo} (open311)", http.get("/api/public/cases/" + open311Cases.get(0)));
		answers.put("GET /api/public/cases/nearby",
				http.get("/api/public/cases/nearby", "category", "OUTFALL", "lat", "40.8010", "lon", "111.7030"));
		for (String fmt : List.of("json", "xml")) {
			answers.put("GET discovery." + fmt, http.get("/open311/v2/discovery." + fmt));
			answers.put("GET services." + fmt, http.get("/open311/v2/services." + fmt));
			answers.put("GET services/{code}." + fmt, http.get("/open311/v2/services/OUTFALL." + fmt));
			answers.put("GET requests." + fmt, http.get("/open311/v2/requests." + fmt));
			answers.put("GET requests." + fmt + " extensions", http.get("/open311/v2/requests." + fmt, "extensions", "true"));
			answers.put("GET requests." + fmt + " ids", http.get("/open311/v2/requests." + fmt, "service_request_id",
					String.join(",", all), "extensions", "true"));
			for (String caseNo : all) {
				answers.put("GET requests/" + caseNo + "." + fmt,
						http.get("/open311/v2/requests/" + caseNo + "." + fmt, "extensions", "true"));
			}
			answers.put("GET tokens/{token}." + fmt, http.get("/open311/v2/tokens/" + tokens.get(fmt) + "." + fmt));
			answers.put("GET unknown." + fmt, http.get("/open311/v2/unknown." + fmt));
		}
		walked.addAll(List.of("GET /api/public/categories", "GET /api/public/waterbodies", "GET /api/public/waterbodies/{code}",
				"GET /api/public/reaches/nearest", "GET /api/public/listed-cases", "GET /api/public/cases/{caseNo}", "GET /api/public/cases/nearby",
				"GET /open311/v2/discovery.{format}", "GET /open311/v2/services.{format}",
				"GET /open311/v2/services/{code}.{format}", "GET /open311/v2/requests.{format}",
				"GET /open311/v2/requests/{id}.{format}", "GET /open311/v2/tokens/{token}.{format}", "* /open311/v2/**"));

		// water quality: the published black-odorous bodies and the half-year reports (the demo generates one)
		PublicHttp.Result boReports = http.get("/api/public/black-odorous/reports");
		String boReport = boReports.json().get(0).get("id").asText();
		answers.put("GET /api/public/black-odorous", http.get("/api/public/black-odorous"));
		answers.put("GET /api/public/black-odorous/reports", boReports);
		answers.put("GET /api/public/black-odorous/reports/{id}/data", http.get("/api/public/black-odorous/reports/" + boReport + "/data"));
		answers.put("GET /api/public/black-odorous/reports/{id}.pdf", http.get("/api/public/black-odorous/reports/" + boReport + ".pdf"));
		walked.addAll(List.of("GET /api/public/black-odorous", "GET /api/public/black-odorous/reports",
				"GET /api/public/black-odorous/reports/{id}/data", "GET /api/public/black-odorous/reports/{id}.pdf"));

		// the walk covers every public endpoint the application maps
		assertThat(walked).containsAll(publicEndpoints());

		// the answers carry the cases (so the check below looks at real content) ...
		assertThat(answers.get("GET /api/public/cases/{caseNo}").body()).contains(portalCase, "排污口冒黑水");
		assertThat(answers.get("GET requests.json ids").json()).hasSize(all.size());
		assertThat(answers.get("GET requests.xml ids").xpathAll("/service_requests/request")).hasSize(all.size());
		assertThat(answers.get("GET /api/public/cases/nearby").body()).contains(portalCase);
		// ... the reporter-typed text is masked ...
		assertThat(answers.get("GET /api/public/cases/{caseNo}").body()).contains("请联系 *** 或 ***, 我是***");
		// ... and no answer has contact data or an internal text
		List<String> secrets = new ArrayList<>(List.of(NAME, PHONE, EMAIL, O311_FIRST + " " + O311_LAST, O311_LAST, O311_PHONE,
				O311_EMAIL, "reporter", "opinion", "requirement"));
		secrets.addAll(INTERNAL);
		answers.forEach((what, r) -> {
			assertThat(r.status()).as(what + ": " + r).isLessThan(500);
			for (String secret : secrets) {
				assertThat(r.body()).as("%s must not contain %s", what, secret).doesNotContain(secret);
			}
		});
	}

	/** "METHOD pattern" of every handler under /api/public and /open311 ("*" for any method). */
	Set<String> publicEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/public/") || pattern.startsWith("/open311/")) {
					Set<?> methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						endpoints.add("* " + pattern);
					}
					methods.forEach(m -> endpoints.add(m + " " + pattern));
				}
			}
		});
		assertThat(endpoints).isNotEmpty();
		return endpoints;
	}

	static void expect(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
	}
}
