package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal without login: reporting a problem, its status page, the limits, and the map's data. */
@IntegrationTest
class PublicPortalIT {
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
	PublicitySettings settings;

	@Autowired
	JdbcTemplate jdbc;

	PublicHttp http;

	@BeforeEach
	void client() {
		http = new PublicHttp(mvc, json, PublicHttp.randomAddress());
	}

	/** A report on 小黑河赛罕区段 (reach centre 40.80, 111.70), anonymous, without a chosen water body. */
	static Map<String, Object> report(String category, String description) {
		Map<String, Object> r = new HashMap<>();
		r.put("clientId", UUID.randomUUID().toString());
		r.put("category", category);
		r.put("description", description);
		r.put("lat", new BigDecimal("40.8006"));
		r.put("lon", new BigDecimal("111.7011"));
		return r;
	}

	PublicHttp.Result reported(Map<String, Object> report) {
		PublicHttp.Result r = http.report(report, List.of(Api.photo("river.png")));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r;
	}

	long cases() {
		return jdbc.queryForObject("select count(*) from cw_case", Long.class);
	}

	long files() {
		return jdbc.queryForObject("select count(*) from md_file", Long.class);
	}

	long submissions() {
		return jdbc.queryForObject("select count(*) from pb_submission", Long.class);
	}

	long caseId(String caseNo) {
		return caseQueries.idByCaseNo(caseNo).orElseThrow();
	}

	// ------------------------------------------------------------------ reporting and following

	@Test
	void anAnonymousReportWithAPhotoGetsATrackingNumberAndWaitsForTheCountyOffice() {
		PublicHttp.Result r = reported(report("GARBAGE", "桥下堆了很多垃圾"));
		String caseNo = r.json().get("caseNo").asText();
		assertThat(caseNo).matches("HZ\\d{4}-\\d{7}");
		assertThat(r.json().get("statusPath").asText()).isEqualTo("/public/cases/" + caseNo);

		JsonNode status = http.get("/api/public/cases/" + caseNo).json();
		assertThat(status.get("stage").asText()).isEqualTo("RECEIVED");
		assertThat(status.get("reachName").asText()).isEqualTo("小黑河赛罕区段");
		assertThat(status.get("categoryNameZh").asText()).isEqualTo("垃圾");
		assertThat(status.get("notes")).extracting(n -> n.get("note").asText()).containsExactly("已收到");

		JsonNode internal = api.as("office.saihan").get("/api/casework/cases/{id}", caseId(caseNo)).body();
		assertThat(internal.get("source").asText()).isEqualTo("PUBLIC");
		assertThat(internal.get("actions").toString()).contains("TRIAGE");
		assertThat(internal.get("photos")).hasSize(1);
		assertThat(internal.get("reporterName").isNull()).isTrue();
	}

	@Test
	void theStatusPageShowsTheOfficesStepsAsPublicStages() {
		String caseNo = reported(report("FLOATING_DEBRIS", "河面漂浮泡沫")).json().get("caseNo").asText();
		long id = caseId(caseNo);
		long unit = orgs.unitsUnder("150000").stream().filter(o -> o.name().equals("赛罕区住房和城乡建设局")).findFirst()
			.orElseThrow().id();
		assertThat(api.as("office.saihan").post("/api/casework/cases/{id}/triage",
				Map.of("decision", "ACCEPT", "category", "FLOATING_DEBRIS", "severity", "GENERAL"), id).status()).isEqualTo(200);
		assertThat(http.get("/api/public/cases/" + caseNo).json().get("stage").asText()).isEqualTo("ACCEPTED");
		assertThat(api.as("office.saihan").post("/api/casework/cases/{id}/assign",
				Map.of("unitId", unit, "requirement", "打捞", "urgency", "NORMAL"), id).status()).isEqualTo(200);
		JsonNode status = http.get("/api/public/cases/" + caseNo).json();
		assertThat(status.get("stage").asText()).isEqualTo("RECTIFYING");
		assertThat(status.get("unitName").asText()).isEqualTo("赛罕区住房和城乡建设局");
		assertThat(status.get("deadline").isNull()).isFalse();
		assertThat(status.get("notes")).extracting(n -> n.get("note").asText())
			.containsExactly("已收到", "已受理", "已交办责任单位整改");
	}

