package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.PublicCaseQueries;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Contract tests of the Open311 GeoReport v2 endpoint: every method in both formats, the error cases with the
 * specification's codes, the list's date window and paging, and a request followed from POST to closed.
 */
@IntegrationTest
class Open311IT {
	static final String BASE = "/open311/v2";
	static String key;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Api api;

	@Autowired
	CaseQueries caseQueries;

	@Autowired
	PublicCaseQueries publicCases;

	@Autowired
	OrgDirectory orgs;

	@Autowired
	UserDirectory users;

	@Autowired
	MovableClock clock;

	@Autowired
	PublicitySettings settings;

	PublicHttp http;

	@BeforeEach
	void client() {
		http = new PublicHttp(mvc, json, PublicHttp.randomAddress());
		if (key == null) {
			key = issueKey("Open311IT 城市服务");
		}
	}

	String issueKey(String name) {
		Api.Response r = api.as("admin").post("/api/publicity/api-keys", Map.of("name", name, "contact", "it@example.cn"));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.at("/key").asText();
	}

	/** POSTs a valid request near 小黑河 (赛罕区) and answers its id. */
	String post(String fmt, String serviceCode, String description) {
		PublicHttp.Result r = http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", serviceCode,
				"lat", "40.8003", "long", "111.7020", "description", description, "address_string", "小黑河南岸");
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return fmt.equals("json") ? r.json().get(0).get("service_request_id").asText()
				: r.xpath("/service_requests/request/service_request_id");
	}

	static void assertXml(PublicHttp.Result r) {
		assertThat(r.contentType()).startsWith("text/xml");
		assertThat(r.body()).startsWith("<?xml");
	}

	static void assertJson(PublicHttp.Result r) {
		assertThat(r.contentType()).startsWith("application/json");
	}

	static void assertError(PublicHttp.Result r, String fmt, int status) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		if (fmt.equals("json")) {
			assertJson(r);
			assertThat(r.json().get(0).get("code").asInt()).isEqualTo(status);
			assertThat(r.json().get(0).get("description").asText()).isNotBlank();
		}
		else {
			assertXml(r);
			assertThat(r.xpath("/errors/error/code")).isEqualTo(String.valueOf(status));
			assertThat(r.xpath("/errors/error/description")).isNotBlank();
		}
	}

	static List<String> ids(PublicHttp.Result r, String fmt) {
		if (fmt.equals("xml")) {
			return r.xpathAll("/service_requests/request/service_request_id");
		}
		List<String> ids = new ArrayList<>();
		r.json().forEach(n -> ids.add(n.get("service_request_id").asText()));
		return ids;
	}

	static String w3c(Instant instant) {
		return instant.atOffset(ZoneOffset.ofHours(8)).toString();
	}

	// ------------------------------------------------------------------ discovery and services

	@Test
	void discoveryNamesTheEndpointItsFormatsAndTheKeyService() {
		PublicHttp.Result j = http.get(BASE + "/discovery.json");
		assertThat(j.status()).isEqualTo(200);
		assertJson(j);
		JsonNode endpoint = j.json().get("endpoints").get(0);
		assertThat(endpoint.get("url").asText()).endsWith("/open311/v2");
		assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.get("type").asText()).isEqualTo("production");
		assertThat(endpoint.get("formats")).extracting(JsonNode::asText).containsExactly("text/xml", "application/json");
		assertThat(j.json().get("key_service").asText()).isNotBlank();
		assertThat(j.json().get("contact").asText()).contains("12369");

		PublicHttp.Result x = http.get(BASE + "/discovery.xml");
		assertThat(x.status()).isEqualTo(200);
		assertXml(x);
		assertThat(x.xpathAll("/discovery/endpoints/endpoint/formats/format")).containsExactly("text/xml", "application/json");
		assertThat(x.xpath("/discovery/endpoints/endpoint/url")).endsWith("/open311/v2");
		assertThat(x.xpath("/discovery/changeset")).isEqualTo(settings.open311().changeset());
	}

	@Test
	void servicesAreThePublicCategoriesInBothFormats() {
		List<String> publicCodes = publicCases.publicCategories().stream().map(PublicCaseQueries.PublicCategory::code).toList();
		PublicHttp.Result j = http.get(BASE + "/services.json");
		assertThat(j.status()).isEqualTo(200);
		List<String> codes = new ArrayList<>();
		j.json().forEach(s -> codes.add(s.get("service_code").asText()));
		assertThat(codes).containsExactlyElementsOf(publicCodes).contains("OUTFALL");
		JsonNode outfall = j.json().get(codes.indexOf("OUTFALL"));
		assertThat(outfall.get("service_name").asText()).isEqualTo("排污口");
		assertThat(outfall.get("metadata").asBoolean()).isTrue();
		assertThat(outfall.get("type").asText()).isEqualTo("realtime");

		PublicHttp.Result x = http.get(BASE + "/services.xml");
		assertXml(x);
		assertThat(x.xpathAll("/services/service/service_code")).containsExactlyElementsOf(publicCodes);
		assertThat(x.xpath("/services/service[service_code='OUTFALL']/metadata")).isEqualTo("true");
	}

	@Test
	void aServiceDefinitionOffersTheWaterBodyAndTheReach() {
		PublicHttp.Result j = http.get(BASE + "/services/GARBAGE.json");
		assertThat(j.status()).isEqualTo(200);
		assertThat(j.json().get("service_code").asText()).isEqualTo("GARBAGE");
		JsonNode waterBody = j.json().get("attributes").get(0);
		assertThat(waterBody.get("code").asText()).isEqualTo("water_body");
		assertThat(waterBody.get("datatype").asText()).isEqualTo("singlevaluelist");
		assertThat(waterBody.get("required").asBoolean()).isFalse();
		List<String> keys = new ArrayList<>();
		waterBody.get("values").forEach(v -> keys.add(v.get("key").asText()));
		assertThat(keys).contains("HLH", "WLSH", "DH", "XHH");
		assertThat(j.json().get("attributes").get(1).get("code").asText()).isEqualTo("reach");

		PublicHttp.Result x = http.get(BASE + "/services/GARBAGE.xml");
		assertXml(x);
		assertThat(x.xpathAll("/service_definition/attributes/attribute/code")).containsExactly("water_body", "reach");
		assertThat(x.xpath("/service_definition/attributes/attribute[code='water_body']/values/value[key='HLH']/name"))
			.isEqualTo("呼伦湖");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void anUnknownServiceCodeIs404(String fmt) {
		assertError(http.get(BASE + "/services/NO_SUCH_THING." + fmt), fmt, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void anotherJurisdictionIs404AndAnEmptyOneCountsAsAbsent(String fmt) {
		assertError(http.get(BASE + "/services." + fmt, "jurisdiction_id", "somewhere.else"), fmt, 404);
		assertThat(http.get(BASE + "/services." + fmt, "jurisdiction_id", "").status()).isEqualTo(200);
		assertThat(http.get(BASE + "/services." + fmt, "jurisdiction_id", settings.open311().jurisdictionId()).status())
			.isEqualTo(200);
	}

	@Test
	void anUnknownFormatOrMethodIsAnOpen311NotFound() {
		assertError(http.get(BASE + "/services.html"), "xml", 404);
		assertError(http.get(BASE + "/nothing.json"), "json", 404);
	}

	// ------------------------------------------------------------------ POST requests

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aPostWithAValidKeyOpensAnOpen311CaseAwaitingTriage(String fmt) {
		PublicHttp.Result r = http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", "GARBAGE", "lat",
				"40.8003", "long", "111.7020", "description", "河边有垃圾 " + fmt, "first_name", "李", "last_name", "四",
				"email", "li.si@example.cn", "phone", "13900002222", "media_url", "https://app.example.cn/p/1.jpg");
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		String id, token;
		if (fmt.equals("json")) {
			assertJson(r);
			id = r.json().get(0).get("service_request_id").asText();
			token = r.json().get(0).get("token").asText();
			assertThat(r.json().get(0).get("service_notice").asText()).contains("工作日");
		}
		else {
			assertXml(r);
			id = r.xpath("/service_requests/request/service_request_id");
			token = r.xpath("/service_requests/request/token");
		}
		assertThat(id).matches("HZ\\d{4}-\\d{7}");
		assertThat(token).isNotBlank();

		var c = publicCases.byCaseNo(id, java.util.Set.of(CaseSource.OPEN311)).orElseThrow();
		assertThat(c.status().name()).isEqualTo("REPORTED");
		assertThat(c.category()).isEqualTo("GARBAGE");
		assertThat(c.regionCode()).isEqualTo("150105");
		// the office of 赛罕区 sees it in its triage list
		long caseId = caseQueries.idByCaseNo(id).orElseThrow();
		assertThat(api.as("office.saihan").get("/api/casework/cases/{id}", caseId).at("/actions").toString()).contains("TRIAGE");

		PublicHttp.Result one = http.get(BASE + "/requests/" + id + ".json");
		assertThat(one.json().get(0).get("status").asText()).isEqualTo("open");
		assertThat(one.json().get(0).get("media_url").asText()).isEqualTo("https://app.example.cn/p/1.jpg");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aMissingServiceCodeIs400(String fmt) {
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", key, "lat", "40.8", "long", "111.7",
				"description", "无类别"), fmt, 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aMissingOrUnknownApiKeyIs403(String fmt) {
		assertError(http.postForm(BASE + "/requests." + fmt, "service_code", "GARBAGE", "lat", "40.8", "long", "111.7"),
				fmt, 403);
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", "hz311_not-a-key-we-ever-issued-000",
				"service_code", "GARBAGE", "lat", "40.8", "long", "111.7"), fmt, 403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aRevokedApiKeyIs403AndCreatesNothing(String fmt) {
		String revoked = issueKey("revoked app " + fmt);
		long id = api.as("admin").get("/api/publicity/api-keys?size=100").at("/items/0/id").asLong();
		assertThat(api.as("admin").post("/api/publicity/api-keys/{id}/revoke", "{}", id).at("/active").asBoolean()).isFalse();
		long before = caseQueries.list(cn.hezhang.security.DataScope.everything(), cn.hezhang.casework.CaseFilter.none(), 0, 1).total();
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", revoked, "service_code", "GARBAGE", "lat",
				"40.8003", "long", "111.7020", "description", "吊销后"), fmt, 403);
		assertThat(caseQueries.list(cn.hezhang.security.DataScope.everything(), cn.hezhang.casework.CaseFilter.none(), 0, 1)
			.total()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void anUnknownServiceCodeInAPostIs404(String fmt) {
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", "NO_SUCH", "lat", "40.8",
				"long", "111.7"), fmt, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aPostWithoutALocationOrWithHtmlIs400(String fmt) {
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", "GARBAGE",
				"address_string", "小黑河"), fmt, 400);
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", "GARBAGE", "lat", "40.8",
				"long", "111.7", "description", "<script>alert(1)</script>"), fmt, 400);
		assertError(http.postForm(BASE + "/requests." + fmt, "api_key", key, "service_code", "GARBAGE", "lat", "north",
				"long", "111.7"), fmt, 400);
	}

	@Test
	void aReachAttributeLocatesARequestWithoutCoordinates() {
		PublicHttp.Result r = http.postForm(BASE + "/requests.json", "api_key", key, "service_code", "FLOATING_DEBRIS",
				"attribute[reach]", "HLH-150727", "description", "湖面漂浮物");
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		var c = publicCases.byCaseNo(r.json().get(0).get("service_request_id").asText(), PublicReports.PUBLIC_SOURCES).orElseThrow();
		assertThat(c.reachName()).isEqualTo("呼伦湖新巴尔虎右旗湖区");
		assertThat(c.lat()).isEqualByComparingTo("48.90");
	}

	@Test
	void aWaterBodyAttributePutsTheRequestOnThatWaterBody() {
		PublicHttp.Result r = http.postForm(BASE + "/requests.json", "api_key", key, "service_code", "GARBAGE",
				"attribute[water_body]", "DHH", "lat", "40.7405", "long", "111.7800", "description", "大黑河边垃圾");
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		var c = publicCases.byCaseNo(r.json().get(0).get("service_request_id").asText(), PublicReports.PUBLIC_SOURCES).orElseThrow();
		assertThat(c.waterBodyName()).isEqualTo("大黑河");
		assertThat(c.reachName()).isEqualTo("大黑河赛罕区段");
		assertError(http.postForm(BASE + "/requests.json", "api_key", key, "service_code", "GARBAGE",
				"attribute[water_body]", "NO_SUCH_BODY", "lat", "40.7405", "long", "111.7800"), "json", 400);
	}

	// ------------------------------------------------------------------ tokens and single requests

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aTokenLeadsToItsRequestAndAnUnknownTokenIs404(String fmt) {
		PublicHttp.Result posted = http.postForm(BASE + "/requests.json", "api_key", key, "service_code", "OTHER", "lat",
				"40.8003", "long", "111.7020", "description", "token test");
		String id = posted.json().get(0).get("service_request_id").asText();
		String token = posted.json().get(0).get("token").asText();
		PublicHttp.Result r = http.get(BASE + "/tokens/" + token + "." + fmt);
		assertThat(r.status()).isEqualTo(200);
		if (fmt.equals("json")) {
			assertThat(r.json().get(0).get("service_request_id").asText()).isEqualTo(id);
			assertThat(r.json().get(0).get("token").asText()).isEqualTo(token);
		}
		else {
			assertThat(r.xpath("/service_requests/request/service_request_id")).isEqualTo(id);
		}
		assertError(http.get(BASE + "/tokens/00000000-0000-0000-0000-000000000000." + fmt), fmt, 404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void oneRequestInBothFormatsAndAnUnknownOneIs404(String fmt) {
		String id = post("json", "GARBAGE", "单个查询 " + fmt);
		PublicHttp.Result r = http.get(BASE + "/requests/" + id + "." + fmt);
		assertThat(r.status()).isEqualTo(200);
		if (fmt.equals("json")) {
			JsonNode req = r.json().get(0);
			assertThat(req.get("service_request_id").asText()).isEqualTo(id);
			assertThat(req.get("status").asText()).isEqualTo("open");
			assertThat(req.get("status_notes").asText()).startsWith("REPORTED");
			assertThat(req.get("service_code").asText()).isEqualTo("GARBAGE");
			assertThat(req.get("service_name").asText()).isEqualTo("垃圾");
			assertThat(req.get("description").asText()).isEqualTo("单个查询 json");
			assertThat(req.get("lat").decimalValue()).isEqualByComparingTo("40.8003");
			assertThat(req.get("long").decimalValue()).isEqualByComparingTo("111.7020");
			assertThat(req.get("address").asText()).isEqualTo("小黑河南岸");
			assertThat(req.get("agency_responsible").isNull()).isTrue();
			assertThat(req.get("expected_datetime").isNull()).isTrue();
			// W3C with the Beijing offset
			assertThat(req.get("requested_datetime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00");
			assertThat(req.has("zipcode") && req.has("address_id") && req.has("media_url")).isTrue();
		}
		else {
			assertThat(r.xpath("/service_requests/request/service_request_id")).isEqualTo(id);
			assertThat(r.xpath("/service_requests/request/status")).isEqualTo("open");
			assertThat(r.xpath("/service_requests/request/requested_datetime")).endsWith("+08:00");
			assertThat(r.xpathAll("/service_requests/request/zipcode")).hasSize(1);
		}
		assertError(http.get(BASE + "/requests/HZ1999-9999999." + fmt), fmt, 404);
	}

	@Test
	void casesReportedByStaffAreNotOpen311Requests() {
		// the demo's inspector reports exist, but are internal
		String staffCase = caseQueries.list(cn.hezhang.security.DataScope.everything(),
				new cn.hezhang.casework.CaseFilter(null, "OUTFALL", null, "150105", null, null, null, null, null, null), 0, 50)
			.items().stream().filter(s -> s.source() == CaseSource.INSPECTOR).findFirst().orElseThrow().caseNo();
		assertError(http.get(BASE + "/requests/" + staffCase + ".json"), "json", 404);
		assertThat(ids(http.get(BASE + "/requests.json", "service_request_id", staffCase), "json")).isEmpty();
	}

	// ------------------------------------------------------------------ GET requests: filters and the window

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void theDefaultListShowsTheLast90DaysNewestFirst(String fmt) {
		String older = post("json", "GARBAGE", "list older " + fmt);
		clock.advance(Duration.ofSeconds(2));
		String newer = post("json", "GARBAGE", "list newer " + fmt);
		List<String> ids = ids(http.get(BASE + "/requests." + fmt), fmt);
		assertThat(ids).contains(older, newer);
		assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
	}

	@Test
	void aStartDateAloneReachesNinetyDaysForwardAndAnEndDateAloneNinetyDaysBack() {
		String id = post("json", "GARBAGE", "window");
		Instant now = clock.instant();
		// [now-100d, now-10d]: the new request lies after the window
		assertThat(ids(http.get(BASE + "/requests.json", "start_date", w3c(now.minus(Duration.ofDays(100)))), "json"))
			.doesNotContain(id);
		// [now-89d, now+1d]
		assertThat(ids(http.get(BASE + "/requests.json", "start_date", w3c(now.minus(Duration.ofDays(89)))), "json"))
			.contains(id);
		// [now-91d, now-1d]
		assertThat(ids(http.get(BASE + "/requests.json", "end_date", w3c(now.minus(Duration.ofDays(1)))), "json"))
			.doesNotContain(id);
		// [now-89d, now+1d]
		assertThat(ids(http.get(BASE + "/requests.xml", "end_date", w3c(now.plus(Duration.ofDays(1)))), "xml")).contains(id);
		// both, 89 days apart around now
		assertThat(ids(http.get(BASE + "/requests.json", "start_date", w3c(now.minus(Duration.ofDays(88))), "end_date",
				w3c(now.plus(Duration.ofDays(1)))), "json")).contains(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void aWindowOfMoreThanNinetyDaysOrBackwardsOrUnreadableIs400(String fmt) {
		Instant now = clock.instant();
		assertError(http.get(BASE + "/requests." + fmt, "start_date", w3c(now.minus(Duration.ofDays(91))), "end_date",
				w3c(now)), fmt, 400);
		assertError(http.get(BASE + "/requests." + fmt, "start_date", w3c(now), "end_date",
				w3c(now.minus(Duration.ofDays(1)))), fmt, 400);
		assertError(http.get(BASE + "/requests." + fmt, "start_date", "last tuesday"), fmt, 400);
		assertError(http.get(BASE + "/requests." + fmt, "status", "pending"), fmt, 400);
		// exactly 90 days is allowed
		assertThat(http.get(BASE + "/requests." + fmt, "start_date", w3c(now.minus(Duration.ofDays(90))), "end_date",
				w3c(now)).status()).isEqualTo(200);
	}

	@Test
	void serviceRequestIdsOverrideEveryOtherFilter() {
		String a = post("json", "GARBAGE", "ids a");
		String b = post("json", "OTHER", "ids b");
		Instant now = clock.instant();
		PublicHttp.Result r = http.get(BASE + "/requests.json", "service_request_id", a + "," + b, "service_code",
				"OUTFALL", "status", "closed", "start_date", w3c(now.minus(Duration.ofDays(300))), "end_date",
				w3c(now.minus(Duration.ofDays(290))));
		assertThat(r.status()).isEqualTo(200);
		assertThat(ids(r, "json")).containsExactlyInAnyOrder(a, b);
	}

	@Test
	void serviceCodeAndStatusFilter() {
		String garbage = post("json", "GARBAGE", "filter garbage");
		String other = post("json", "OTHER", "filter other");
		List<String> onlyOther = ids(http.get(BASE + "/requests.json", "service_code", "OTHER"), "json");
		assertThat(onlyOther).contains(other).doesNotContain(garbage);
		List<String> both = ids(http.get(BASE + "/requests.json", "service_code", "OTHER,GARBAGE"), "json");
		assertThat(both).contains(other, garbage);
		assertThat(ids(http.get(BASE + "/requests.json", "status", "closed"), "json")).doesNotContain(garbage);
		assertThat(ids(http.get(BASE + "/requests.json", "status", "open"), "json")).contains(garbage);
		assertThat(ids(http.get(BASE + "/requests.json", "status", "open,closed"), "json")).contains(garbage);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xml", "json" })
	void pagesOfAtMostOneThousand(String fmt) {
		post("json", "GARBAGE", "page 1");
		post("json", "GARBAGE", "page 2");
		List<String> first = ids(http.get(BASE + "/requests." + fmt, "page_size", "1"), fmt);
		List<String> second = ids(http.get(BASE + "/requests." + fmt, "page_size", "1", "page", "2"), fmt);
		assertThat(first).hasSize(1);
		assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
		assertThat(ids(http.get(BASE + "/requests." + fmt, "page_size", "2"), fmt)).containsExactly(first.get(0), second.get(0));
		assertError(http.get(BASE + "/requests." + fmt, "page_size", "1001"), fmt, 400);
		assertError(http.get(BASE + "/requests." + fmt, "page", "0"), fmt, 400);
	}

	// ------------------------------------------------------------------ followed to closed

	@Test
	void aThirdPartyClientFollowsItsRequestToClosed() {
		String id = post("json", "GARBAGE", "跟踪到办结");
		long caseId = caseQueries.idByCaseNo(id).orElseThrow();
		long unit = orgs.unitsUnder("150000").stream().filter(o -> o.name().equals("赛罕区住房和城乡建设局")).findFirst()
			.orElseThrow().id();

		assertThat(api.as("office.saihan").post("/api/casework/cases/{id}/triage",
				Map.of("decision", "ACCEPT", "category", "GARBAGE", "severity", "GENERAL", "reason", "内部意见: 属实"), caseId)
			.status()).isEqualTo(200);
		JsonNode accepted = http.get(BASE + "/requests/" + id + ".json", "extensions", "true").json().get(0);
		assertThat(accepted.get("status").asText()).isEqualTo("open");
		assertThat(accepted.get("status_notes").asText()).startsWith("ACCEPTED").contains("已受理");

		Api.Response assigned = api.as("office.saihan").post("/api/casework/cases/{id}/assign",
				Map.of("unitId", unit, "requirement", "内部要求: 清运垃圾", "urgency", "NORMAL"), caseId);
		assertThat(assigned.status()).isEqualTo(200);
		Instant deadline = Instant.parse(assigned.at("/deadline").asText());
		JsonNode rectifying = http.get(BASE + "/requests/" + id + ".json", "extensions", "true").json().get(0);
		assertThat(rectifying.get("status").asText()).isEqualTo("open");
		assertThat(rectifying.get("status_notes").asText()).startsWith("RECTIFYING");
		assertThat(rectifying.get("agency_responsible").asText()).isEqualTo("赛罕区住房和城乡建设局");
		assertThat(OffsetDateTime.parse(rectifying.get("expected_datetime").asText()).toInstant())
			.isEqualTo(deadline.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(rectifying.get("expected_datetime").asText()).endsWith("+08:00");
		assertThat(rectifying.get("notes")).extracting(n -> n.get("summary").asText())
			.containsExactly("已收到", "已受理", "已交办责任单位整改");

		assertThat(api.as("unit.zhujian").multipart("/api/casework/cases/{id}/rectification", "rectification",
				Map.of("description", "已清运"), List.of(Api.photo("after.png")), caseId).status()).isEqualTo(200);
		assertThat(api.as("office.saihan").multipart("/api/casework/cases/{id}/acceptance", "acceptance",
				Map.of("passed", true, "opinion", "内部验收意见"), List.of(), caseId).status()).isEqualTo(200);

		PublicHttp.Result closed = http.get(BASE + "/requests/" + id + ".xml", "extensions", "true");
		assertThat(closed.xpath("/service_requests/request/status")).isEqualTo("closed");
		assertThat(closed.xpath("/service_requests/request/status_notes")).startsWith("CLOSED");
		assertThat(closed.xpathAll("/service_requests/request/notes/note/summary")).contains("已办结");
		assertThat(closed.body()).doesNotContain("内部意见", "内部要求", "内部验收意见");
		assertThat(ids(http.get(BASE + "/requests.json", "status", "closed"), "json")).contains(id);
	}
}
