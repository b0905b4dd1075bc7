package cn.hezhang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.http.HttpResponse;

import cn.hezhang.support.Api;
import cn.hezhang.support.Browser;
import cn.hezhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Login, CSRF, throttling and the admin-only engine APIs, through the real filter chains. Browser flows use a real
 * HTTP client: spring-security-test's csrf() would swap the shared context's CSRF repository for a session one.
 */
@IntegrationTest
class SecurityIT {
	@Autowired
	MockMvc mvc;

	@Autowired
	Api api;

	@LocalServerPort
	int port;

	@Test
	void engineRestAnswers401WithoutLogin403ForNonAdminsAndWorksForAdmins() {
		assertThat(new Browser(port).get("/engine-rest/engine").statusCode()).isEqualTo(401);
		assertThat(new Browser(port).get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
		assertThat(new Browser(port).basic("office.saihan", Api.PASSWORD).get("/engine-rest/engine").statusCode()).isEqualTo(403);
		assertThat(new Browser(port).basic("chief.region", Api.PASSWORD).get("/engine-rest/process-definition").statusCode())
			.isEqualTo(403);
		HttpResponse<String> admin = new Browser(port).basic("admin", Api.PASSWORD)
			.get("/engine-rest/process-definition?key=CaseHandlingProcess");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("\"key\":\"CaseHandlingProcess\"");
	}

	@Test
	void camundaWebappsAreForAdminsOnlyBehindTheSameLogin() {
		HttpResponse<String> page = new Browser(port).get("/camunda/app/cockpit/default/", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?redirect="));
		assertThat(new Browser(port).get("/camunda/api/engine/engine").statusCode()).isEqualTo(401);
		assertThat(new Browser(port).basic("office.saihan", Api.PASSWORD).get("/camunda/api/engine/engine").statusCode())
			.isEqualTo(403);

		Browser admin = new Browser(port);
		admin.get("/api/config");
		assertThat(admin.postJsonWithCsrf("/api/auth/login", "{\"username\":\"admin\",\"password\":\"Demo#2026\"}")
			.statusCode()).isEqualTo(200);
		assertThat(admin.get("/camunda/app/cockpit/default/", "Accept", "text/html").statusCode()).isEqualTo(200);
		HttpResponse<String> who = admin.get("/camunda/api/admin/auth/user/default");
		assertThat(who.statusCode()).isEqualTo(200);
		assertThat(who.body()).contains("\"userId\":\"admin\"").contains("cockpit");
	}

	@Test
	void browserLoginOpensASessionAndWritesNeedTheCsrfToken() {
		Browser browser = new Browser(port);
		browser.get("/api/config");
		assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
		assertThat(browser.postJson("/api/auth/login", "{\"username\":\"inspector.saihan\",\"password\":\"Demo#2026\"}")
			.statusCode()).as("login without the CSRF token").isEqualTo(403);

		HttpResponse<String> login = browser.postJsonWithCsrf("/api/auth/login",
				"{\"username\":\"inspector.saihan\",\"password\":\"Demo#2026\"}");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("\"role\":\"INSPECTOR\"").contains("赛罕区");
		assertThat(browser.cookie("SESSION")).isNotBlank();

		HttpResponse<String> me = browser.get("/api/auth/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("inspector.saihan");
		assertThat(browser.postJson("/api/notifications/1/read", "{}").statusCode()).as("write without token").isEqualTo(403);

		assertThat(browser.postJsonWithCsrf("/api/auth/logout", "{}").statusCode()).isEqualTo(204);
		assertThat(browser.get("/api/auth/me", "X-Requested-With", "XMLHttpRequest").statusCode()).isEqualTo(401);
	}

	@Test
	void wrongPasswordAnswers401WithProblemDetails() {
		Browser browser = new Browser(port);
		browser.get("/api/config");
		HttpResponse<String> r = browser.postJsonWithCsrf("/api/auth/login",
				"{\"username\":\"office.hohhot\",\"password\":\"wrong\"}");
		assertThat(r.statusCode()).isEqualTo(401);
		assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
		assertThat(r.body()).doesNotContain("Exception").doesNotContain("at cn.");
	}

	@Test
	void missingLoginFieldsAreNamed() {
		Browser browser = new Browser(port);
		browser.get("/api/config");
		HttpResponse<String> r = browser.postJsonWithCsrf("/api/auth/login", "{\"username\":\"\"}");
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
	}

	@Test
	void repeatedFailedLoginsLockTheAccountWith429() throws Exception {
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/auth/me").with(httpBasic("chief.ulanqab", "wrong-" + i))).andReturn();
		}
		Browser browser = new Browser(port);
		browser.get("/api/config");
		HttpResponse<String> locked = browser.postJsonWithCsrf("/api/auth/login",
				"{\"username\":\"chief.ulanqab\",\"password\":\"Demo#2026\"}");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Retry-After")).isPresent();
		MvcResult basic = mvc.perform(get("/api/auth/me").with(httpBasic("chief.ulanqab", Api.PASSWORD))).andReturn();
		assertThat(basic.getResponse().getStatus()).isEqualTo(429);
	}

	@Test
	void apiNeedsLoginButHealthConfigAndApiDocsArePublic() throws Exception {
		assertThat(api.anonymous().get("/api/casework/cases").status()).isEqualTo(401);
		assertThat(api.anonymous().get("/api/inbox").status()).isEqualTo(401);
		var health = api.anonymous().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.at("/status").asText()).isEqualTo("UP");
		assertThat(api.anonymous().get("/api/config").status()).isEqualTo(200);
		var docs = api.anonymous().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.at("/paths").has("/api/casework/cases")).isTrue();
		assertThat(docs.at("/paths").has("/api/casework/cases/{id}/triage")).isTrue();
		assertThat(api.as("office.saihan").get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(api.as("admin").get("/actuator/metrics").status()).isEqualTo(200);
	}

	@Test
	void theAppsOwnRoutesAnswerIndexHtmlButUnknownApiPathsAnswer404() throws Exception {
		boolean built = new org.springframework.core.io.ClassPathResource("static/index.html").exists();
		MvcResult page = mvc.perform(get("/cases/12").accept(MediaType.TEXT_HTML)).andReturn();
		if (built) {
			assertThat(page.getResponse().getStatus()).isEqualTo(200);
			assertThat(page.getResponse().getForwardedUrl() == null ? page.getResponse().getContentAsString()
					: page.getResponse().getForwardedUrl()).contains("index.html".equals(page.getResponse().getForwardedUrl()) ? "index" : "<div id=\"app\"");
		}
		else {
			assertThat(page.getResponse().getStatus()).as("no frontend in this classpath").isEqualTo(404);
		}
		MvcResult api = mvc.perform(get("/api/nothing-here").with(httpBasic("admin", Api.PASSWORD))).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(404);
		assertThat(api.getResponse().getContentType()).contains("application/problem+json");
	}
}
