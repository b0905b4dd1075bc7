package cn.hezhang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.support.MovableClock;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Monitoring, classification on save, exceedance cases, the black-odorous lifecycle and the public API, over HTTP. */
@IntegrationTest
class QualityIT {
	static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	WaterbodyCatalog catalog;

	@Autowired
	MovableClock clock;

	static Api.Response expect(int status, Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		return r;
	}

	String unique(String prefix) {
		return prefix + "-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	/** A new river (target class) or black-odorous body in 回民区 with one reach. */
	WaterBodyView body(WaterBodyType type, String targetClass) {
		String code = unique(type == WaterBodyType.BLACK_ODOROUS ? "IT-BO" : "IT-R");
		WaterBodyView body = catalog.registerWaterBody(code, "测试水体" + code, null, type, "黄河", "150103", null, null,
				targetClass, null);
		catalog.registerReach(body.id(), code + "-R", "测试河段" + code, "150103", "起点", "终点", null,
				new BigDecimal("40.84"), new BigDecimal("111.62"), null);
		return body;
	}

	long site(WaterBodyView body, String kind, int seq) {
		ReachView reach = catalog.reaches(body.id()).get(0);
		Map<String, Object> s = new HashMap<>();
		s.put("code", unique(body.code() + "-S"));
		s.put("name", "测试点位" + seq);
		s.put("kind", kind);
		s.put("waterBodyId", body.id());
		s.put("reachId", reach.id());
		s.put("seq", seq);
		return expect(201, api.as("office.hohhot").post("/api/quality/sites", s)).id();
	}

	static Map<String, Object> v(String item, String value, String unit) {
		Map<String, Object> m = new HashMap<>();
		m.put("item", item);
		m.put("value", new BigDecimal(value));
		m.put("unit", unit);
		return m;
	}

	Map<String, Object> sample(long siteId, Instant at, String depth, List<Map<String, Object>> values) {
		Map<String, Object> s = new HashMap<>();
		s.put("siteId", siteId);
		s.put("sampledAt", at.toString());
		s.put("waterDepthCm", depth == null ? null : new BigDecimal(depth));
		s.put("values", values);
		return s;
	}

	Api.Response record(String user, long siteId, Instant at, String depth, List<Map<String, Object>> values) {
		return api.as(user).post("/api/quality/samples", sample(siteId, at, depth, values));
	}

	Api.Response importFile(String user, String filename, String content) throws Exception {
		MvcResult r = mvc.perform(MockMvcRequestBuilders.multipart("/api/quality/samples/import")
			.file(new MockMultipartFile("file", filename, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(user, Api.PASSWORD))).andReturn();
		String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new Api.Response(r.getResponse().getStatus(), body.isEmpty() ? null : json.readTree(body),
				r.getResponse().getContentType());
	}

	long samplesAt(long siteId) {
		return expect(200, api.as("office.hohhot").get("/api/quality/samples?siteId=" + siteId)).at("/total").asLong();
	}

	long monitoringCases(long waterBodyId) {
		JsonNode page = expect(200, api.as("office.region").get("/api/casework/cases?size=100&waterBodyId=" + waterBodyId))
			.body();
		return StreamSupport.stream(page.get("items").spliterator(), false).count();
	}

	Instant ago(int days) {
		return clock.instant().minus(Duration.ofDays(days));
	}

	@Nested
	class Classification {
		@Test
		void aSampleIsClassedPerItemAndOverallAndComparedWithTheTarget() {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long site = site(river, "SECTION", 0);
			Api.Response r = expect(201, record("office.hohhot", site, ago(2), null,
					List.of(v("pH", "7.5", "无量纲"), v("DO", "5.5", "mg/L"), v("COD", "25", "mg/L"), v("NH3N", "0.4", "mg/L"),
							v("TN", "3.0", "mg/L"))));
			// COD 25: class Ⅳ (20 < 25 ≤ 30), the worst evaluated item; DO 5.5 ≥ 5: Ⅲ; NH3-N 0.4 ≤ 0.5: Ⅱ
			assertThat(r.at("/overallClass").asText()).isEqualTo("IV");
			assertThat(r.at("/targetMet").asBoolean()).isFalse();
			assertThat(r.at("/failingItems").asText()).contains("25 > 20").contains("超标0.25倍");
			Map<String, String> classes = new HashMap<>();
			r.at("/values").forEach(x -> classes.put(x.get("item").asText(), x.get("itemClass").asText(null)));
			assertThat(classes).containsEntry("COD", "IV").containsEntry("DO", "III").containsEntry("NH3N", "II")
				.containsEntry("pH", "I");
			// total nitrogen of a river: a reference value, not classed
			assertThat(classes.get("TN")).isNull();
		}

		@Test
		void aSampleWithinTheTargetOpensNoCaseAndIsMet() {
			WaterBodyView river = body(WaterBodyType.RIVER, "IV");
			long site = site(river, "SECTION", 0);
			Api.Response r = expect(201, record("office.hohhot", site, ago(2), null,
					List.of(v("COD", "30", "mg/L"), v("DO", "3", "mg/L"))));
			// both exactly at the class Ⅳ limits: a limit value belongs to the better class
			assertThat(r.at("/overallClass").asText()).isEqualTo("IV");
			assertThat(r.at("/targetMet").asBoolean()).isTrue();
			assertThat(monitoringCases(river.id())).isZero();
		}

		@Test
		void impossibleValuesAndWrongUnitsAreRefusedNamingTheValue() {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long site = site(river, "SECTION", 0);
			Api.Response r = expect(400, record("office.hohhot", site, ago(1), null,
					List.of(v("DO", "-1", "mg/L"), v("pH", "15", ""), v("COD", "10", "g/L"), v("XYZ", "1", "mg/L"))));
			assertThat(r.fieldErrors()).containsExactlyInAnyOrder("values[0]", "values[1]", "values[2]", "values[3]");
			assertThat(samplesAt(site)).isZero();
		}

		@Test
		void aSampleInTheFutureIsRefused() {
			long site = site(body(WaterBodyType.RIVER, "III"), "SECTION", 0);
			assertThat(expect(400, record("office.hohhot", site, clock.instant().plus(Duration.ofDays(1)), null,
					List.of(v("COD", "10", "mg/L")))).fieldErrors()).containsExactly("sampledAt");
		}
	}

	@Nested
	class Import {
		@Test
		void oneBadRowAndNothingIsImportedWithEveryBadRowReported() throws Exception {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long siteId = site(river, "SECTION", 0);
			String code = siteCode(siteId);
			String csv = "site,sampled_at,item,value,unit\n"
					+ code + ",2026-01-10 09:00,COD,12,mg/L\n" // good
					+ "NO-SUCH-SITE,2026-01-10 09:00,COD,12,mg/L\n" // line 3: unknown site
					+ code + ",2026-01-11 09:00,DO,6,mg/m3\n" // line 4: unit mismatch
					+ code + ",2026-01-12 09:00,DO,-0.5,mg/L\n" // line 5: negative DO
					+ code + ",2026-01-13 09:00,pH,15,\n"; // line 6: pH 15
			Api.Response r = expect(400, importFile("office.hohhot", "bad.csv", csv));
			assertThat(r.fieldErrors()).containsExactlyInAnyOrder("rows[3].site", "rows[4].item", "rows[5].item",
					"rows[6].item");
			assertThat(samplesAt(siteId)).isZero();
		}

		@Test
		void aGoodFileImportsOneSamplePerSiteAndTimeClassified() throws Exception {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long siteId = site(river, "SECTION", 0);
			String code = siteCode(siteId);
			String csv = "\uFEFFsite,sampled_at,item,value,unit\r\n"
					+ code + ",2026-01-10 09:00,COD,12,mg/L\r\n"
					+ code + ",2026-01-10 09:00,NH3N,0.15,mg/L\r\n"
					+ code + ",2026-01-20 09:00,COD,18,mg/L\r\n";
			Api.Response r = expect(200, importFile("office.hohhot", "ok.csv", csv));
			assertThat(r.at("/samples").asInt()).isEqualTo(2);
			assertThat(r.at("/rows").asInt()).isEqualTo(3);
			assertThat(samplesAt(siteId)).isEqualTo(2);
			// COD 12 ≤ 15: Ⅰ (Ⅰ and Ⅱ share 15, the better one); NH3-N 0.15 ≤ 0.15: Ⅰ
			assertThat(r.at("/imported/0/overallClass").asText()).isEqualTo("I");
			// importing the same file again: duplicates, nothing imported
			assertThat(expect(400, importFile("office.hohhot", "ok.csv", csv)).fieldErrors())
				.containsExactlyInAnyOrder("rows[2].sampled_at", "rows[4].sampled_at");
			assertThat(samplesAt(siteId)).isEqualTo(2);
		}

		@Test
		void anOfficeCannotImportIntoAnotherRegionsSite() throws Exception {
			long siteId = site(body(WaterBodyType.RIVER, "III"), "SECTION", 0);
			String csv = "site,sampled_at,item,value,unit\n" + siteCode(siteId) + ",2026-01-10 09:00,COD,12,mg/L\n";
			assertThat(expect(400, importFile("office.wuqian", "x.csv", csv)).fieldErrors()).containsExactly("rows[2].site");
		}

		String siteCode(long siteId) {
			JsonNode sites = expect(200, api.as("office.hohhot").get("/api/quality/sites")).body();
			return StreamSupport.stream(sites.spliterator(), false).filter(s -> s.get("id").asLong() == siteId)
				.findFirst().orElseThrow().get("code").asText();
		}
	}

	@Nested
	class ExceedanceCases {
		@Test
		void aFailingSampleOpensOneMonitoringCasePerWaterBodyAndMonth() {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long site = site(river, "SECTION", 0);
			Instant first = clock.instant().minus(Duration.ofHours(2));
			expect(201, record("office.hohhot", site, first, null, List.of(v("COD", "45", "mg/L"))));
			assertThat(monitoringCases(river.id())).isEqualTo(1);
			JsonNode c = expect(200, api.as("office.region").get("/api/casework/cases?waterBodyId=" + river.id())).at("/items/0");
			assertThat(c.get("source").asText()).isEqualTo("MONITORING");
			// routed to the county office of the reach (回民区)
			assertThat(expect(200, api.as("office.region").get("/api/casework/cases/{id}", c.get("id").asLong()))
				.at("/handlingRegionCode").asText()).isEqualTo("150103");

			// more failing samples in the same month: no further case
			expect(201, record("office.hohhot", site, first.minus(Duration.ofMinutes(30)), null,
					List.of(v("COD", "60", "mg/L"))));
			expect(201, record("office.hohhot", site, first.minus(Duration.ofMinutes(20)), null,
					List.of(v("NH3N", "3", "mg/L"))));
			assertThat(monitoringCases(river.id())).isEqualTo(1);
		}
	}

	@Nested
	class Scope {
		@Test
		void rolesAndRegionsDecideWhoSeesAndWhoWrites() {
			WaterBodyView river = body(WaterBodyType.RIVER, "III");
			long site = site(river, "SECTION", 0);
			long id = expect(201, record("office.hohhot", site, ago(3), null, List.of(v("COD", "10", "mg/L")))).id();
			expect(200, api.as("chief.hohhot").get("/api/quality/samples/{id}", id));
			expect(200, api.as("office.region").get("/api/quality/samples/{id}", id));
			expect(404, api.as("office.wuqian").get("/api/quality/samples/{id}", id));
			expect(404, api.as("office.saihan").get("/api/quality/samples/{id}", id));
			expect(403, api.as("unit.zhujian").get("/api/quality/samples/{id}", id));
			expect(401, api.anonymous().get("/api/quality/samples/{id}", id));
			expect(403, record("chief.hohhot", site, ago(4), null, List.of(v("COD", "10", "mg/L"))));
			expect(403, record("inspector.saihan", site, ago(4), null, List.of(v("COD", "10", "mg/L"))));
			assertThat(expect(400, record("office.wuqian", site, ago(4), null, List.of(v("COD", "10", "mg/L"))))
				.fieldErrors()).containsExactly("siteId");
			expect(200, api.as("office.hohhot").get("/api/quality/water-bodies/{id}/status", river.id()));
			expect(404, api.as("office.wuqian").get("/api/quality/water-bodies/{id}/status", river.id()));
			expect(200, api.as("office.hohhot").get("/api/quality/water-bodies/{id}/trend?item=COD", river.id()));
		}
	}

	@Nested
	class Lifecycle {
		List<Map<String, Object>> heavy() {
			return List.of(v("SD", "8", "cm"), v("DO", "0.1", "mg/L"), v("ORP", "-250", "mV"), v("NH3N", "18", "mg/L"));
		}

		List<Map<String, Object>> clean() {
			return List.of(v("SD", "40", "cm"), v("DO", "4", "mg/L"), v("ORP", "100", "mV"), v("NH3N", "2", "mg/L"));
		}

		JsonNode bodyOf(WaterBodyView wb) {
			JsonNode list = expect(200, api.as("office.hohhot").get("/api/quality/black-odorous")).body();
			JsonNode summary = StreamSupport.stream(list.spliterator(), false)
				.filter(b -> b.get("waterBodyId").asLong() == wb.id())
				.findFirst()
				.orElse(null);
			return summary == null ? null
					: expect(200, api.as("office.hohhot").get("/api/quality/black-odorous/{id}", summary.get("id").asLong()))
						.body();
		}

		@Test
		void heavyToEliminatedAndBackOnRebound() {
			WaterBodyView wb = body(WaterBodyType.BLACK_ODOROUS, null);
			List<Long> points = new ArrayList<>();
			for (int i = 1; i <= 3; i++) {
				points.add(site(wb, "POINT", i));
			}
			Instant t = ago(60);
			for (long p : points) {
				expect(201, record("office.hohhot", p, t, "50", heavy()));
			}
			JsonNode b = bodyOf(wb);
			assertThat(b.at("/body/status").asText()).isEqualTo("IDENTIFIED");
			assertThat(b.at("/body/grade").asText()).isEqualTo("HEAVY");
			assertThat(b.at("/identifiedBy").asText()).isEqualTo("MONITORING");
			long id = b.at("/body/id").asLong();
			// not public before its publication
			assertThat(expect(200, api.anonymous().get("/api/public/black-odorous")).body().toString())
				.doesNotContain(wb.name());

			LocalDate today = LocalDate.ofInstant(clock.instant(), cn.hezhang.shared.Times.CHINA);
			Map<String, Object> publish = new HashMap<>();
			publish.put("name", wb.name());
			publish.put("city", "呼和浩特市");
			publish.put("place", "测试路至测试街");
			publish.put("grade", "HEAVY");
			publish.put("responsiblePerson", "测试责任人");
			publish.put("chiefName", "测试河长");
			publish.put("deadline", today.plusMonths(6).toString());
			expect(404, api.as("office.wuqian").post("/api/quality/black-odorous/{id}/publish", publish, id));
			expect(403, api.as("chief.hohhot").post("/api/quality/black-odorous/{id}/publish", publish, id));
			assertThat(expect(400, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/publish",
					Map.of("grade", "NONE"), id)).fieldErrors()).contains("name", "grade", "deadline", "responsiblePerson");
			expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/publish", publish, id));
			assertThat(expect(200, api.anonymous().get("/api/public/black-odorous")).body().toString()).contains(wb.name());

			Map<String, Object> plan = new HashMap<>();
			plan.put("measures", List.of("SOURCE_CONTROL", "DREDGING"));
			plan.put("note", "截污与清淤");
			plan.put("milestones", List.of(Map.of("measure", "DREDGING", "title", "清淤完成", "dueDate",
					today.plusMonths(2).toString())));
			b = expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/plan", plan, id)).body();
			assertThat(b.at("/body/status").asText()).isEqualTo("REMEDIATING");
			b = expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/milestones/{m}/done", Map.of(), id,
					b.at("/milestones/0/id").asLong())).body();
			assertThat(b.at("/body/progress").asInt()).isEqualTo(100);

			// two clean rounds: not yet "consecutive samples no longer black-odorous" (window of 3)
			for (int round = 0; round < 2; round++) {
				for (long p : points) {
					expect(201, record("office.hohhot", p, ago(20 - round), "50", clean()));
				}
			}
			assertThat(bodyOf(wb).at("/body/status").asText()).isEqualTo("REMEDIATING");
			for (long p : points) {
				expect(201, record("office.hohhot", p, ago(10), "50", clean()));
			}
			b = bodyOf(wb);
			assertThat(b.at("/body/status").asText()).isEqualTo("INITIAL_EFFECT");
			assertThat(b.at("/actions").toString()).contains("ASSESS");

			// satisfaction 89 % < 90 %: back to remediation
			b = expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/assess",
					Map.of("satisfaction", 89), id)).body();
			assertThat(b.at("/body/status").asText()).isEqualTo("REMEDIATING");
			for (long p : points) {
				expect(201, record("office.hohhot", p, ago(5), "50", clean()));
			}
			assertThat(bodyOf(wb).at("/body/status").asText()).isEqualTo("INITIAL_EFFECT");
			b = expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/{id}/assess",
					Map.of("satisfaction", 90), id)).body();
			assertThat(b.at("/body/status").asText()).isEqualTo("ELIMINATED");
			assertThat(b.at("/body/grade").asText()).isEqualTo("NONE");
			long casesBefore = monitoringCases(wb.id());

			// a light sample after elimination: 返黑返臭, reopened, one case
			expect(201, record("office.hohhot", points.get(1), ago(1), "50",
					List.of(v("SD", "20", "cm"), v("DO", "4", "mg/L"), v("ORP", "100", "mV"), v("NH3N", "2", "mg/L"))));
			b = bodyOf(wb);
			assertThat(b.at("/body/status").asText()).isEqualTo("REBOUNDED");
			assertThat(b.at("/body/rebounds").asInt()).isEqualTo(1);
			assertThat(b.at("/actions").toString()).contains("PLAN");
			assertThat(monitoringCases(wb.id())).isEqualTo(casesBefore + 1);
			List<String> timeline = new ArrayList<>();
			b.at("/timeline").forEach(e -> timeline.add(e.get("action").asText()));
			assertThat(timeline).containsSubsequence("IDENTIFIED", "PUBLISHED", "PLANNED", "MILESTONE_DONE",
					"INITIAL_EFFECT", "ASSESSMENT_FAILED", "INITIAL_EFFECT", "ELIMINATED", "REBOUND");
		}

		@Test
		void aPublicSurveyIdentifiesWithAtLeast100ValidAndMoreThan60Percent() {
			WaterBodyView wb = body(WaterBodyType.BLACK_ODOROUS, null);
			Map<String, Object> s = new HashMap<>();
			s.put("waterBodyId", wb.id());
			s.put("valid", 99);
			s.put("black", 99);
			assertThat(expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/survey", s)).at("/identified")
				.asBoolean()).isFalse();
			s.put("valid", 100);
			s.put("black", 60);
			assertThat(expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/survey", s)).at("/identified")
				.asBoolean()).isFalse();
			assertThat(bodyOf(wb)).isNull();
			s.put("black", 101);
			assertThat(expect(400, api.as("office.hohhot").post("/api/quality/black-odorous/survey", s)).fieldErrors())
				.containsExactly("black");
			s.put("black", 61);
			expect(403, api.as("chief.hohhot").post("/api/quality/black-odorous/survey", s));
			assertThat(expect(200, api.as("office.hohhot").post("/api/quality/black-odorous/survey", s)).at("/identified")
				.asBoolean()).isTrue();
			JsonNode b = bodyOf(wb);
			assertThat(b.at("/identifiedBy").asText()).isEqualTo("SURVEY");
			assertThat(b.at("/actions").toString()).contains("PUBLISH");
			expect(409, api.as("office.hohhot").post("/api/quality/black-odorous/survey", s));
		}
	}

	@Nested
	class PublicApi {
		@Test
		void theListAndTheReportsAreOpenToThePublicWithoutPrivateData() throws Exception {
			Api.Response list = expect(200, api.anonymous().get("/api/public/black-odorous"));
			// the demo's published bodies, none merely identified
			assertThat(list.body().toString()).contains("扎达盖河(回民区段)黑臭水体").doesNotContain("小黑河(玉泉区段)黑臭水体")
				.doesNotContain("waterBodyId").doesNotContain("processInstanceId");
			expect(403, api.as("chief.hohhot").post("/api/quality/black-odorous/reports", Map.of()));
			long id = expect(201, api.as("office.hohhot").post("/api/quality/black-odorous/reports", Map.of())).id();
			JsonNode reports = expect(200, api.anonymous().get("/api/public/black-odorous/reports")).body();
			assertThat(reports.toString()).contains("\"id\":" + id);
			MvcResult pdf = mvc.perform(MockMvcRequestBuilders.get("/api/public/black-odorous/reports/" + id + ".pdf"))
				.andReturn();
			assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
			assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
			assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
				.isEqualTo("%PDF-");
			JsonNode data = expect(200, api.anonymous().get("/api/public/black-odorous/reports/{id}/data", id)).body();
			assertThat(data.size()).isGreaterThanOrEqualTo(2);
			expect(404, api.anonymous().get("/api/public/black-odorous/reports/999999.pdf"));
		}
	}

	@Nested
	class Demo {
		@Test
		void theDemoHoldsTheLakesTheBlackOdorousBodiesAnExceedanceCaseAndAReport() {
			WaterBodyView wuliang = catalog.waterBodyByCode("WLSH").orElseThrow();
			JsonNode status = expect(200, api.as("office.region").get("/api/quality/water-bodies/{id}/status", wuliang.id()))
				.body();
			assertThat(status.get("targetLabel").asText()).contains("乌梁素海");
			assertThat(monitoringCases(wuliang.id())).isGreaterThanOrEqualTo(2); // the demo's dead-fish case + the exceedance
			JsonNode bodies = expect(200, api.as("office.hohhot").get("/api/quality/black-odorous")).body();
			assertThat(bodies.toString()).contains("ELIMINATED", "REMEDIATING", "IDENTIFIED");
			assertThat(expect(200, api.anonymous().get("/api/public/black-odorous/reports")).body().size()).isPositive();
		}
	}
}
