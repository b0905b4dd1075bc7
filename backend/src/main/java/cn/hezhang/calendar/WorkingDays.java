package cn.hezhang.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.hezhang.shared.Times;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's public API. Deadlines are "the end of the n-th working day" (下班时间, 18:00 Beijing time by
 * default, {@code hezhang.calendar.end-of-working-day}).
 */
@Service
public class WorkingDays {
	private final CalendarDays days;
	private final LocalTime endOfDay;
	private final AtomicReference<WorkdayRules> rules = new AtomicReference<>();

	WorkingDays(CalendarDays days, @Value("${hezhang.calendar.end-of-working-day:18:00}") LocalTime endOfDay) {
		this.days = days;
		this.endOfDay = endOfDay;
	}

	public boolean isWorkingDay(LocalDate date) {
		return rules().isWorkingDay(date);
	}

	public LocalDate plusWorkingDays(LocalDate date, int n) {
		return rules().plusWorkingDays(date, n);
	}

	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return rules().workingDaysBetween(from, to);
	}

	/** The end of the n-th working day after the Beijing date of {@code start}. */
	public Instant deadlineAfter(Instant start, int workingDays) {
		LocalDate startDate = start.atZone(Times.CHINA).toLocalDate();
		LocalDate due = rules().plusWorkingDays(startDate, workingDays);
		return ZonedDateTime.of(due, endOfDay, Times.CHINA).toInstant();
	}

	/** The same Beijing clock time n working days earlier (a warning before a deadline). */
	public Instant workingDaysBefore(Instant deadline, int workingDays) {
		ZonedDateTime at = deadline.atZone(Times.CHINA);
		LocalDate earlier = rules().minusWorkingDays(at.toLocalDate(), workingDays);
		return ZonedDateTime.of(earlier, at.toLocalTime(), Times.CHINA).toInstant();
	}

	public LocalTime endOfDay() {
		return endOfDay;
	}

	/** The same Beijing clock time n working days later (a ladder step after a deadline). */
	public Instant workingDaysAfter(Instant moment, int workingDays) {
		ZonedDateTime at = moment.atZone(Times.CHINA);
		LocalDate later = rules().plusWorkingDays(at.toLocalDate(), workingDays);
		return ZonedDateTime.of(later, at.toLocalTime(), Times.CHINA).toInstant();
	}

	/** The holidays and make-up days between two dates, for the calendar page. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> entries(LocalDate from, LocalDate to) {
		return days.findByDayBetweenOrderByDay(from, to).stream()
				.map(d -> new CalendarEntry(d.day(), d.kind(), d.nameZh(), d.nameEn(), d.notice())).toList();
	}

	/**
	 * Sets a day of a future year (after the current Beijing year) to a holiday or a make-up working day, as a new
	 * State Council notice announces it; an admin's edit. Earlier years are history and stay as they are.
	 */
	@Transactional
	public CalendarEntry put(LocalDate day, DayKind kind, String nameZh, String nameEn, String notice, Clock clock) {
		List<cn.hezhang.shared.InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
		checkFuture(day, clock, errors);
		if (kind == null) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("kind", "请选择放假或调休上班 / choose HOLIDAY or MAKEUP_WORKDAY"));
		}
		else if (kind == DayKind.MAKEUP_WORKDAY && day != null && day.getDayOfWeek().getValue() < 6) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("kind", "调休上班日只能是周六或周日 / a make-up working day is a Saturday or Sunday"));
		}
		if (nameZh == null || nameZh.isBlank() || nameZh.length() > 32) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("nameZh", "请填写节日名称 (最多 32 字) / name the holiday"));
		}
		if (nameEn != null && nameEn.length() > 64) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("nameEn", "最多 64 字 / at most 64 characters"));
		}
		if (notice != null && notice.length() > 64) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("notice", "最多 64 字 / at most 64 characters"));
		}
		if (!errors.isEmpty()) {
			throw new cn.hezhang.shared.InvalidInputException(errors);
		}
		// the English name is required by the table; without one the Chinese name stands in
		String english = blank(nameEn) == null ? nameZh.trim() : nameEn.trim();
		CalendarDay saved = days.save(new CalendarDay(day, kind, nameZh.trim(), english, blank(notice)));
		reload();
		return new CalendarEntry(saved.day(), saved.kind(), saved.nameZh(), saved.nameEn(), saved.notice());
	}

	/** Removes a future day's exception (it becomes an ordinary weekday or weekend again). */
	@Transactional
	public void remove(LocalDate day, Clock clock) {
		List<cn.hezhang.shared.InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
		checkFuture(day, clock, errors);
		if (!errors.isEmpty()) {
			throw new cn.hezhang.shared.InvalidInputException(errors);
		}
		if (!days.existsById(day)) {
			throw new cn.hezhang.shared.NotFoundException("该日期没有设置 / no entry for this day");
		}
		days.deleteById(day);
		reload();
	}

	private static void checkFuture(LocalDate day, Clock clock, List<cn.hezhang.shared.InvalidInputException.FieldError> errors) {
		int thisYear = clock.instant().atZone(Times.CHINA).getYear();
		if (day == null || day.getYear() <= thisYear) {
			errors.add(new cn.hezhang.shared.InvalidInputException.FieldError("day", "只能编辑以后年度的日历 / only future years may be edited"));
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** Forget the cached rules after the calendar was edited. */
	public void reload() {
		rules.set(null);
	}

	/** The current rules (holidays and make-up days), for pure calculations elsewhere. */
	public WorkdayRules rules() {
		WorkdayRules current = rules.get();
		if (current == null) {
			Map<LocalDate, DayKind> map = new HashMap<>();
			days.findAll().forEach(d -> map.put(d.day(), d.kind()));
			current = new WorkdayRules(map);
			rules.set(current);
		}
		return current;
	}

	public record CalendarEntry(LocalDate day, DayKind kind, String nameZh, String nameEn, String notice) {
	}
}
