package cn.hezhang.waterbody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The all-or-nothing Excel import with its row-by-row report, and the export per scope. */
@IntegrationTest
class RegistryImportIT {
	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	WaterbodyCatalog catalog;

	record Result(int status, JsonNode body) {
	}

	static byte[] workbook(Object[][] bodies, Object[][] reaches, Object[][] chiefs) throws Exception {
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(wb.createSheet("水体"), RegistryWorkbook.BODY_HEADERS, bodies);
			fill(wb.createSheet("河段"), RegistryWorkbook.REACH_HEADERS, reaches);
			fill(wb.createSheet("河长名册"), RegistryWorkbook.CHIEF_HEADERS, chiefs);
			wb.write(out);
			return out.toByteArray();
		}
	}

	static void fill(Sheet s, String[] headers, Object[][] rows) {
		Row h = s.createRow(0);
		for (int i = 0; i < headers.length; i++) {
			h.createCell(i).setCellValue(headers[i]);
		}
		for (int r = 0; r < rows.length; r++) {
			Row row = s.createRow(r + 1);
			for (int i = 0; i < rows[r].length; i++) {
				Object v = rows[r][i];
				if (v instanceof Number n) {
					row.createCell(i).setCellValue(n.doubleValue());
				}
				else if (v != null) {
					row.createCell(i).setCellValue(v.toString());
				}
			}
		}
	}

	Result upload(String user, byte[] file) throws Exception {
		MvcResult r = mvc.perform(multipart("/api/waterbodies/import")
			.file(new MockMultipartFile("file", "registry.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(httpBasic(user, Api.PASSWORD))).andReturn();
		String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new Result(r.getResponse().getStatus(), body.isEmpty() ? null : json.readTree(body));
	}

	static List<String> cells(JsonNode problem) {
		List<String> out = new ArrayList<>();
		problem.get("rows").forEach(r -> out.add(r.get("sheet").asText() + ":" + r.get("row").asInt() + ":"
				+ r.get("field").asText()));
		return out;
	}

	@Test
	void aFileWithBadRowsNamesEachAndImportsNothing() throws Exception {
		byte[] file = workbook(new Object[][] {
				{ "IMP-A", "甲河", null, "RIVER", "黄河", "159999", 10 }, // wrong region code
				{ "DHH", "大黑河副本", null, "河流", "黄河", "150100", 5 }, // duplicate of a registered code
				{ "IMP-B", null, null, "RIVER", "黄河", "150105", 5 }, // no name
				{ "IMP-C", "丙河", null, "RIVER", "黄河", "150105", "十二" }, // not a number
				{ "IMP-D", "丁河", null, "RIVER", "黄河", "150105", 8.5 }, // good
				{ "IMP-D", "丁河又一行", null, "RIVER", "黄河", "150105", 8.5 } }, // duplicate in the file
				new Object[][] { { "IMP-D", "IMP-D-150105", "丁河赛罕区段", "150105" } },
				new Object[][] { { "IMP-D", "IMP-D-150105", "河长", "钱河长", null, "区副区长", "0471-1", null, "2026-01-01" } });

		Result r = upload("admin", file);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body().get("type").asText()).isEqualTo("urn:hezhang:problem:import-rejected");
		assertThat(cells(r.body())).containsExactlyInAnyOrder("水体:2:regionCode", "水体:3:code", "水体:4:name",
				"水体:5:lengthKm", "水体:7:code");
		JsonNode wrongRegion = r.body().get("rows").get(0);
		assertThat(wrongRegion.get("column").asText()).isEqualTo("行政区划代码 regionCode");
		assertThat(wrongRegion.get("message").asText()).contains("159999");
		// nothing of the good rows was imported
		assertThat(catalog.waterBodyByCode("IMP-D")).isEmpty();
		assertThat(catalog.reachByCode("IMP-D-150105")).isEmpty();
		assertThat(catalog.waterBodyByCode("DHH").orElseThrow().name()).isEqualTo("大黑河");
	}

	@Test
	void aGoodFileImportsAllItsRows() throws Exception {
		byte[] file = workbook(new Object[][] {
				{ "IMP-GOOD-1", "水磨沟河", "Shuimogou", "河流", "黄河", "150105", 21.5, null, "IV", "导入测试" },
				{ "IMP-GOOD-2", "南湖", null, "湖泊", "黄河", "150105", null, 1.2, "III" } },
				// far from the demo reaches (other suites locate reports by the nearest reach); XHH gets a reach
				// without a centre, so it is never the nearest
				new Object[][] { { "IMP-GOOD-1", "IMP-GOOD-1-150105104", "水磨沟金河镇段", "150105104", "北界", "南界", 6, 44.5, 120.5 },
						{ "XHH", "XHH-150105-B", "小黑河赛罕区下段", "150105" } },
				new Object[][] { { "IMP-GOOD-1", null, "河长", "张赛罕", "chief.saihan", "赛罕区河长", "0471-6000030", null, "2026-01-01", "2030-12-31" },
						{ "IMP-GOOD-1", "IMP-GOOD-1-150105104", "副河长", "赵金河", null, "金河镇副镇长", null, null, "2026-01-01" } });

		Result r = upload("office.saihan", file);
		assertThat(r.status()).as("%s", r.body()).isEqualTo(200);
		assertThat(r.body().get("waterBodies").asInt()).isEqualTo(2);
		assertThat(r.body().get("reaches").asInt()).isEqualTo(2);
		assertThat(r.body().get("chiefs").asInt()).isEqualTo(2);
		assertThat(catalog.waterBodyByCode("IMP-GOOD-2").orElseThrow().type()).isEqualTo(WaterBodyType.LAKE);
		assertThat(catalog.reachByCode("IMP-GOOD-1-150105104").orElseThrow().lengthKm()).isEqualByComparingTo("6");
		assertThat(catalog.reachByCode("XHH-150105-B").orElseThrow().waterBodyId())
			.isEqualTo(catalog.waterBodyByCode("XHH").orElseThrow().id());
	}

	@Test
	void anOfficeImportsOnlyInsideItsJurisdiction() throws Exception {
		byte[] file = workbook(new Object[][] { { "IMP-CITY", "城区河", null, "RIVER", "黄河", "150100" } },
				new Object[][] { { "HLH", "HLH-IMP", "呼伦湖新湖区", "150727" } }, new Object[][] {});
		Result r = upload("office.saihan", file);
		assertThat(r.status()).isEqualTo(400);
		assertThat(cells(r.body())).containsExactlyInAnyOrder("水体:2:regionCode", "河段:2:regionCode");
		assertThat(upload("chief.saihan", file).status()).isEqualTo(403);
	}

	@Test
	void theExportHoldsWhatTheCallerSees() throws Exception {
		List<String> admin = exportedCodes("admin");
		assertThat(admin).contains("HLH", "WLSH", "DH", "DHH", "KDLH");
		List<String> saihan = exportedCodes("office.saihan");
		assertThat(saihan).contains("DHH", "XHH").doesNotContain("HLH", "KDLH");
	}

	List<String> exportedCodes(String user) throws Exception {
		byte[] xlsx = mvc.perform(get("/api/waterbodies/export.xlsx").with(httpBasic(user, Api.PASSWORD))).andReturn()
			.getResponse().getContentAsByteArray();
		List<String> codes = new ArrayList<>();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet s = wb.getSheet("水体");
			for (int r = 1; r <= s.getLastRowNum(); r++) {
				codes.add(s.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(wb.getSheet("河长名册").getLastRowNum()).isPositive();
		}
		return codes;
	}
}
