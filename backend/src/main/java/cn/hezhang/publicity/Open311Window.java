package cn.hezhang.publicity;

import java.time.Duration;
import java.time.Instant;

import cn.hezhang.shared.InvalidInputException;

/**
 * The date window of an Open311 request list (GeoReport v2, "GET Service Requests"): by default the last 90 days;
 * a start alone reaches 90 days forward, an end alone 90 days back; both may be at most 90 days apart and the end
 * not before the start.
 */
public record Open311Window(Instant from, Instant to) {

	public static Open311Window resolve(Instant start, Instant end, Instant now, Duration span) {
		if (start == null && end == null) {
			return new Open311Window(now.minus(span), now);
		}
		if (end == null) {
			return new Open311Window(start, start.plus(span));
		}
		if (start == null) {
			return new Open311Window(end.minus(span), end);
		}
		if (end.isBefore(start)) {
			throw new InvalidInputException("end_date", "end_date 早于 start_date / end_date is before start_date");
		}
		if (Duration.between(start, end).compareTo(span) > 0) {
			throw new InvalidInputException("end_date", "start_date 与 end_date 最多相隔 %d 天 / start_date and end_date may be at most %d days apart"
				.formatted(span.toDays(), span.toDays()));
		}
		return new Open311Window(start, end);
	}
}
