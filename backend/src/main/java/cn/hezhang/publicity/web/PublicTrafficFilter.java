package cn.hezhang.publicity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import cn.hezhang.publicity.PublicitySettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cheap limits in front of the public endpoints ({@code /api/public/**}, {@code /open311/**}), before any
 * database work: requests per client address and minute (per node: a flood is stopped where it lands), and the size
 * of a report's body (checked from Content-Length before the upload is read). Answers are problem details, or
 * Open311 errors under {@code /open311}.
 */
@Component
class PublicTrafficFilter extends OncePerRequestFilter {
	private final ClientAddresses addresses;
	private final PublicitySettings settings;
	private final ObjectMapper json;
	private final Clock clock;
	private final Map<String, Counter> counters = new ConcurrentHashMap<>();
	private volatile long currentMinute;

	PublicTrafficFilter(ClientAddresses addresses, PublicitySettings settings, ObjectMapper json, Clock clock) {
		this.addresses = addresses;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	private record Counter(long minute, AtomicInteger count) {
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/api/public/") || path.startsWith("/open311/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long minute = clock.millis() / 60_000;
		if (minute != currentMinute) {
			currentMinute = minute;
			counters.values().removeIf(c -> c.minute() != minute);
		}
		String address = addresses.of(request);
		Counter counter = counters.compute(address == null ? "?" : address,
				(k, c) -> c == null || c.minute() != minute ? new Counter(minute, new AtomicInteger()) : c);
		if (counter.count().incrementAndGet() > settings.limits().readsPerMinute()) {
			long retry = Math.max(1, 60 - (clock.millis() / 1000) % 60);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retry));
			reject(response, path, 429, "too-many-requests", "请求过于频繁 / Too many requests",
					"每分钟最多 %d 次请求, 请稍后再试 / at most %d requests a minute; try again shortly"
						.formatted(settings.limits().readsPerMinute(), settings.limits().readsPerMinute()));
			return;
		}
		if ("POST".equals(request.getMethod())
				&& request.getContentLengthLong() > settings.reports().maxRequestSize().toBytes()) {
			reject(response, path, 413, "too-large", "请求过大 / Too large",
					"报告连同照片不得超过 %d MB / a report with its photos may be at most %d MB"
						.formatted(settings.reports().maxRequestSize().toMegabytes(), settings.reports().maxRequestSize().toMegabytes()));
			return;
		}
		chain.doFilter(request, response);
	}

	private void reject(HttpServletResponse response, String path, int status, String kind, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (path.startsWith("/open311/")) {
			Open311Format format = Open311Format.ofPath(path);
			response.setContentType(format.mediaType().toString());
			response.getWriter().write(format.write("errors", Open311Errors.errors(status, detail), json));
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "urn:hezhang:problem:" + kind);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getWriter(), body);
	}
}
