package cn.hezhang.security.web;

import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.security.LoginThrottledException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Browser login: a JSON login that opens a session (cookie), and who am I. */
@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth", description = "登录 / login")
class AuthController {
	private final AuthenticationManager authenticationManager;
	private final SecurityContextRepository contexts;
	private final CurrentUsers currentUsers;
	private final cn.hezhang.security.UserAdministration administration;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
			CurrentUsers currentUsers, cn.hezhang.security.UserAdministration administration) {
		this.administration = administration;
		this.authenticationManager = authenticationManager;
		this.contexts = contexts;
		this.currentUsers = currentUsers;
	}

	@PostMapping("/login")
	@Operation(summary = "Log in with username and password; answers the user and sets the session cookie")
	Me login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(body.username(),
				body.password());
		token.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		Authentication authentication = authenticationManager.authenticate(token);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		request.getSession(true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return Me.of(currentUsers.current());
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(LoginThrottledException.class)
	org.springframework.http.ResponseEntity<org.springframework.http.ProblemDetail> throttled(LoginThrottledException e) {
		long seconds = Math.max(1, e.retryAfter().toSeconds());
		var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
				org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
		problem.setType(java.net.URI.create("urn:hezhang:problem:too-many-requests"));
		problem.setTitle("请求过于频繁 / Too many requests");
		problem.setProperty("retryAfterSeconds", seconds);
		return org.springframework.http.ResponseEntity.status(429)
			.header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
			.body(problem);
	}

	@GetMapping("/me")
	Me me() {
		return Me.of(currentUsers.current());
	}

	@org.springframework.web.bind.annotation.PostMapping("/password")
	@Operation(summary = "Change one's own password (the current one must be given)")
	org.springframework.http.ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange body) {
		administration.changeOwnPassword(currentUsers.current(), body.currentPassword(), body.newPassword());
		return org.springframework.http.ResponseEntity.noContent().build();
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
	}

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record Me(Long id, String username, String displayName, String role, String level, String regionCode,
			String regionName, Long orgId, String orgName) {
		static Me of(CurrentUser u) {
			return new Me(u.id(), u.username(), u.displayName(), u.role().name(),
					u.level() == null ? null : u.level().name(), u.regionCode(), u.regionName(), u.orgId(), u.orgName());
		}
	}
}
