package cn.hezhang.waterbody;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The registry through its HTTP API: scope per role, validation, chiefs and their succession, signboards. */
@IntegrationTest
class RegistryIT {
	@Autowired
	Api api;

	@Autowired
	WaterbodyCatalog catalog;

	@Autowired
	MockMvc mvc;

	static Api.Response expect(int status, Api.Response r) {
		if (r.status() != status) {
			throw new AssertionError("expected " + status + " but got " + r);
		}
		return r;
	}

	long body(String code) {
		return catalog.waterBodyByCode(code).orElseThrow().id();
	}

	long reach(String code) {
		return catalog.reachByCode(code).orElseThrow().id();
	}

	Map<String, Object> reachCommand(String name, String region) {
		Map<String, Object> m = new java.util.HashMap<>();
		m.put("name", name);
		m.put("regionCode", region);
		// the demo reach's own points: other suites locate reports by them
		m.put("startPoint", "赛罕区东界");
		m.put("endPoint", "赛罕区西界");
		m.put("lengthKm", 12.5);
		m.put("centerLat", 40.74);
		m.put("centerLon", 111.78);
		return m;
	}

	@Test
	void aCountyOfficeEditsItsOwnReachesOnlyAndOthersAnswer404() {
		Api.Response own = expect(200, api.as("office.saihan").put("/api/waterbodies/reaches/{id}",
				reachCommand("大黑河赛罕区段", "150105"), reach("DHH-150105")));
		assertThat(own.at("/lengthKm").decimalValue()).isEqualByComparingTo("12.5");

		// the neighbouring county's reach of the same river, a city-managed river's facts, another league's lake
		expect(404, api.as("office.saihan").put("/api/waterbodies/reaches/{id}", reachCommand("x", "150121"),
				reach("DHH-150121")));
		JsonNode dahei = expect(200, api.as("office.saihan").get("/api/waterbodies/{id}/detail", body("DHH"))).body();
		assertThat(dahei.at("/editable").asBoolean()).isFalse();
		expect(404, api.as("office.saihan").put("/api/waterbodies/{id}", waterBody("DHH", "大黑河", "150100"), body("DHH")));
		expect(404, api.as("office.saihan").get("/api/waterbodies/{id}/detail", body("HLH")));
		expect(404, api.as("office.saihan").get("/api/waterbodies/{id}", body("HLH")));
		// moving its reach out of its county is refused and nothing changes
		Api.Response moved = expect(400, api.as("office.saihan").put("/api/waterbodies/reaches/{id}",
				reachCommand("大黑河赛罕区段", "150121"), reach("DHH-150105")));
		assertThat(moved.fieldErrors()).contains("regionCode");
		assertThat(catalog.reachByCode("DHH-150105").orElseThrow().regionCode()).isEqualTo("150105");

		// the city office manages the river's facts; chiefs and inspectors may read but not edit
		expect(200, api.as("office.hohhot").put("/api/waterbodies/{id}", waterBody("DHH", "大黑河", "150100"), body("DHH")));
		expect(403, api.as("chief.saihan").put("/api/waterbodies/reaches/{id}", reachCommand("x", "150105"),
				reach("DHH-150105")));
		expect(403, api.as("inspector.saihan").post("/api/waterbodies", waterBody("NEW-1", "新河", "150105")));
		expect(200, api.as("chief.saihan").get("/api/waterbodies/{id}/detail", body("DHH")));
		// a unit works wherever it is assigned: it reads every water body
		expect(200, api.as("unit.zhujian").get("/api/waterbodies/{id}/detail", body("HLH")));
	}

	Map<String, Object> waterBody(String code, String name, String region) {
		Map<String, Object> m = new java.util.HashMap<>();
		m.put("code", code);
		m.put("name", name);
		m.put("nameEn", "DHH".equals(code) ? "Dahei River" : null);
		m.put("type", "RIVER");
		m.put("basin", "黄河");
		m.put("regionCode", region);
		m.put("lengthKm", 236);
		m.put("targetClass", "IV");
		return m;
	}

