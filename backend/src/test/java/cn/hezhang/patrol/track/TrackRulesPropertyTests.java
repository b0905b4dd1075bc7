package cn.hezhang.patrol.track;

import cn.hezhang.patrol.TrackPoint;
import cn.hezhang.patrol.TravelMode;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.hezhang.patrol.PatrolSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Properties of distance, speed checks and effectiveness over generated positions and walks in Inner Mongolia. */
class TrackRulesPropertyTests {
	static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
	final TrackRules rules = new TrackRules(PatrolSettings.defaults());

	record Pos(double lat, double lon) {
	}

	@Provide
	Arbitrary<Pos> innerMongolia() {
		return Combinators.combine(Arbitraries.doubles().between(37.4, 53.3), Arbitraries.doubles().between(97.2, 126.0))
			.as(Pos::new);
	}

	@Property(tries = 500)
	void distanceIsSymmetricNonNegativeAndZeroToItself(@ForAll("innerMongolia") Pos a, @ForAll("innerMongolia") Pos b) {
		double ab = Geo.haversine(a.lat(), a.lon(), b.lat(), b.lon());
		assertThat(ab).isGreaterThanOrEqualTo(0).isCloseTo(Geo.haversine(b.lat(), b.lon(), a.lat(), a.lon()),
				org.assertj.core.data.Offset.offset(1e-6));
		assertThat(Geo.haversine(a.lat(), a.lon(), a.lat(), a.lon())).isZero();
	}

	@Property(tries = 500)
	void distanceKeepsTheTriangleInequality(@ForAll("innerMongolia") Pos a, @ForAll("innerMongolia") Pos b,
			@ForAll("innerMongolia") Pos c) {
		double ab = Geo.haversine(a.lat(), a.lon(), b.lat(), b.lon());
		double bc = Geo.haversine(b.lat(), b.lon(), c.lat(), c.lon());
		double ac = Geo.haversine(a.lat(), a.lon(), c.lat(), c.lon());
		assertThat(ac).isLessThanOrEqualTo(ab + bc + 1e-6);
	}

	/** A walk: legs of up to {@code maxLegMeters} in random directions, one fix per {@code seconds}. */
	static List<TrackPoint> walk(Pos start, List<Double> bearings, double legMeters, int seconds) {
		List<TrackPoint> track = new ArrayList<>();
		double lat = start.lat(), lon = start.lon();
		for (int i = 0; i <= bearings.size(); i++) {
			track.add(new TrackPoint(i, T0.plusSeconds((long) i * seconds), lat, lon, 10.0));
			if (i < bearings.size()) {
				double b = Math.toRadians(bearings.get(i));
				lat += legMeters * Math.cos(b) / 111_195.0;
				lon += legMeters * Math.sin(b) / (111_195.0 * Math.cos(Math.toRadians(lat)));
			}
		}
		return track;
	}

	@Property(tries = 300)
	void aWalkAtWalkingPaceIsNeverRejected(@ForAll("innerMongolia") Pos start,
			@ForAll("bearings") List<Double> bearings, @ForAll @DoubleRange(min = 0, max = 80) double legMeters) {
		// ≤ 80 m per 60 s is ≤ 4.8 km/h
		List<TrackPoint> track = walk(start, bearings, legMeters, 60);
		assertThat(rules.check(List.of(), track, TravelMode.FOOT, T0.plus(Duration.ofDays(1)))).isEmpty();
	}

	@Property(tries = 300)
	void splittingAWalkIntoBatchesInAnyOrderOfArrivalAcceptsTheSame(@ForAll("innerMongolia") Pos start,
			@ForAll("bearings") List<Double> bearings, @ForAll @IntRange(min = 1, max = 5) int cut) {
		List<TrackPoint> track = walk(start, bearings, 50, 60);
		int at = Math.min(cut, track.size());
		List<TrackPoint> first = track.subList(0, at), second = track.subList(at, track.size());
		Instant now = T0.plus(Duration.ofDays(1));
		// the later batch arrives first, then the earlier one
		assertThat(rules.check(List.of(), second, TravelMode.FOOT, now)).isEmpty();
		assertThat(rules.check(second, first, TravelMode.FOOT, now)).isEmpty();
	}

