package cn.hezhang.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401, 403 and 429 from the security filters, as problem details like every other error. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LoginThrottledException throttled) {
			tooMany(response, throttled.getMessage(), throttled.retryAfter());
			return;
		}
		// Scripts get the Basic challenge; the browser app (X-Requested-With) gets no login pop-up.
		if (request.getHeader("X-Requested-With") == null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"hezhang\"");
		}
		String detail = e.getMessage() != null && e.getMessage().contains("/") ? e.getMessage()
				: "请先登录 / Login required";
		write(response, 401, "unauthenticated", "请先登录 / Login required", detail, Map.of());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(response, 403, "forbidden", "无权操作 / Forbidden",
				request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/engine-rest")
						? "您的角色不能执行此操作 / Your role may not do this" : "仅限管理员 / Administrators only",
				Map.of());
	}

	void tooMany(HttpServletResponse response, String detail, Duration retryAfter) throws IOException {
		long seconds = Math.max(1, retryAfter.toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		write(response, 429, "too-many-requests", "请求过于频繁 / Too many requests", detail,
				Map.of("retryAfterSeconds", seconds));
	}

	void write(HttpServletResponse response, int status, String kind, String title, String detail,
			Map<String, Object> extra) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "urn:hezhang:problem:" + kind);
		body.put("title", title);
		body.put("status", status);
		body.put("detail", detail);
		body.putAll(extra);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