	@Test
	void anOfficeRegistersAWaterBodyAndReachInItsCountyWithLakeTargets() {
		Map<String, Object> cmd = waterBody("SHG-150105", "水磨沟", "150105");
		cmd.put("specialTargets", List.of(Map.of("indicator", "COD", "comparator", "LE", "threshold", 30,
				"measureUnit", "mg/L", "description", "COD ≤ 30 mg/L")));
		Api.Response created = expect(201, api.as("office.saihan").post("/api/waterbodies", cmd));
		long id = created.at("/body/id").asLong();
		assertThat(created.at("/specialTargets/0/threshold").decimalValue()).isEqualByComparingTo("30");
		assertThat(created.at("/editable").asBoolean()).isTrue();

		Map<String, Object> reach = reachCommand("水磨沟金河镇段", "150105104");
		reach.put("code", "SHG-150105104");
		reach.put("geometry", "{\"type\":\"LineString\",\"coordinates\":[[111.6,40.7],[111.7,40.75]]}");
		expect(201, api.as("office.saihan").post("/api/waterbodies/{id}/reaches", reach, id));
		// the same code again, and a reach in another county
		Api.Response dup = expect(400, api.as("office.saihan").post("/api/waterbodies/{id}/reaches", reach, id));
		assertThat(dup.fieldErrors()).containsExactly("code");
		Map<String, Object> foreign = reachCommand("水磨沟土左段", "150121");
		foreign.put("code", "SHG-150121");
		assertThat(expect(400, api.as("office.saihan").post("/api/waterbodies/{id}/reaches", foreign, id)).fieldErrors())
			.containsExactly("regionCode");
		assertThat(catalog.reaches(id)).extracting(ReachView::code).containsExactly("SHG-150105104");

		// the other league's office does not know it
		expect(404, api.as("office.wuqian").get("/api/waterbodies/{id}/detail", id));
	}

	@Test
	void badInputNamesEveryFieldAndSavesNothing() {
		Map<String, Object> cmd = waterBody("bad code", "", "999999");
		cmd.put("lengthKm", -3);
		cmd.put("targetClass", "VI");
		Api.Response r = expect(400, api.as("admin").post("/api/waterbodies", cmd));
		assertThat(r.fieldErrors()).containsExactlyInAnyOrder("code", "name", "regionCode", "lengthKm", "targetClass");
		assertThat(r.contentType()).contains("application/problem+json");
		Map<String, Object> geo = reachCommand("x", "150105");
		geo.put("geometry", "{\"type\":\"Point\",\"coordinates\":[1,2]}");
		assertThat(expect(400, api.as("admin").put("/api/waterbodies/reaches/{id}", geo, reach("XHH-150105")))
			.fieldErrors()).containsExactly("geometry");
	}

	@Test
	void theLakesCarryTheirSpecialTargetsAndChiefs() {
		JsonNode hulun = expect(200, api.as("chief.hulunbuir").get("/api/waterbodies/{id}/detail", body("HLH"))).body();
		assertThat(hulun.at("/specialTargets/0/indicator").asText()).isEqualTo("COD");
		assertThat(hulun.at("/specialTargets/0/comparator").asText()).isEqualTo("LE");
		assertThat(hulun.at("/specialTargets/0/threshold").decimalValue()).isEqualByComparingTo("50");
		JsonNode chiefs = expect(200, api.as("chief.hulunbuir").get("/api/waterbodies/{id}/chiefs", body("HLH"))).body();
		List<String> labels = new ArrayList<>();
		chiefs.forEach(c -> labels.add(c.get("roleLabel").asText() + ":" + c.get("username").asText()));
		assertThat(labels).contains("湖长:chief.hulunbuir", "湖长:chief.xinyou", "湖长:chief.hulun.township");
	}