	@Property(tries = 300)
	void theTrackDistanceIsAtLeastTheStraightLineAndGrowsWithEveryLeg(@ForAll("innerMongolia") Pos start,
			@ForAll("bearings") List<Double> bearings, @ForAll @DoubleRange(min = 1, max = 500) double legMeters) {
		List<TrackPoint> track = walk(start, bearings, legMeters, 60);
		TrackPoint first = track.get(0), last = track.get(track.size() - 1);
		double total = rules.summarize(track, null, null, ReachLine.parse(null)).distanceMeters();
		assertThat(total).isGreaterThanOrEqualTo(Geo.haversine(first.lat(), first.lon(), last.lat(), last.lon()) - 1e-6);
		double shorter = rules.summarize(track.subList(0, track.size() - 1), null, null, ReachLine.parse(null))
			.distanceMeters();
		assertThat(total).isGreaterThanOrEqualTo(shorter);
		assertThat(total).isCloseTo(legMeters * bearings.size(), org.assertj.core.data.Percentage.withPercentage(1));
	}

	@Property(tries = 300)
	void anyPositionOutsideChinasBoxIsRejected(@ForAll @DoubleRange(min = -90, max = 90) double lat,
			@ForAll @DoubleRange(min = -180, max = 180) double lon) {
		boolean inside = lat >= 3.8 && lat <= 53.6 && lon >= 73.4 && lon <= 135.1;
		List<TrackRules.Violation> v = rules.check(List.of(), List.of(new TrackPoint(0, T0, lat, lon, null)),
				TravelMode.VEHICLE, T0);
		assertThat(v.isEmpty()).isEqualTo(inside);
	}

	@Property(tries = 300)
	void aPointEarlierThanTheOneBeforeItIsAlwaysRejected(@ForAll("innerMongolia") Pos start,
			@ForAll("bearings") List<Double> bearings, @ForAll @IntRange(min = 1, max = 3600) int secondsBack) {
		List<TrackPoint> track = new ArrayList<>(walk(start, bearings, 10, 60));
		TrackPoint last = track.remove(track.size() - 1);
		TrackPoint before = track.get(track.size() - 1);
		TrackPoint wrong = new TrackPoint(last.seq(), before.at().minusSeconds(secondsBack), before.lat(), before.lon(), null);
		List<TrackRules.Violation> v = rules.check(track, List.of(wrong), TravelMode.FOOT, T0.plus(Duration.ofDays(1)));
		assertThat(v).extracting(TrackRules.Violation::field).containsExactly("points[0].at");
	}

	@Property(tries = 300)
	void aLongerPatrolOfTheSameTrackIsNeverLessEffective(@ForAll("innerMongolia") Pos start,
			@ForAll("bearings") List<Double> bearings, @ForAll @DoubleRange(min = 10, max = 400) double legMeters,
			@ForAll @IntRange(min = 0, max = 7200) int minutes, @ForAll @IntRange(min = 0, max = 600) int more) {
		List<TrackPoint> track = walk(start, bearings, legMeters, 60);
		List<TrackPoint> shuffled = new ArrayList<>(track);
		Collections.shuffle(shuffled);
		TrackRules.Summary s = rules.summarize(shuffled, T0, T0.plusSeconds(minutes * 60L), ReachLine.parse(null));
		TrackRules.Summary longer = rules.summarize(track, T0, T0.plusSeconds((minutes + more) * 60L), ReachLine.parse(null));
		if (s.effective()) {
			assertThat(longer.effective()).isTrue();
		}
		assertThat(s.effective()).isEqualTo(minutes >= 30 && s.distanceMeters() >= 2000);
	}

	@Provide
	Arbitrary<List<Double>> bearings() {
		return Arbitraries.doubles().between(0, 360).list().ofMinSize(1).ofMaxSize(60);
	}
}