	@Test
	void aRejectedReportIsClosedWithItsPublicNote() {
		String caseNo = reported(report("OTHER", "不是问题的问题")).json().get("caseNo").asText();
		assertThat(api.as("office.saihan").post("/api/casework/cases/{id}/triage",
				Map.of("decision", "REJECT", "rejectKind", "INVALID", "reason", "内部: 经核实无此问题"), caseId(caseNo)).status())
			.isEqualTo(200);
		JsonNode status = http.get("/api/public/cases/" + caseNo).json();
		assertThat(status.get("stage").asText()).isEqualTo("CLOSED");
		assertThat(status.get("rejected").asBoolean()).isTrue();
		assertThat(status.toString()).contains("经核实不予受理").doesNotContain("内部: 经核实无此问题");
	}

	@Test
	void resendingTheSameClientIdAnswersTheFirstNumberAndStoresNothingNew() {
		Map<String, Object> report = report("GARBAGE", "重发测试");
		PublicHttp.Result first = reported(report);
		long cases = cases();
		PublicHttp.Result again = http.report(report, List.of(Api.photo("river.png")));
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("caseNo").asText()).isEqualTo(first.json().get("caseNo").asText());
		assertThat(again.json().get("created").asBoolean()).isFalse();
		assertThat(cases()).isEqualTo(cases);
	}

	@Test
	void aChosenWaterBodyTakesItsNearestReachAndAFarPointWithoutOneIsRefused() {
		Map<String, Object> onDahei = report("GARBAGE", "大黑河边");
		onDahei.put("waterBodyId", api.as("admin").get("/api/public/waterbodies/DHH").at("/waterBody/id").asLong());
		onDahei.put("lat", new BigDecimal("40.68"));
		onDahei.put("lon", new BigDecimal("111.31"));
		String caseNo = reported(onDahei).json().get("caseNo").asText();
		assertThat(http.get("/api/public/cases/" + caseNo).json().get("reachName").asText()).isEqualTo("大黑河土默特左旗段");

		Map<String, Object> nowhere = report("GARBAGE", "戈壁里");
		nowhere.put("lat", new BigDecimal("42.5"));
		nowhere.put("lon", new BigDecimal("101.0"));
		PublicHttp.Result r = http.report(nowhere, List.of());
		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).containsExactly("waterBodyId");
	}

	@Test
	void badInputNamesItsFieldsAndStoresNothing() {
		long cases = cases();
		Map<String, Object> bad = report("NO_SUCH_CATEGORY", "x".repeat(settings.reports().maxDescriptionLength() + 1));
		bad.remove("lat");
		bad.put("phone", "call me maybe");
		PublicHttp.Result r = http.report(bad, List.of());
		assertThat(r.status()).isEqualTo(400);
		assertThat(fields(r)).contains("category", "description", "lat", "phone");
		assertThat(cases()).isEqualTo(cases);
	}

	@Test
	void photosAreCheckedAsInTheCaseWorkflowAndAtMostThree() {
		long cases = cases(), files = files();
		List<MockMultipartFile> four = List.of(Api.photo("1.png"), Api.photo("2.png"), Api.photo("3.png"), Api.photo("4.png"));
		PublicHttp.Result tooMany = http.report(report("GARBAGE", "四张"), four);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(fields(tooMany)).containsExactly("photos");

		MockMultipartFile notAPhoto = new MockMultipartFile("photos", "photo.jpg", "image/jpeg", "<html>hi</html>".getBytes());
		PublicHttp.Result fake = http.report(report("GARBAGE", "假照片"), List.of(Api.photo("ok.png"), notAPhoto));
		assertThat(fake.status()).isEqualTo(400);
		assertThat(fields(fake)).containsExactly("photos[1]");
		assertThat(cases()).isEqualTo(cases);
		assertThat(files()).isEqualTo(files);

		List<MockMultipartFile> three = List.of(Api.photo("1.png"), Api.photo("2.png"), Api.photo("3.png"));
		assertThat(http.report(report("GARBAGE", "三张"), three).status()).isEqualTo(201);
	}

	@Test
	void aFilledHoneypotIsRefusedAndStoresNothing() {
		long cases = cases(), submissions = submissions();
		PublicHttp.Result r = http.report(report("GARBAGE", "机器人"), List.of(Api.photo("bot.png")),
				Map.of(settings.reports().honeypotField(), "http://spam.example"), Map.of());
		assertThat(r.status()).isEqualTo(400);
		assertThat(cases()).isEqualTo(cases);
		assertThat(submissions()).isEqualTo(submissions);
		// the empty field a person leaves is fine
		assertThat(http.report(report("GARBAGE", "真人"), List.of(), Map.of(settings.reports().honeypotField(), ""), Map.of())
			.status()).isEqualTo(201);
	}

	// ------------------------------------------------------------------ limits

	@Test
	void theNPlusFirstReportFromOneAddressWithinTheWindowIs429AndStoresNothing() {
		int n = settings.limits().reportsPerAddress();
		String client = PublicHttp.randomAddress();
		// through the proxy on this host: the client is the right-most address that is not a trusted proxy
		PublicHttp proxy = http.from("127.0.0.1");
		for (int i = 0; i < n; i++) {
			PublicHttp.Result r = proxy.report(report("GARBAGE", "限流 " + i), List.of(), Map.of(),
					Map.of("X-Forwarded-For", "10.9.9." + i + ", " + client));
			assertThat(r.status()).as("report %d of %d: %s", i + 1, n, r).isEqualTo(201);
		}
		long cases = cases(), files = files(), submissions = submissions();
		PublicHttp.Result refused = http.from(client).report(report("GARBAGE", "第 n+1 次"), List.of(Api.photo("x.png")));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asText()).isEqualTo("urn:hezhang:problem:too-many-requests");
		assertThat(refused.json().get("detail").asText()).contains(String.valueOf(n));
		assertThat(Long.parseLong(refused.retryAfter())).isPositive();
		assertThat(cases()).isEqualTo(cases);
		assertThat(files()).isEqualTo(files);
		assertThat(submissions()).isEqualTo(submissions);

		// a forged header from an untrusted connection is ignored: this is its own address
		PublicHttp.Result forged = http.report(report("GARBAGE", "伪造"), List.of(), Map.of(), Map.of("X-Forwarded-For", client));
		assertThat(forged.status()).isEqualTo(201);
		// and through the proxy with the spoofed address on the left it is still the client
		assertThat(proxy.report(report("GARBAGE", "伪造 2"), List.of(), Map.of(),
				Map.of("X-Forwarded-For", http.address() + ", " + client)).status()).isEqualTo(429);
	}

	@Test
	void oneDeviceReachesItsLimitFromAnyAddress() {
		int n = settings.limits().reportsPerDevice();
		String device = UUID.randomUUID().toString();
		for (int i = 0; i < n; i++) {
			assertThat(http.from(PublicHttp.randomAddress()).report(report("GARBAGE", "设备 " + i), List.of(), Map.of(),
					Map.of("X-Device-Id", device)).status()).isEqualTo(201);
		}
		PublicHttp.Result refused = http.from(PublicHttp.randomAddress()).report(report("GARBAGE", "设备超限"), List.of(),
				Map.of(), Map.of("X-Device-Id", device));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("detail").asText()).contains("设备");
	}

	@Test
	void tooManyReadsFromOneAddressAre429InEachFormat() {
		int limit = settings.limits().readsPerMinute();
		int firstRefused = -1;
		for (int i = 1; i <= 2 * limit + 2 && firstRefused < 0; i++) {
			if (http.get("/api/public/categories").status() == 429) {
				firstRefused = i;
			}
		}
		// a minute may turn during the loop, so the first refusal comes after at least `limit` answers
		assertThat(firstRefused).isGreaterThan(limit);
		PublicHttp.Result problem = http.get("/api/public/categories");
		PublicHttp.Result xml = http.get("/open311/v2/services.xml");
		if (problem.status() == 429) {
			assertThat(problem.contentType()).startsWith("application/problem+json");
			assertThat(problem.retryAfter()).isNotBlank();
			assertThat(xml.status()).isEqualTo(429);
			assertThat(xml.xpath("/errors/error/code")).isEqualTo("429");
		}
		// another address is not affected
		assertThat(http.from(PublicHttp.randomAddress()).get("/api/public/categories").status()).isEqualTo(200);
	}

	// ------------------------------------------------------------------ nearby

	@Test
	void nearbyShowsOpenCasesOfTheSameCategoryWithinAHundredMetres() {
		Map<String, Object> r = report("SAND_MINING", "采砂船 nearby");
		r.put("lat", new BigDecimal("40.7300"));
		r.put("lon", new BigDecimal("111.6600"));
		String caseNo = reported(r).json().get("caseNo").asText();
		// 0.0005° of latitude ≈ 55.6 m north
		List<JsonNode> near = list(http.get("/api/public/cases/nearby", "category", "SAND_MINING", "lat", "40.7305", "lon", "111.6600"));
		JsonNode hit = near.stream().filter(n -> n.get("caseNo").asText().equals(caseNo)).findFirst().orElseThrow();
		assertThat(hit.get("distanceMeters").asInt()).isBetween(54, 57);
		assertThat(hit.get("description").asText()).isEqualTo("采砂船 nearby");
		// 0.0010° ≈ 111 m: outside
		assertThat(list(http.get("/api/public/cases/nearby", "category", "SAND_MINING", "lat", "40.7310", "lon", "111.6600")))
			.noneMatch(n -> n.get("caseNo").asText().equals(caseNo));
		assertThat(list(http.get("/api/public/cases/nearby", "category", "GARBAGE", "lat", "40.7305", "lon", "111.6600")))
			.noneMatch(n -> n.get("caseNo").asText().equals(caseNo));
	}

	@Test
	void staffCasesAndUnknownNumbersHaveNoPublicStatusPage() {
		String staffCase = caseQueries.list(cn.hezhang.security.DataScope.everything(),
				new cn.hezhang.casework.CaseFilter(null, "OUTFALL", null, "150105", null, null, null, null, null, null), 0, 50)
			.items().stream().filter(s -> s.source() == cn.hezhang.casework.CaseSource.INSPECTOR).findFirst().orElseThrow()
			.caseNo();
		assertThat(http.get("/api/public/cases/" + staffCase).status()).isEqualTo(404);
		assertThat(http.get("/api/public/cases/HZ1999-0000001").status()).isEqualTo(404);
	}

	// ------------------------------------------------------------------ the map

	@Test
	void theMapListsWaterBodiesWithTheirReaches() {
		JsonNode all = http.get("/api/public/waterbodies").json();
		List<String> codes = new ArrayList<>();
		all.get("items").forEach(b -> codes.add(b.get("code").asText()));
		assertThat(codes).contains("HH-NM", "DHH", "XHH", "ZDGH", "HLH", "WLSH", "DH");
		JsonNode hulun = http.get("/api/public/waterbodies", "q", "呼伦").json().get("items").get(0);
		assertThat(hulun.get("code").asText()).isEqualTo("HLH");
		assertThat(hulun.get("reaches")).hasSize(4);
		assertThat(hulun.get("reaches").get(0).get("centerLat").isNumber()).isTrue();
		List<String> lakes = new ArrayList<>();
		http.get("/api/public/waterbodies", "type", "LAKE").json().get("items").forEach(b -> lakes.add(b.get("code").asText()));
		assertThat(lakes).contains("HLH", "WLSH", "DH").doesNotContain("DHH");
		List<String> hohhot = new ArrayList<>();
		http.get("/api/public/waterbodies", "regionCode", "150100").json().get("items").forEach(b -> hohhot.add(b.get("code").asText()));
		assertThat(hohhot).contains("DHH", "XHH", "HH-NM").doesNotContain("HLH");
	}

	@Test
	void aWaterBodysPageShowsItsReachesAndLatestPublicReports() {
		JsonNode page = http.get("/api/public/waterbodies/DHH").json();
		assertThat(page.get("waterBody").get("name").asText()).isEqualTo("大黑河");
		assertThat(page.get("waterBody").get("reaches")).hasSize(3);
		assertThat(page.get("recentReports")).anyMatch(r -> r.get("description").asText().contains("大黑河桥下"));
		assertThat(http.get("/api/public/waterbodies/NO_SUCH").status()).isEqualTo(404);
	}

	@Test
	void aWaterBodyNamesItsAppointedChiefsAsTheSignboardsDoWithoutTheirPhones() {
		JsonNode xhh = http.get("/api/public/waterbodies/XHH").json().get("waterBody");
		List<String> chiefs = new ArrayList<>();
		xhh.get("chiefs").forEach(c -> chiefs.add(c.get("name").asText() + "/" + c.get("post").asText()));
		// the roster of 小黑河 (DemoRegistry; other tests of the shared context may add a deputy): the city's chief for
		// the whole river, 赛罕区's and 金河镇's for their reaches; 玉泉区's reach has nobody appointed, so nobody is
		// named for it in the demo. Higher levels first.
		assertThat(chiefs).containsSubsequence("李呼和浩特/呼和浩特市总河长", "张赛罕/赛罕区河长", "赵金河/金河镇河长");
		List<Integer> levels = new ArrayList<>();
		xhh.get("chiefs").forEach(c -> levels.add(c.get("regionCode").asText().length()));
		assertThat(levels).isSorted();
		JsonNode hulun = http.get("/api/public/waterbodies", "q", "呼伦").json().get("items").get(0);
		List<String> lakeChiefs = new ArrayList<>();
		hulun.get("chiefs").forEach(c -> lakeChiefs.add(c.get("post").asText()));
		assertThat(lakeChiefs).containsExactly("呼伦贝尔市总湖长", "呼伦湖湖长(新巴尔虎右旗)", "呼伦镇湖长");
		// a signboard names the chief, not his phone or account
		String body = http.get("/api/public/waterbodies").body();
		assertThat(body).doesNotContain("0471-6000020", "0471-6000030", "0471-6000040", "chief.saihan", "chief.hohhot");
		assertThat(xhh.get("chiefs").get(0).has("phone")).isFalse();
	}

	@Test
	void theSupervisorsPublicListingIsShown(@Autowired cn.hezhang.supervision.domain.Listings listings,
			@Autowired java.time.Clock clock) {
		java.time.Instant now = clock.instant();
		String caseNo = "PUB" + now.toEpochMilli();
		listings.save(new cn.hezhang.supervision.domain.Listing(-now.toEpochMilli(), caseNo, null, "150105", null, "OUTFALL",
				cn.hezhang.supervision.domain.Listing.Reason.OVERDUE, "150100", now, now.minus(java.time.Duration.ofDays(3))));
		JsonNode listed = list(http.get("/api/public/listed-cases")).stream()
			.filter(c -> c.get("caseNo").asText().equals(caseNo)).findFirst().orElseThrow();
		assertThat(listed.get("regionName").asText()).isEqualTo("呼和浩特市赛罕区");
		assertThat(listed.get("categoryName").asText()).isEqualTo("排污口");
		assertThat(listed.get("status").asText()).isEqualTo("LISTED");
	}

	@Test
	void theNearestReachOfAPoint() {
		JsonNode near = http.get("/api/public/reaches/nearest", "lat", "48.91", "lon", "117.36").json();
		assertThat(near.get("waterBodyCode").asText()).isEqualTo("HLH");
		assertThat(near.get("reach").get("code").asText()).isEqualTo("HLH-150727");
		assertThat(near.get("distanceKm").asDouble()).isLessThan(2);
		assertThat(http.get("/api/public/reaches/nearest", "lat", "42.5", "lon", "101.0").status()).isEqualTo(404);
	}

	@Test
	void categoriesAreThePublicOnes() {
		List<String> codes = new ArrayList<>();
		http.get("/api/public/categories").json().forEach(c -> codes.add(c.get("code").asText()));
		assertThat(codes).contains("OUTFALL", "GARBAGE", "OTHER");
	}

	// ------------------------------------------------------------------ api keys

	@Test
	void onlyAdminsManageApiKeysAndAKeyIsShownOnce() {
		Api.Response issued = api.as("admin").post("/api/publicity/api-keys", Map.of("name", "城市 App", "contact", "ops@city.cn"));
		assertThat(issued.status()).isEqualTo(201);
		String key = issued.at("/key").asText();
		assertThat(key).startsWith("hz311_").hasSizeGreaterThan(40);
		long id = issued.at("/client/id").asLong();
		JsonNode listed = api.as("admin").get("/api/publicity/api-keys?size=100").body();
		assertThat(listed.toString()).doesNotContain(key);
		assertThat(listed.get("items")).anyMatch(k -> k.get("id").asLong() == id && k.get("keyPrefix").asText().equals(key.substring(0, 10)));
		assertThat(jdbc.queryForObject("select count(*) from pb_api_client where key_hash = ?", Long.class, ApiKeys.hash(key))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from pb_api_client where key_hash = ? or key_prefix = ?", Long.class, key, key))
			.isZero();

		for (String user : List.of("office.saihan", "supervisor", "chief.region", "unit.zhujian", "inspector.saihan")) {
			assertThat(api.as(user).get("/api/publicity/api-keys").status()).as(user).isEqualTo(403);
			assertThat(api.as(user).post("/api/publicity/api-keys", Map.of("name", "x")).status()).as(user).isEqualTo(403);
			assertThat(api.as(user).post("/api/publicity/api-keys/{id}/revoke", "{}", id).status()).as(user).isEqualTo(403);
		}
		assertThat(api.anonymous().get("/api/publicity/api-keys").status()).isEqualTo(401);
		assertThat(api.as("admin").post("/api/publicity/api-keys", Map.of("name", " ")).fieldErrors()).contains("name");
		assertThat(api.as("admin").post("/api/publicity/api-keys/{id}/revoke", "{}", 987654321).status()).isEqualTo(404);

		JsonNode revoked = api.as("admin").post("/api/publicity/api-keys/{id}/revoke", "{}", id).body();
		assertThat(revoked.get("active").asBoolean()).isFalse();
		assertThat(revoked.get("revokedBy").asText()).isEqualTo("admin");
	}

	static List<String> fields(PublicHttp.Result r) {
		List<String> fields = new ArrayList<>();
		r.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
		return fields;
	}

	static List<JsonNode> list(PublicHttp.Result r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		r.json().forEach(items::add);
		return items;
	}
}
