package cn.hezhang.shared;

import java.time.Duration;

/** A rate or abuse limit was reached (answers 429 with Retry-After). */
public class TooManyRequestsException extends RuntimeException {
	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
