package cn.hezhang.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A real HTTP client with a cookie jar, for what MockMvc cannot reach (Camunda's Jersey servlets, the session
 * cookie of Spring Session) — it behaves like a browser, or like curl with {@link #basic}.
 */
public class Browser {
	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;
	private String basic;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public Browser basic(String username, String password) {
		this.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
			.findFirst().orElse(null);
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
	}

	public HttpResponse<String> postJson(String path, String json, String... headers) {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(json)), all);
	}

	/** A POST with the CSRF token the server put in the XSRF-TOKEN cookie, as the browser app sends it. */
	public HttpResponse<String> postJsonWithCsrf(String path, String json) {
		String token = cookie("XSRF-TOKEN");
		if (token == null) {
			throw new IllegalStateException("no XSRF-TOKEN cookie; cookies: " + cookies.getCookieStore().getCookies());
		}
		return postJson(path, json, "X-XSRF-TOKEN", token);
	}

	private HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
		if (basic != null) {
			b.header("Authorization", basic);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			b.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
