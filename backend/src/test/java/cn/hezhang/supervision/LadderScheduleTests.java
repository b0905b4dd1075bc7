package cn.hezhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import cn.hezhang.shared.Times;
import org.junit.jupiter.api.Test;

/**
 * The ladder's dates with N = 3, M = 5 (the defaults), acknowledgement within 1 and reply within 3 working days,
 * across the holidays of the State Council notices. Expected dates are counted by hand from the notices
 * (国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号 for 2026).
 */
class LadderScheduleTests {
	static final LadderSchedule SCHEDULE = new LadderSchedule(Calendars.seeded(), LocalTime.of(18, 0), 3, 5, 1, 3);

	static Instant beijing(String local) {
		return LocalDateTime.parse(local).atZone(Times.CHINA).toInstant();
	}

	@Test
	void springFestival2026SkipsTheNineDaysOffAndCountsBothMakeUpSaturdays() {
		// deadline Fri 13 Feb; Sat 14 Feb is a make-up working day (1), 15-23 Feb off, Tue 24 (2), Wed 25 (3)
		Instant deadline = beijing("2026-02-13T18:00");
		Instant supervise = SCHEDULE.superviseAt(deadline);
		assertThat(supervise).isEqualTo(beijing("2026-02-25T18:00"));
		// then Thu 26 (1), Fri 27 (2), Sat 28 make-up (3), Mon 2 Mar (4), Tue 3 Mar (5)
		assertThat(SCHEDULE.listAt(supervise)).isEqualTo(beijing("2026-03-03T18:00"));
		// urged at the deadline: acknowledge by the end of the make-up Saturday
		assertThat(SCHEDULE.acknowledgeBy(beijing("2026-02-13T18:00:05"))).isEqualTo(beijing("2026-02-14T18:00"));
	}

	@Test
	void nationalDay2026PutsTheNoticeOnTheMakeUpSaturdayAfterTheHoliday() {
		// deadline Wed 30 Sep; 1-7 Oct off, Thu 8 (1), Fri 9 (2), Sat 10 Oct make-up (3)
		Instant supervise = SCHEDULE.superviseAt(beijing("2026-09-30T18:00"));
		assertThat(supervise).isEqualTo(beijing("2026-10-10T18:00"));
		// Mon 12 .. Fri 16 Oct
		assertThat(SCHEDULE.listAt(supervise)).isEqualTo(beijing("2026-10-16T18:00"));
		// a 督办单 issued on the make-up Saturday is answered within 3 working days: Mon 12, Tue 13, Wed 14
		assertThat(SCHEDULE.replyBy(beijing("2026-10-10T18:00:01"))).isEqualTo(beijing("2026-10-14T18:00"));
	}

	@Test
	void nationalDay2025CountsTheMakeUpSundayBeforeAndTheMakeUpSaturdayAfter() {
		// deadline Fri 26 Sep 2025; Sun 28 Sep make-up (1), Mon 29 (2), Tue 30 (3)
		Instant supervise = SCHEDULE.superviseAt(beijing("2025-09-26T18:00"));
		assertThat(supervise).isEqualTo(beijing("2025-09-30T18:00"));
		// 1-8 Oct off; Thu 9 (1), Fri 10 (2), Sat 11 make-up (3), Mon 13 (4), Tue 14 (5)
		assertThat(SCHEDULE.listAt(supervise)).isEqualTo(beijing("2025-10-14T18:00"));
	}

	@Test
	void anOrdinaryWeekSkipsOnlyTheWeekend() {
		// Thu 12 Nov 2026: Fri 13 (1), Mon 16 (2), Tue 17 (3)
		assertThat(SCHEDULE.superviseAt(beijing("2026-11-12T18:00"))).isEqualTo(beijing("2026-11-17T18:00"));
	}
}
