package cn.hezhang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import cn.hezhang.calendar.WorkdayRules;
import cn.hezhang.shared.Times;

/**
 * The ladder's dates, in working days (holidays skipped, make-up Saturdays and Sundays counted): 督办 N working
 * days after the missed deadline and 挂牌督办 M working days after the 督办, both at the same Beijing clock time;
 * the unit acknowledges an urge and replies to a 督办单 by the end (下班时间) of the n-th working day after issue.
 */
public record LadderSchedule(WorkdayRules rules, LocalTime endOfDay, int superviseAfter, int listAfter,
		int acknowledgeWithin, int replyWithin) {

	public static LadderSchedule of(WorkdayRules rules, LocalTime endOfDay, SupervisionSettings settings) {
		return new LadderSchedule(rules, endOfDay, settings.superviseAfterWorkingDays(), settings.listAfterWorkingDays(),
				settings.acknowledgeWorkingDays(), settings.replyWorkingDays());
	}

	/** When the 督办单 is due: N working days after the deadline. */
	public Instant superviseAt(Instant deadline) {
		return sameTimeAfter(deadline, superviseAfter);
	}

	/** When the case is listed: M working days after the 督办 was due. */
	public Instant listAt(Instant superviseAt) {
		return sameTimeAfter(superviseAt, listAfter);
	}

	public Instant acknowledgeBy(Instant urgedAt) {
		return endOfWorkingDayAfter(urgedAt, acknowledgeWithin);
	}

	public Instant replyBy(Instant supervisedAt) {
		return endOfWorkingDayAfter(supervisedAt, replyWithin);
	}

	private Instant sameTimeAfter(Instant moment, int workingDays) {
		ZonedDateTime at = moment.atZone(Times.CHINA);
		LocalDate later = rules.plusWorkingDays(at.toLocalDate(), workingDays);
		return ZonedDateTime.of(later, at.toLocalTime(), Times.CHINA).toInstant();
	}

	private Instant endOfWorkingDayAfter(Instant moment, int workingDays) {
		LocalDate due = rules.plusWorkingDays(moment.atZone(Times.CHINA).toLocalDate(), workingDays);
		return ZonedDateTime.of(due, endOfDay, Times.CHINA).toInstant();
	}
}
