package cn.hezhang.patrol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Patrol periods, as calendar periods in Beijing time: a week (Monday–Sunday), a dekad (旬: days 1–10, 11–20,
 * 21–end of month), a month, a quarter, a half year and a year. {@link #of} gives the period containing a day.
 */
public enum PatrolPeriod {
	WEEK("周"), DEKAD("旬"), MONTH("月"), QUARTER("季度"), HALF_YEAR("半年"), YEAR("年");

	private final String label;

	PatrolPeriod(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The period's first and last day (both inclusive) around {@code day}. */
	public Range of(LocalDate day) {
		return switch (this) {
			case WEEK -> {
				LocalDate start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Range(start, start.plusDays(6));
			}
			case DEKAD -> {
				int d = day.getDayOfMonth();
				if (d <= 10) {
					yield new Range(day.withDayOfMonth(1), day.withDayOfMonth(10));
				}
				if (d <= 20) {
					yield new Range(day.withDayOfMonth(11), day.withDayOfMonth(20));
				}
				yield new Range(day.withDayOfMonth(21), day.with(TemporalAdjusters.lastDayOfMonth()));
			}
			case MONTH -> new Range(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTER -> {
				LocalDate start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
				yield new Range(start, start.plusMonths(3).minusDays(1));
			}
			case HALF_YEAR -> {
				LocalDate start = day.withDayOfMonth(1).withMonth(day.getMonthValue() <= 6 ? 1 : 7);
				yield new Range(start, start.plusMonths(6).minusDays(1));
			}
			case YEAR -> new Range(day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
		};
	}

	/** A period: first and last day, both inclusive. */
	public record Range(LocalDate start, LocalDate end) {
		public boolean contains(LocalDate day) {
			return !day.isBefore(start) && !day.isAfter(end);
		}
	}
}
