package cn.hezhang.scale;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

/**
 * What a phone app or a script does over HTTP: HTTP Basic for the API calls, or a browser-like login with the CSRF
 * cookie and the session cookie. The cookie jar is keyed by host, not port, so one client follows a user from one
 * node to the other exactly as a browser behind a load balancer would.
 */
final class HezhangClient {
	static final String PASSWORD = "Demo#2026";
	static final byte[] PHOTO = png();

	private final CookieManager cookies = new CookieManager();
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
		.connectTimeout(Duration.ofSeconds(3)).followRedirects(HttpClient.Redirect.NEVER).build();
	private final String basic;

	HezhangClient(String username) {
		this.basic = username == null ? null
				: "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	static HezhangClient anonymous() {
		return new HezhangClient(null);
	}

	HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
	}

	HttpResponse<String> postJson(String base, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		String csrf = cookie("XSRF-TOKEN");
		if (basic == null && csrf != null) {
			b.header("X-XSRF-TOKEN", csrf);
		}
		return send(b);
	}

	/** The browser's sign-in: fetch the CSRF cookie, post the credentials with it; the session lives in the database. */
	HttpResponse<String> login(String base, String username) throws IOException, InterruptedException {
		get(base, "/api/config");
		return postJson(base, "/api/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
	}

	/** An inspector's report with one photo; the client id makes a resend idempotent. */
	HttpResponse<String> report(String base, String clientId, long reachId, String category)
			throws IOException, InterruptedException {
		String json = "{\"clientId\":\"" + clientId + "\",\"reachId\":" + reachId + ",\"category\":\"" + category
				+ "\",\"description\":\"resilience run " + clientId + "\",\"lat\":40.78,\"lon\":111.72}";
		String boundary = "----hz" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"report\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + json + "\r\n");
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"p.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n");
		body.writeBytes(PHOTO);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(base + "/api/casework/cases"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	String cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	private HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
		b.timeout(Duration.ofSeconds(60)).header("X-Requested-With", "XMLHttpRequest").header("Accept",
				"application/json, application/problem+json");
		if (basic != null) {
			b.header("Authorization", basic);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void write(ByteArrayOutputStream out, String s) {
		out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] png() {
		BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				img.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(img, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
