package cn.hezhang.publicity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.TooManyRequestsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the Open311 endpoint in the specification's format ({@code errors/error{code, description}}) and its
 * status codes: 400 missing or bad argument, 403 api_key, 404 unknown jurisdiction, service, request or token. Rate
 * limits answer 429 with Retry-After in the same format.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {
	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);
	private final ObjectMapper json;

	Open311Errors(ObjectMapper json) {
		this.json = json;
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> open311(Open311Exception e, HttpServletRequest request) {
		return answer(request, e.status(), e.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
		return answer(request, 400, e.errors().stream().map(f -> f.field() + ": " + f.message())
			.collect(Collectors.joining("; ")));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
		return answer(request, 404, e.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<String> forbidden(ForbiddenException e, HttpServletRequest request) {
		return answer(request, 403, e.getMessage());
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<String> tooMany(TooManyRequestsException e, HttpServletRequest request) {
		long seconds = Math.max(1, e.retryAfter().toSeconds());
		ResponseEntity<String> answer = answer(request, 429, e.getMessage());
		return ResponseEntity.status(429).headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(answer.getBody());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<String> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return answer(request, 405, "不支持的方法 / method not allowed: " + e.getMethod());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
		log.error("Open311 request failed", e);
		return answer(request, 500, "服务器内部错误, 已记录 / internal error, logged");
	}

	ResponseEntity<String> answer(HttpServletRequest request, int status, String description) {
		return Open311Format.ofPath(request.getRequestURI()).answer(status, "errors", errors(status, description), json);
	}

	static List<Map<String, Object>> errors(int status, String description) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", status);
		error.put("description", description);
		return List.of(error);
	}
}
