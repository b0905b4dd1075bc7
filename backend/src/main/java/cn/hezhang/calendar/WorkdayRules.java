package cn.hezhang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * The pure rule, without storage: a day is a working day if it is a make-up working day, or a weekday
 * that is not a holiday (shared/data/cn_workday_calendar.md, "How to use the calendar").
 */
public final class WorkdayRules {
	private final Map<LocalDate, DayKind> exceptions;

	public WorkdayRules(Map<LocalDate, DayKind> exceptions) {
		this.exceptions = Map.copyOf(exceptions);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayKind kind = exceptions.get(date);
		if (kind == DayKind.MAKEUP_WORKDAY) {
			return true;
		}
		if (kind == DayKind.HOLIDAY) {
			return false;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The n-th working day after {@code date} (n ≥ 1; the start day itself never counts, as in
	 * "within n working days of receipt"). n = 0 answers the date itself if it is a working day, else the next.
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		if (n < 0) {
			return minusWorkingDays(date, -n);
		}
		LocalDate d = date;
		if (n == 0) {
			while (!isWorkingDay(d)) {
				d = d.plusDays(1);
			}
			return d;
		}
		int left = n;
		while (left > 0) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/** The n-th working day before {@code date} (n ≥ 1). */
	public LocalDate minusWorkingDays(LocalDate date, int n) {
		LocalDate d = date;
		int left = n;
		while (left > 0) {
			d = d.minusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/** Working days strictly after {@code from} up to and including {@code to} (0 if to ≤ from). */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}
}
