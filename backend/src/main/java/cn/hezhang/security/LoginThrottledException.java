package cn.hezhang.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account or address: answers 429 with Retry-After. */
public class LoginThrottledException extends AuthenticationException {
	private final Duration retryAfter;

	LoginThrottledException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
