package cn.hezhang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

/** A worse value, a heavier datum or a heavier point never yields a better grade. */
class BlackOdorousGradePropertyTests {

	private static final BlackOdorousClassifier classifier = new BlackOdorousClassifier();

	/** Two values of one indicator; {@code worse} is at least as bad as {@code better}. */
	record Pair(BlackOdorousIndicator indicator, BigDecimal better, BigDecimal worse) {
	}

	@Property(tries = 3000)
	void aWorseValueNeverHasABetterGrade(@ForAll("valuePairs") Pair pair) {
		BlackOdorousGrade better = classifier.gradeIndicator(pair.indicator(), pair.better());
		BlackOdorousGrade worse = classifier.gradeIndicator(pair.indicator(), pair.worse());
		assertThat(worse).as("%s", pair).isGreaterThanOrEqualTo(better);
	}

	@Property(tries = 2000)
	void aLowerTransparencyAtTheSameDepthNeverHasABetterGrade(@ForAll("depths") BigDecimal depth,
			@ForAll("fractions") BigDecimal f1, @ForAll("fractions") BigDecimal f2) {
		BigDecimal a = depth.multiply(f1);
		BigDecimal b = depth.multiply(f2);
		BigDecimal lower = a.min(b);
		BigDecimal higher = a.max(b);
		BlackOdorousGrade atLower = classifier.gradeIndicator(BlackOdorousIndicator.TRANSPARENCY, lower, depth);
		BlackOdorousGrade atHigher = classifier.gradeIndicator(BlackOdorousIndicator.TRANSPARENCY, higher, depth);
		assertThat(atLower).as("depth %s, SD %s vs %s", depth, lower, higher).isGreaterThanOrEqualTo(atHigher);
	}

	@Property(tries = 1000)
	void addingAHeavyMeasurementNeverImprovesAPointsGrade(
			@ForAll("measurements") @Size(min = 1, max = 40) List<BlackOdorousMeasurement> data,
			@ForAll BlackOdorousIndicator indicator) {
		BlackOdorousMeasurement heavy = heavyMeasurement(indicator);
		assertThat(classifier.grade(heavy)).isEqualTo(BlackOdorousGrade.HEAVY);
		BlackOdorousGrade before = classifier.gradePoint(data).grade();
		List<BlackOdorousMeasurement> more = new ArrayList<>(data);
		more.add(heavy);
		assertThat(classifier.gradePoint(more).grade()).isGreaterThanOrEqualTo(before);
	}

	@Property(tries = 1000)
	void makingAPointHeavyNeverImprovesAWaterBodysGrade(
			@ForAll @Size(min = 1, max = 30) List<BlackOdorousGrade> points, @ForAll("indexes") int index) {
		int at = index % points.size();
		List<BlackOdorousGrade> worse = new ArrayList<>(points);
		worse.set(at, BlackOdorousGrade.HEAVY);
		WaterBodyAssessment before = classifier.gradeWaterBody(points);
		WaterBodyAssessment after = classifier.gradeWaterBody(worse);
		assertThat(after.grade()).isGreaterThanOrEqualTo(before.grade());
		assertThat(after.heavySegments().stream().mapToInt(HeavySegment::points).sum())
			.isGreaterThanOrEqualTo(before.heavySegments().stream().mapToInt(HeavySegment::points).sum());
	}

	private static BlackOdorousMeasurement heavyMeasurement(BlackOdorousIndicator indicator) {
		String value = switch (indicator) {
			case TRANSPARENCY -> "9.99";
			case DISSOLVED_OXYGEN -> "0.19";
			case ORP -> "-200.01";
			case AMMONIA_NITROGEN -> "15.01";
		};
		return BlackOdorousMeasurement.of(indicator, new BigDecimal(value));
	}

	@Provide
	Arbitrary<Pair> valuePairs() {
		return Arbitraries.of(BlackOdorousIndicator.values()).flatMap(indicator -> {
			Arbitrary<BigDecimal> values = values(indicator);
			return Combinators.combine(values, values).as((a, b) -> {
				BigDecimal low = a.min(b);
				BigDecimal high = a.max(b);
				// NH3-N: higher is worse; transparency, DO, ORP: lower is worse
				return indicator == BlackOdorousIndicator.AMMONIA_NITROGEN ? new Pair(indicator, low, high)
						: new Pair(indicator, high, low);
			});
		});
	}

	@Provide
	Arbitrary<List<BlackOdorousMeasurement>> measurements() {
		Arbitrary<BlackOdorousMeasurement> one = Arbitraries.of(BlackOdorousIndicator.values())
			.flatMap(indicator -> values(indicator).map(value -> BlackOdorousMeasurement.of(indicator, value)));
		return one.list().ofMinSize(1).ofMaxSize(40);
	}

	@Provide
	Arbitrary<BigDecimal> depths() {
		return Arbitraries.frequencyOf(
				Tuple.of(1, Arbitraries.of(new BigDecimal("25"), new BigDecimal("24.9"), new BigDecimal("20"))),
				Tuple.of(4, Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("60")).ofScale(1)));
	}

	@Provide
	Arbitrary<BigDecimal> fractions() {
		return Arbitraries.frequencyOf(
				Tuple.of(1, Arbitraries.of(BigDecimal.ONE, new BigDecimal("0.4"), BigDecimal.ZERO)),
				Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)));
	}

	@Provide
	Arbitrary<Integer> indexes() {
		return Arbitraries.integers().between(0, 1000);
	}

	/** The table's edges, one hundredth either side, and anywhere in a wide range. */
	private static Arbitrary<BigDecimal> values(BlackOdorousIndicator indicator) {
		List<String> edges = switch (indicator) {
			case TRANSPARENCY -> List.of("25", "10");
			case DISSOLVED_OXYGEN -> List.of("2.0", "0.2");
			case ORP -> List.of("50", "-200");
			case AMMONIA_NITROGEN -> List.of("8.0", "15");
		};
		BigDecimal min = indicator == BlackOdorousIndicator.ORP ? new BigDecimal("-400") : BigDecimal.ZERO;
		BigDecimal max = switch (indicator) {
			case TRANSPARENCY -> new BigDecimal("60");
			case DISSOLVED_OXYGEN -> new BigDecimal("10");
			case ORP -> new BigDecimal("400");
			case AMMONIA_NITROGEN -> new BigDecimal("40");
		};
		BigDecimal hundredth = new BigDecimal("0.01");
		List<BigDecimal> near = edges.stream()
			.map(BigDecimal::new)
			.flatMap(e -> Stream.of(e, e.add(hundredth), e.subtract(hundredth)))
			.toList();
		return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(near)),
				Tuple.of(2, Arbitraries.bigDecimals().between(min, max).ofScale(3)));
	}
}
