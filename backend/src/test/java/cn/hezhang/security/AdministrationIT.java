package cn.hezhang.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.hezhang.support.Api;
import cn.hezhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Account, organisation and case reference-data administration: admins only, validated, effective at once. */
@IntegrationTest
class AdministrationIT {
	@Autowired
	Api api;

	@Autowired
	MockMvc mvc;

	static final List<String> NOT_ADMINS = List.of("office.region", "supervisor", "chief.region", "inspector.saihan",
			"unit.zhujian");

	int statusWithPassword(String username, String password) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get("/api/auth/me")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic(username, password))).andReturn().getResponse().getStatus();
	}

	Map<String, Object> newInspector(String username) {
		Map<String, Object> u = new HashMap<>();
		u.put("username", username);
		u.put("password", "River2026pass");
		u.put("displayName", "新巡河员");
		u.put("role", "INSPECTOR");
		u.put("regionCode", "150105");
		return u;
	}

	@Test
	void onlyAdminsReachTheAdministrationEndpoints() {
		for (String user : NOT_ADMINS) {
			assertThat(api.as(user).get("/api/admin/users").status()).as(user).isEqualTo(403);
			assertThat(api.as(user).post("/api/admin/users", newInspector("x" + user.hashCode())).status()).as(user).isEqualTo(403);
			assertThat(api.as(user).get("/api/admin/orgs").status()).as(user).isEqualTo(403);
			assertThat(api.as(user).get("/api/casework/admin/categories").status()).as(user).isEqualTo(403);
			assertThat(api.as(user).post("/api/casework/admin/categories",
					Map.of("code", "X_" + Math.abs(user.hashCode()), "nameZh", "x", "nameEn", "x")).status()).as(user).isEqualTo(403);
		}
		assertThat(api.anonymous().get("/api/admin/users").status()).isEqualTo(401);
		assertThat(api.as("admin").get("/api/admin/users?role=CHIEF&regionCode=150100").status()).isEqualTo(200);
	}

	@Test
	void anAdminCreatesAUserWhoCanLogInAndIsScopedToItsRegion() throws Exception {
		String username = "inspector." + UUID.randomUUID().toString().substring(0, 8);
		Api.Response created = api.as("admin").post("/api/admin/users", newInspector(username));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.at("/regionName").asText()).isEqualTo("赛罕区");
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(200);

		Api.Response found = api.as("admin").get("/api/admin/users?q=" + username);
		assertThat(found.at("/total").asLong()).isEqualTo(1);
		assertThat(api.as("admin").get("/api/admin/users?regionCode=150823&q=" + username).at("/total").asLong()).isZero();

		Map<String, Object> bad = newInspector(username);
		bad.put("password", "short");
		bad.put("regionCode", "999999");
		Api.Response invalid = api.as("admin").post("/api/admin/users", bad);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.fieldErrors()).contains("username", "regionCode", "password");

		Map<String, Object> unitWithoutOrg = newInspector("unit." + UUID.randomUUID().toString().substring(0, 8));
		unitWithoutOrg.put("role", "UNIT");
		assertThat(api.as("admin").post("/api/admin/users", unitWithoutOrg).fieldErrors()).containsExactly("orgId");
	}

	@Test
	void disablingOrResettingAPasswordTakesEffectAtOnceEvenForRememberedBasicCredentials() throws Exception {
		String username = "inspector." + UUID.randomUUID().toString().substring(0, 8);
		long id = api.as("admin").post("/api/admin/users", newInspector(username)).id();
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(200);

		assertThat(api.as("admin").post("/api/admin/users/{id}/enabled", Map.of("enabled", false), id).status()).isEqualTo(200);
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(401);
		api.as("admin").post("/api/admin/users/{id}/enabled", Map.of("enabled", true), id);
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(200);

		assertThat(api.as("admin").post("/api/admin/users/{id}/password", Map.of("password", "weak"), id).fieldErrors())
			.containsExactly("password");
		assertThat(api.as("admin").post("/api/admin/users/{id}/password", Map.of("password", "Reset2026pw"), id).status())
			.isEqualTo(204);
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(401);
		assertThat(statusWithPassword(username, "Reset2026pw")).isEqualTo(200);

		long adminId = api.as("admin").get("/api/auth/me").id();
		assertThat(api.as("admin").post("/api/admin/users/{id}/enabled", Map.of("enabled", false), adminId).status())
			.isEqualTo(403);
	}

	@Test
	void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		String username = "inspector." + UUID.randomUUID().toString().substring(0, 8);
		api.as("admin").post("/api/admin/users", newInspector(username));
		int wrong = mvc.perform(MockMvcRequestBuilders.post("/api/auth/password")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic(username, "River2026pass"))
			.contentType("application/json").content("{\"currentPassword\":\"nope\",\"newPassword\":\"Changed2026x\"}"))
			.andReturn().getResponse().getStatus();
		assertThat(wrong).isEqualTo(400);
		int ok = mvc.perform(MockMvcRequestBuilders.post("/api/auth/password")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic(username, "River2026pass"))
			.contentType("application/json").content("{\"currentPassword\":\"River2026pass\",\"newPassword\":\"Changed2026x\"}"))
			.andReturn().getResponse().getStatus();
		assertThat(ok).isEqualTo(204);
		assertThat(statusWithPassword(username, "Changed2026x")).isEqualTo(200);
		assertThat(statusWithPassword(username, "River2026pass")).isEqualTo(401);
	}

	@Test
	void officesExistAtCountyLevelAndAboveAndUnitsAnywhere() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		Api.Response township = api.as("admin").post("/api/admin/orgs",
				Map.of("kind", "OFFICE", "name", "金河镇河长办" + suffix, "regionCode", "150105104"));
		assertThat(township.fieldErrors()).containsExactly("kind");
		Api.Response unit = api.as("admin").post("/api/admin/orgs",
				Map.of("kind", "UNIT", "name", "金河镇农业农村办" + suffix, "regionCode", "150105104"));
		assertThat(unit.status()).isEqualTo(201);
		assertThat(api.as("admin").post("/api/admin/orgs",
				Map.of("kind", "UNIT", "name", "金河镇农业农村办" + suffix, "regionCode", "150105104")).fieldErrors())
			.containsExactly("name");
		assertThat(api.as("admin").get("/api/admin/orgs?kind=UNIT&regionCode=150105").body().toString())
			.contains("金河镇农业农村办" + suffix);
	}

	@Test
	void aNewCategoryAndItsTimeLimitAreUsedByTheWorkflowAndADeactivatedOneIsRefused() {
		String code = "TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		assertThat(api.as("admin").post("/api/casework/admin/categories",
				Map.of("code", "bad code", "nameZh", "测试", "nameEn", "Test")).fieldErrors()).containsExactly("code");
		assertThat(api.as("admin").post("/api/casework/admin/categories",
				Map.of("code", code, "nameZh", "河道淤积", "nameEn", "Silting", "publicUse", true, "sortOrder", 95)).status())
			.isEqualTo(201);
		assertThat(api.as("inspector.saihan").get("/api/casework/categories").body().toString()).contains(code);

		assertThat(api.as("admin").post("/api/casework/admin/categories", Map.of("code", code, "nameZh", "x", "nameEn", "x"))
			.fieldErrors()).containsExactly("code");
		assertThat(api.as("admin").get("/api/casework/admin/deadline-rules").body().toString())
			.contains("\"category\":\"" + code + "\",\"severity\":\"MAJOR\",\"workingDays\":20");
		Api.Response badDays = api.as("admin").put("/api/casework/admin/deadline-rules/" + code + "/GENERAL", Map.of("workingDays", 0));
		assertThat(badDays.fieldErrors()).containsExactly("workingDays");
		assertThat(api.as("admin").put("/api/casework/admin/deadline-rules/" + code + "/GENERAL", Map.of("workingDays", 4)).status())
			.isEqualTo(200);
		assertThat(api.as("admin").get("/api/casework/admin/deadline-rules").body().toString())
			.contains("\"category\":\"" + code + "\",\"severity\":\"GENERAL\",\"workingDays\":4");

		assertThat(api.as("admin").put("/api/casework/admin/categories/" + code,
				Map.of("nameZh", "河道淤积", "nameEn", "Silting", "publicUse", true, "active", false, "sortOrder", 95)).status())
			.isEqualTo(200);
		assertThat(api.as("inspector.saihan").get("/api/casework/categories").body().toString()).doesNotContain(code);
	}

}
