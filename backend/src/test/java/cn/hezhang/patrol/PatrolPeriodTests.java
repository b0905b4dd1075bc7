package cn.hezhang.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The calendar periods of the patrol frequencies. */
class PatrolPeriodTests {
	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void dekadsAreTheFirstSecondAndLastThirdOfTheMonth() {
		assertThat(PatrolPeriod.DEKAD.of(d("2026-02-01"))).isEqualTo(new PatrolPeriod.Range(d("2026-02-01"), d("2026-02-10")));
		assertThat(PatrolPeriod.DEKAD.of(d("2026-02-11"))).isEqualTo(new PatrolPeriod.Range(d("2026-02-11"), d("2026-02-20")));
		// the last dekad runs to the month's end: 8 days in February 2026, 11 in a 31-day month
		assertThat(PatrolPeriod.DEKAD.of(d("2026-02-28"))).isEqualTo(new PatrolPeriod.Range(d("2026-02-21"), d("2026-02-28")));
		assertThat(PatrolPeriod.DEKAD.of(d("2026-12-31"))).isEqualTo(new PatrolPeriod.Range(d("2026-12-21"), d("2026-12-31")));
	}

	@Test
	void weeksRunMondayToSunday() {
		// 29 Nov 2026 is a Sunday
		assertThat(PatrolPeriod.WEEK.of(d("2026-11-29"))).isEqualTo(new PatrolPeriod.Range(d("2026-11-23"), d("2026-11-29")));
		assertThat(PatrolPeriod.WEEK.of(d("2026-11-30"))).isEqualTo(new PatrolPeriod.Range(d("2026-11-30"), d("2026-12-06")));
	}

	@Test
	void monthsQuartersHalfYearsAndYearsAreCalendarPeriods() {
		assertThat(PatrolPeriod.MONTH.of(d("2028-02-15"))).isEqualTo(new PatrolPeriod.Range(d("2028-02-01"), d("2028-02-29")));
		assertThat(PatrolPeriod.QUARTER.of(d("2026-11-29"))).isEqualTo(new PatrolPeriod.Range(d("2026-10-01"), d("2026-12-31")));
		assertThat(PatrolPeriod.QUARTER.of(d("2026-03-31"))).isEqualTo(new PatrolPeriod.Range(d("2026-01-01"), d("2026-03-31")));
		assertThat(PatrolPeriod.HALF_YEAR.of(d("2026-07-01"))).isEqualTo(new PatrolPeriod.Range(d("2026-07-01"), d("2026-12-31")));
		assertThat(PatrolPeriod.YEAR.of(d("2026-05-05"))).isEqualTo(new PatrolPeriod.Range(d("2026-01-01"), d("2026-12-31")));
	}

	@Test
	void everyDayLiesInExactlyTheOnePeriodThatFollowsThePreviousOne() {
		for (PatrolPeriod kind : PatrolPeriod.values()) {
			LocalDate day = d("2026-01-01");
			PatrolPeriod.Range current = kind.of(day);
			for (int i = 0; i < 800; i++, day = day.plusDays(1)) {
				PatrolPeriod.Range r = kind.of(day);
				assertThat(r.contains(day)).isTrue();
				if (!r.equals(current)) {
					assertThat(r.start()).as("%s after %s", kind, current).isEqualTo(current.end().plusDays(1));
					current = r;
				}
			}
		}
	}
}