	@Test
	void aSuccessionEndsTheOldTermAndKeepsItAsHistory() {
		Map<String, Object> appoint = new java.util.HashMap<>();
		appoint.put("waterBodyId", body("XHH"));
		appoint.put("reachId", reach("XHH-150105"));
		appoint.put("role", "DEPUTY");
		appoint.put("personName", "钱副河长");
		appoint.put("post", "赛罕区副区长");
		appoint.put("officePhone", "0471-6000099");
		appoint.put("mobile", "13900000099");
		appoint.put("termStart", "2023-01-01");
		long first = expect(201, api.as("office.saihan").post("/api/waterbodies/appointments", appoint)).id();

		Map<String, Object> next = Map.of("personName", "孙副河长", "post", "赛罕区副区长", "officePhone", "0471-6000098",
				"termStart", "2025-03-01", "reason", "工作调整");
		Api.Response successor = expect(201,
				api.as("office.saihan").post("/api/waterbodies/appointments/{id}/succession", next, first));
		assertThat(successor.at("/predecessorId").asLong()).isEqualTo(first);
		assertThat(successor.at("/roleLabel").asText()).isEqualTo("副河长");

		JsonNode all = expect(200, api.as("office.saihan").get("/api/waterbodies/{id}/chiefs", body("XHH"))).body();
		JsonNode old = null;
		for (JsonNode c : all) {
			if (c.get("id").asLong() == first) {
				old = c;
			}
		}
		assertThat(old).isNotNull();
		assertThat(old.get("active").asBoolean()).isFalse();
		assertThat(old.get("termEnd").asText()).isEqualTo("2025-02-28");
		// a second succession of the ended term is a conflict; another county's office does not know it
		expect(409, api.as("office.saihan").post("/api/waterbodies/appointments/{id}/succession", next, first));
		expect(404, api.as("office.wuqian").post("/api/waterbodies/appointments/{id}/succession", next,
				successor.id()));
		// a login that is not a chief's is refused
		Map<String, Object> notChief = new java.util.HashMap<>(appoint);
		notChief.put("username", "inspector.saihan");
		notChief.put("termEnd", "2020-01-01");
		assertThat(expect(400, api.as("office.saihan").post("/api/waterbodies/appointments", notChief)).fieldErrors())
			.containsExactlyInAnyOrder("username", "termEnd");
	}

	@Test
	void theRosterOfARegionListsItsSubtreeOnly() {
		JsonNode saihan = expect(200, api.as("office.saihan").get("/api/waterbodies/roster")).body();
		assertThat(saihan.size()).isPositive();
		saihan.forEach(a -> assertThat(a.get("regionCode").asText()).startsWith("150105"));
		expect(404, api.as("office.saihan").get("/api/waterbodies/roster?regionCode=150700"));
		JsonNode hohhot = expect(200, api.as("chief.hohhot").get("/api/waterbodies/roster?regionCode=150100")).body();
		List<String> users = new ArrayList<>();
		hohhot.forEach(a -> users.add(a.path("username").asText()));
		assertThat(users).contains("chief.hohhot", "chief.saihan", "chief.township").doesNotContain("chief.hulunbuir");
	}

	@Test
	void aSignboardShowsTheChiefsAndItsQrCodeOpensThePublicPage() throws Exception {
		JsonNode boards = expect(200, api.as("office.xinyou").get("/api/waterbodies/{id}/signboards", body("HLH"))).body();
		assertThat(boards.size()).isEqualTo(1);
		JsonNode board = boards.get(0);
		assertThat(board.get("hotline").asText()).isEqualTo("12369");
		assertThat(board.get("publicUrl").asText()).isEqualTo("http://localhost:8080/public/waterbodies/HLH");
		List<String> names = new ArrayList<>();
		board.get("chiefs").forEach(c -> names.add(c.get("personName").asText() + "|" + c.get("phone").asText()));
		assertThat(names).contains("呼伦贝尔市湖长|0470-6000001", "新巴尔虎右旗湖长|0470-6000002")
			.doesNotContain("呼伦镇湖长|0470-6000003");

		byte[] png = mvc.perform(get("/api/waterbodies/signboards/{id}/qr.png", board.get("id").asLong())
			.with(httpBasic("office.xinyou", Api.PASSWORD))).andReturn().getResponse().getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		String text = new MultiFormatReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
		assertThat(text).isEqualTo("http://localhost:8080/public/waterbodies/HLH");

		expect(404, api.as("office.saihan").get("/api/waterbodies/signboards/{id}", board.get("id").asLong()));
		// the public read: names, posts and office phones, never the chiefs' mobiles
		assertThat(catalog.signboardsOf("HLH")).singleElement()
			.satisfies(s -> assertThat(s.chiefs()).allSatisfy(c -> assertThat(c.phone()).startsWith("0470-")));
	}
}
