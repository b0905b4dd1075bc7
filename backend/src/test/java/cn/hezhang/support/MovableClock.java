package cn.hezhang.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Real time plus an offset that tests move forward, for our code and for the engine alike (the engine reads
 * ClockUtil). Time never goes back, so tests sharing the context stay consistent.
 */
public class MovableClock extends Clock {
	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	public synchronized void advance(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("time only moves forward");
		}
		offset = offset.plus(by);
		ClockUtil.offset(offset.toMillis());
	}

	/** Moves to just after {@code moment} (no-op if it is already past). */
	public void advancePast(Instant moment) {
		Duration gap = Duration.between(instant(), moment).plusSeconds(1);
		if (!gap.isNegative()) {
			advance(gap);
		}
	}
}
