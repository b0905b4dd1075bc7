package cn.hezhang.patrol.track;

import cn.hezhang.patrol.TrackPoint;
import cn.hezhang.patrol.TravelMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.patrol.PatrolSettings;
import org.junit.jupiter.api.Test;

/** The track rules against facts: known distances, speeds people and cars reach, the defaults of README "Patrols". */
class TrackRulesTests {
	static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
	static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");
	final TrackRules rules = new TrackRules(PatrolSettings.defaults());

	static TrackPoint p(int seq, long secondsAfterT0, double lat, double lon) {
		return new TrackPoint(seq, T0.plusSeconds(secondsAfterT0), lat, lon, 10.0);
	}

	/** Metres north of the 小黑河 demo reach centre (40.80, 111.70) as a latitude: 1° = π·R/180 m. */
	static double north(double meters) {
		return 40.80 + meters / (Math.PI * Geo.EARTH_RADIUS_M / 180);
	}

	@Test
	void oneDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
		assertThat(Geo.haversine(40, 111, 41, 111)).isCloseTo(111_195, within(1.0));
	}

	@Test
	void beijingToShanghaiIsAboutOneThousandAndSixtySevenKilometres() {
		// Tiananmen (39.9042, 116.4074) to the People's Square (31.2304, 121.4737): 1,067 km great-circle
		assertThat(Geo.haversine(39.9042, 116.4074, 31.2304, 121.4737) / 1000).isCloseTo(1067, within(3.0));
	}

	@Test
	void aWalkerAtFiveKilometresAnHourPasses() {
		List<TrackPoint> batch = List.of(p(0, 0, north(0), 111.70), p(1, 72, north(100), 111.70), p(2, 144, north(200), 111.70));
		assertThat(rules.check(List.of(), batch, TravelMode.FOOT, NOW)).isEmpty();
	}

	@Test
	void oneKilometreInAMinuteIsTooFastOnFootButFineByCar() {
		List<TrackPoint> batch = List.of(p(0, 0, north(0), 111.70), p(1, 60, north(1000), 111.70));
		assertThat(rules.check(List.of(), batch, TravelMode.FOOT, NOW)).singleElement()
			.satisfies(v -> assertThat(v.field()).isEqualTo("points[1].lat"));
		assertThat(rules.check(List.of(), batch, TravelMode.VEHICLE, NOW)).isEmpty();
	}

	@Test
	void tenKilometresInAMinuteIsTooFastEvenByCar() {
		List<TrackPoint> batch = List.of(p(0, 0, north(0), 111.70), p(1, 60, north(10_000), 111.70));
		assertThat(rules.check(List.of(), batch, TravelMode.VEHICLE, NOW)).extracting(TrackRules.Violation::seq)
			.containsExactly(1);
	}

	@Test
	void gpsJitterOfAFewMetresAtTheSameInstantIsNoSpeed() {
		List<TrackPoint> batch = List.of(p(0, 0, north(0), 111.70), p(1, 0, north(15), 111.70));
		assertThat(rules.check(List.of(), batch, TravelMode.FOOT, NOW)).isEmpty();
	}

	@Test
	void aPointEarlierThanItsPredecessorIsRejectedByIndex() {
		List<TrackPoint> stored = List.of(p(0, 0, north(0), 111.70), p(1, 60, north(50), 111.70));
		List<TrackPoint> batch = List.of(p(2, 120, north(100), 111.70), p(3, 30, north(150), 111.70));
		assertThat(rules.check(stored, batch, TravelMode.FOOT, NOW)).singleElement()
			.satisfies(v -> assertThat(v.field()).isEqualTo("points[1].at"));
	}

	@Test
	void coordinatesOutsideChinaAreRejectedEachNamed() {
		List<TrackPoint> batch = List.of(p(0, 0, 0, 0), p(1, 10, north(0), 111.70), p(2, 20, 40.8, 150.0),
				p(3, 30, 60.0, 111.7));
		assertThat(rules.check(List.of(), batch, TravelMode.FOOT, NOW)).extracting(TrackRules.Violation::field)
			.containsExactly("points[0].lat", "points[2].lat", "points[3].lat");
	}

	@Test
	void aPointInThePhonesFutureIsRejected() {
		TrackPoint future = new TrackPoint(0, NOW.plus(Duration.ofHours(1)), north(0), 111.70, null);
		assertThat(rules.check(List.of(), List.of(future), TravelMode.FOOT, NOW)).extracting(TrackRules.Violation::field)
			.containsExactly("points[0].at");
	}

	@Test
	void resentPointsAreNotCheckedAgainAndRepeatedSeqInABatchIsRejected() {
		List<TrackPoint> stored = List.of(p(0, 0, north(0), 111.70));
		assertThat(rules.check(stored, List.of(p(0, 0, north(0), 111.70)), TravelMode.FOOT, NOW)).isEmpty();
		assertThat(rules.check(List.of(), List.of(p(5, 0, north(0), 111.70), p(5, 10, north(5), 111.70)),
				TravelMode.FOOT, NOW)).extracting(TrackRules.Violation::field).containsExactly("points[1].seq");
	}

	@Test
	void thirtyOneMinutesAndTwoPointOneKilometresWithoutAReachLineIsEffective() {
		List<TrackPoint> track = walk(22, 100); // 21 legs × 100 m = 2.1 km
		TrackRules.Summary s = rules.summarize(track, T0, T0.plus(Duration.ofMinutes(31)), ReachLine.parse(null));
		assertThat(s.distanceMeters()).isCloseTo(2100, within(1.0));
		assertThat(s.durationSeconds()).isEqualTo(31 * 60);
		assertThat(s.nearShare()).isNull();
		assertThat(s.effective()).isTrue();
	}

	@Test
	void tooShortOrTooNearTheStartIsNotEffectiveAndSaysWhy() {
		List<TrackPoint> track = walk(10, 100); // 900 m
		TrackRules.Summary s = rules.summarize(track, T0, T0.plus(Duration.ofMinutes(29)), ReachLine.parse(null));
		assertThat(s.effective()).isFalse();
		assertThat(s.shortfalls()).containsExactly(TrackRules.Shortfall.DURATION, TrackRules.Shortfall.DISTANCE);
	}

	@Test
	void theShareOfPointsNearTheReachLineCounts() {
		// the reach runs north along 111.70; a walk 100 m east of it is near, one 1 km east is not
		String line = "{\"type\":\"LineString\",\"coordinates\":[[111.70,40.79],[111.70,40.90]]}";
		double lon100m = 111.70 + 100 / (Math.PI * Geo.EARTH_RADIUS_M / 180 * Math.cos(Math.toRadians(40.8)));
		double lon1km = 111.70 + 1000 / (Math.PI * Geo.EARTH_RADIUS_M / 180 * Math.cos(Math.toRadians(40.8)));
		List<TrackPoint> track = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			track.add(p(i, i * 60L, north(i * 250), i < 7 ? lon100m : lon1km));
		}
		TrackRules.Summary s = rules.summarize(track, T0, T0.plus(Duration.ofMinutes(40)), ReachLine.parse(line));
		assertThat(s.nearShare()).isCloseTo(0.7, within(1e-9));
		assertThat(s.effective()).isTrue();

		List<TrackPoint> away = track.stream().map(q -> new TrackPoint(q.seq(), q.at(), q.lat(), lon1km, null)).toList();
		TrackRules.Summary far = rules.summarize(away, T0, T0.plus(Duration.ofMinutes(40)), ReachLine.parse(line));
		assertThat(far.nearShare()).isZero();
		assertThat(far.shortfalls()).containsExactly(TrackRules.Shortfall.NEAR_REACH);
	}

	@Test
	void geoJsonFeaturesAndMultiLinesAreRead() {
		assertThat(ReachLine.parse("{\"type\":\"Feature\",\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":"
				+ "[[[111.7,40.8],[111.7,40.9]],[[111.8,40.8],[111.8,40.9]]]}}").parts()).hasSize(2);
		assertThat(ReachLine.parse("{\"type\":\"Point\",\"coordinates\":[111.7,40.8]}").isEmpty()).isTrue();
		assertThat(ReachLine.parse("not json").isEmpty()).isTrue();
	}

	static List<TrackPoint> walk(int points, double legMeters) {
		List<TrackPoint> track = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			track.add(p(i, i * 80L, north(i * legMeters), 111.70));
		}
		return track;
	}
}
