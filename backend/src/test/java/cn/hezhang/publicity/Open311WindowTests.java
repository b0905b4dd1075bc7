package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import cn.hezhang.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** GeoReport v2: "the last 90 days" by default; a range may not span more than 90 days. */
class Open311WindowTests {
	static final Duration SPAN = Duration.ofDays(90);
	static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	@Test
	void withoutDatesTheWindowIsTheLastNinetyDays() {
		Open311Window w = Open311Window.resolve(null, null, NOW, SPAN);
		assertThat(w.from()).isEqualTo(Instant.parse("2026-08-31T08:00:00Z"));
		assertThat(w.to()).isEqualTo(NOW);
	}

	@Test
	void aStartAloneReachesNinetyDaysForward() {
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		Open311Window w = Open311Window.resolve(start, null, NOW, SPAN);
		assertThat(w.from()).isEqualTo(start);
		assertThat(w.to()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
	}

	@Test
	void anEndAloneReachesNinetyDaysBack() {
		Instant end = Instant.parse("2026-04-01T00:00:00Z");
		Open311Window w = Open311Window.resolve(null, end, NOW, SPAN);
		assertThat(w.from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(w.to()).isEqualTo(end);
	}

	@Test
	void bothMayBeExactlyNinetyDaysApartButNotOneSecondMore() {
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		assertThat(Open311Window.resolve(start, start.plus(SPAN), NOW, SPAN).to()).isEqualTo(start.plus(SPAN));
		assertThatThrownBy(() -> Open311Window.resolve(start, start.plus(SPAN).plusSeconds(1), NOW, SPAN))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("end_date");
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		assertThatThrownBy(() -> Open311Window.resolve(NOW, NOW.minusSeconds(1), NOW, SPAN))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("end_date");
	}
}
