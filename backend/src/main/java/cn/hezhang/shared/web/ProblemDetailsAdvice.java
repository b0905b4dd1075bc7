package cn.hezhang.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.TooManyRequestsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as RFC 9457 problem details; bad input names its fields in {@code errors[]}
 * ({@code field}, {@code message}); no stack trace ever reaches the client.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	static ProblemDetail problem(HttpStatusCode status, String kind, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:hezhang:problem:" + kind));
		problem.setTitle(title);
		return problem;
	}

	static ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "输入有误 / Invalid input",
				errors.isEmpty() ? "请求内容有误" : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return problem;
	}

	static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message == null ? "invalid" : message);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
		List<Map<String, String>> errors = e.errors().stream().map(f -> fieldError(f.field(), f.message())).toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
		List<Map<String, String>> errors = e.getConstraintViolations().stream()
				.map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
		return status(problem(HttpStatus.NOT_FOUND, "not-found", "未找到 / Not found", e.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException e) {
		return status(problem(HttpStatus.CONFLICT, "state-conflict", "当前状态不允许此操作 / Not allowed in this state",
				e.getMessage()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException e) {
		return status(problem(HttpStatus.CONFLICT, "concurrent-change", "记录已被他人修改 / Changed by someone else",
				"该记录刚被他人修改, 请刷新后重试 / The record was just changed by someone else; reload and retry"));
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
		return status(problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Forbidden", e.getMessage()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
		return status(problem(HttpStatus.FORBIDDEN, "forbidden", "无权操作 / Forbidden",
				"您的角色不能执行此操作 / Your role may not do this"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
		return status(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "请先登录 / Login required", e.getMessage()));
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
		ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "请求过于频繁 / Too many requests",
				e.getMessage());
		long seconds = Math.max(1, e.retryAfter().toSeconds());
		problem.setProperty("retryAfterSeconds", seconds);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
				.body(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.info("integrity violation: {}", e.getMostSpecificCause().getMessage());
		return status(problem(HttpStatus.CONFLICT, "integrity", "数据冲突 / Data conflict",
				"与已有数据冲突 (重复或仍被引用) / Conflicts with existing data (duplicate or still referenced)"));
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
		log.warn("database unavailable: {}", e.toString());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "服务暂不可用 / Temporarily unavailable",
						"数据库暂时不可用, 请稍后重试; 未确认的提交请重新发送 / The database is unavailable; retry shortly"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
		if (isDatabaseDown(e)) {
			return databaseUnavailable(e);
		}
		log.error("unexpected error", e);
		return status(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "内部错误 / Internal error",
				"服务器内部错误, 已记录 / An internal error occurred and was logged"));
	}

	static boolean isDatabaseDown(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
					|| t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t.getClass().getName().endsWith("CommunicationsException")) {
				return true;
			}
			// SQLSTATE class 08: connection exception — e.g. "Connection is closed" when the rollback after a lost
			// link fails and replaces the original error
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			// the pool's closed-connection proxy (no SQLSTATE) under a failed rollback: the link is gone
			if (t instanceof org.hibernate.TransactionException && String.valueOf(t.getMessage()).contains("rollback")) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private static ResponseEntity<ProblemDetail> status(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

	// --- Spring MVC's own exceptions, with the fields named

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(invalid(errorsOf(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> {
			String field = r.getMethodParameter().getParameterName();
			if (err instanceof org.springframework.validation.FieldError fe) {
				field = fe.getField();
			}
			errors.add(fieldError(field, err.getDefaultMessage()));
		}));
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String message = "请求体不是有效的 JSON / The request body is not valid JSON";
		if (ex.getCause() instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JsonMappingException.Reference ref : jme.getPath()) {
				if (ref.getFieldName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
				}
				else if (ref.getIndex() >= 0) {
					path.append('[').append(ref.getIndex()).append(']');
				}
			}
			field = path.toString();
			message = "格式或取值无效 / Invalid format or value";
		}
		return ResponseEntity.badRequest().body(invalid(List.of(fieldError(field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
				.body(invalid(List.of(fieldError(ex.getParameterName(), "必填 / required"))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
				.body(invalid(List.of(fieldError(ex.getRequestPartName(), "必填 / required"))));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "文件过大 / Too large",
				"每张照片不得超过 10 MB / Each photo must be at most 10 MB");
		problem.setProperty("errors", List.of(fieldError("photos", "每张照片不得超过 10 MB / at most 10 MB each")));
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return ResponseEntity.badRequest()
				.body(invalid(List.of(fieldError(e.getName(), "格式或取值无效 / Invalid format or value"))));
	}

	private static List<Map<String, String>> errorsOf(BindingResult result) {
		List<Map<String, String>> errors = new ArrayList<>();
		result.getFieldErrors().forEach(f -> errors.add(fieldError(f.getField(), f.getDefaultMessage())));
		result.getGlobalErrors().forEach(g -> errors.add(fieldError(g.getObjectName(), g.getDefaultMessage())));
		return errors;
	}
}
