package cn.hezhang.quality;

import static cn.hezhang.quality.BlackOdorousGrade.HEAVY;
import static cn.hezhang.quality.BlackOdorousGrade.LIGHT;
import static cn.hezhang.quality.BlackOdorousGrade.NONE;
import static cn.hezhang.quality.BlackOdorousIndicator.AMMONIA_NITROGEN;
import static cn.hezhang.quality.BlackOdorousIndicator.DISSOLVED_OXYGEN;
import static cn.hezhang.quality.BlackOdorousIndicator.ORP;
import static cn.hezhang.quality.BlackOdorousIndicator.TRANSPARENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The guide's rules for a detection point (60 % / 30 %) and for a water body (60 %, 3 consecutive points). */
class BlackOdorousGradingTests {

	private final BlackOdorousClassifier classifier = new BlackOdorousClassifier();

	/** Values well inside each grade, so only the counting rules are under test. */
	private static BlackOdorousMeasurement value(BlackOdorousIndicator indicator, BlackOdorousGrade grade) {
		String value = switch (indicator) {
			case TRANSPARENCY -> grade == HEAVY ? "5" : grade == LIGHT ? "15" : "40";
			case DISSOLVED_OXYGEN -> grade == HEAVY ? "0.1" : grade == LIGHT ? "1.0" : "5";
			case ORP -> grade == HEAVY ? "-260" : grade == LIGHT ? "-50" : "150";
			case AMMONIA_NITROGEN -> grade == HEAVY ? "18" : grade == LIGHT ? "10" : "2";
		};
		return BlackOdorousMeasurement.of(indicator, new BigDecimal(value));
	}

	/** {@code heavy} heavy data and {@code total − heavy} data of {@code otherwise} for one indicator. */
	private static List<BlackOdorousMeasurement> data(BlackOdorousIndicator indicator, int heavy, int total,
			BlackOdorousGrade otherwise) {
		List<BlackOdorousMeasurement> list = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			list.add(value(indicator, i < heavy ? HEAVY : otherwise));
		}
		return list;
	}

	@SafeVarargs
	private static List<BlackOdorousMeasurement> all(List<BlackOdorousMeasurement>... parts) {
		List<BlackOdorousMeasurement> list = new ArrayList<>();
		for (List<BlackOdorousMeasurement> part : parts) {
			list.addAll(part);
		}
		Collections.shuffle(list, new java.util.Random(7)); // order of data does not matter
		return list;
	}

	@Nested
	class DetectionPoint {

		@Test
		void exactlySixtyPercentOfOneIndicatorHeavyMakesThePointHeavy() {
			PointAssessment point = classifier.gradePoint(all(data(TRANSPARENCY, 3, 5, NONE)));
			assertThat(point.grade()).isEqualTo(HEAVY);
			assertThat(point.tallies().get(TRANSPARENCY).heavyShare()).isEqualByComparingTo("0.6");
		}

		@Test
		void fiftyNinePercentOfOneIndicatorHeavyIsNotEnoughByThatRule() {
			PointAssessment point = classifier.gradePoint(all(data(AMMONIA_NITROGEN, 59, 100, NONE)));
			assertThat(point.grade()).isEqualTo(LIGHT); // its heavy data still reach the light level
			assertThat(classifier.gradePoint(all(data(AMMONIA_NITROGEN, 60, 100, NONE))).grade()).isEqualTo(HEAVY);
		}

		@Test
		void exactlyThirtyPercentOfTwoIndicatorsHeavyMakesThePointHeavy() {
			PointAssessment point = classifier.gradePoint(
					all(data(DISSOLVED_OXYGEN, 3, 10, NONE), data(ORP, 3, 10, NONE), data(TRANSPARENCY, 0, 10, NONE)));
			assertThat(point.grade()).isEqualTo(HEAVY);
		}

		@Test
		void thirtyPercentOfTwoIndicatorsWithDifferentNumbersOfData() {
			// 3 of 10 and 6 of 20: both exactly 30 %
			assertThat(classifier.gradePoint(all(data(DISSOLVED_OXYGEN, 3, 10, LIGHT), data(ORP, 6, 20, LIGHT)))
				.grade()).isEqualTo(HEAVY);
			// 3 of 10 and 5 of 17 (29.4 %): only one indicator at 30 %
			assertThat(classifier.gradePoint(all(data(DISSOLVED_OXYGEN, 3, 10, LIGHT), data(ORP, 5, 17, LIGHT)))
				.grade()).isEqualTo(LIGHT);
		}

		@Test
		void thirtyPercentOfOnlyOneIndicatorIsNotHeavy() {
			PointAssessment point = classifier.gradePoint(all(data(DISSOLVED_OXYGEN, 3, 10, NONE),
					data(ORP, 2, 10, NONE), data(TRANSPARENCY, 0, 10, NONE), data(AMMONIA_NITROGEN, 0, 10, NONE)));
			assertThat(point.grade()).isEqualTo(LIGHT);
		}

		@Test
		void twentyNinePercentOfTwoIndicatorsIsNotHeavy() {
			PointAssessment point = classifier.gradePoint(
					all(data(DISSOLVED_OXYGEN, 29, 100, NONE), data(ORP, 29, 100, NONE)));
			assertThat(point.grade()).isEqualTo(LIGHT);
		}

		@Test
		void aPointIsLightIfAnyDatumReachesTheLightLevel() {
			List<BlackOdorousMeasurement> data = all(data(TRANSPARENCY, 0, 4, NONE), data(DISSOLVED_OXYGEN, 0, 4, NONE));
			data.add(value(AMMONIA_NITROGEN, LIGHT));
			assertThat(classifier.gradePoint(data).grade()).isEqualTo(LIGHT);
		}

		@Test
		void aPointWithoutAnyBlackOdorousDatumIsNone() {
			PointAssessment point = classifier.gradePoint(all(data(TRANSPARENCY, 0, 3, NONE),
					data(DISSOLVED_OXYGEN, 0, 3, NONE), data(ORP, 0, 3, NONE), data(AMMONIA_NITROGEN, 0, 3, NONE)));
			assertThat(point.grade()).isEqualTo(NONE);
			assertThat(point.tallies().keySet()).containsExactly(BlackOdorousIndicator.values());
		}

		@Test
		void tallyCountsEachGradePerIndicator() {
			IndicatorTally tally = classifier.gradePoint(all(data(ORP, 2, 7, LIGHT))).tallies().get(ORP);
			assertThat(tally).isEqualTo(new IndicatorTally(ORP, 7, 5, 2));
		}

		@Test
		void aPointNeedsMeasurements() {
			assertThatThrownBy(() -> classifier.gradePoint(List.of())).isInstanceOf(InvalidMeasurementException.class);
		}

		@Test
		void anInvalidMeasurementAtAPointIsRejectedNamingIt() {
			List<BlackOdorousMeasurement> data = all(data(ORP, 1, 3, NONE));
			data.add(BlackOdorousMeasurement.of(DISSOLVED_OXYGEN, new BigDecimal("-0.5")));
			assertThatThrownBy(() -> classifier.gradePoint(data)).isInstanceOf(InvalidMeasurementException.class)
				.hasMessageContaining("DO");
		}
	}

	@Nested
	class WaterBody {

		private List<BlackOdorousGrade> points(String grades) {
			return grades.chars().mapToObj(c -> switch (c) {
				case 'H' -> HEAVY;
				case 'L' -> LIGHT;
				case 'N' -> NONE;
				default -> throw new IllegalArgumentException(String.valueOf((char) c));
			}).toList();
		}

		@Test
		void exactlySixtyPercentOfPointsHeavyMakesTheWaterBodyHeavy() {
			WaterBodyAssessment body = classifier.gradeWaterBody(points("HLHLH"));
			assertThat(body.grade()).isEqualTo(HEAVY);
			assertThat(body.heavyShare()).isEqualByComparingTo("0.6");
			assertThat(body.heavySegments()).isEmpty();
		}

		@Test
		void fiftyNinePercentOfPointsHeavyIsLight() {
			String grades = "H".repeat(59) + "L".repeat(41);
			assertThat(classifier.gradeWaterBody(points(grades)).grade()).isEqualTo(LIGHT);
			assertThat(classifier.gradeWaterBody(points("H".repeat(60) + "L".repeat(40))).grade()).isEqualTo(HEAVY);
		}

		@Test
		void threeConsecutiveHeavyPointsMakeAHeavySegment() {
			WaterBodyAssessment body = classifier.gradeWaterBody(points("LHHHLLL"));
			assertThat(body.heavySegments()).containsExactly(new HeavySegment(1, 3));
			assertThat(body.grade()).isEqualTo(LIGHT); // 3 of 7 = 43 %: the segment does not make the body heavy
		}

		@Test
		void twoConsecutiveHeavyPointsAreNotASegment() {
			assertThat(classifier.gradeWaterBody(points("LHHLL")).heavySegments()).isEmpty();
			assertThat(classifier.gradeWaterBody(points("HHNHH")).heavySegments()).isEmpty();
		}

		@Test
		void longerRunsAndRunsAtTheEndsAreOneSegmentEach() {
			WaterBodyAssessment body = classifier.gradeWaterBody(points("HHHLHHHHNLHHH"));
			assertThat(body.heavySegments()).containsExactly(new HeavySegment(0, 2), new HeavySegment(4, 7),
					new HeavySegment(10, 12));
			assertThat(body.heavySegments().get(1).points()).isEqualTo(4);
		}

		@Test
		void aWaterBodyWithoutBlackOdorousPointsIsNone() {
			assertThat(classifier.gradeWaterBody(points("NNN")).grade()).isEqualTo(NONE);
			assertThat(classifier.gradeWaterBody(points("NLN")).grade()).isEqualTo(LIGHT);
		}

		@Test
		void pointAssessmentsCanBeGradedDirectly() {
			PointAssessment heavy = classifier.gradePoint(all(data(ORP, 3, 3, NONE)));
			PointAssessment none = classifier.gradePoint(all(data(ORP, 0, 3, NONE)));
			assertThat(classifier.gradeWaterBodyFromPoints(List.of(heavy, heavy, none)).grade()).isEqualTo(HEAVY);
		}

		@Test
		void aWaterBodyNeedsPoints() {
			assertThatThrownBy(() -> classifier.gradeWaterBody(List.of())).isInstanceOf(InvalidMeasurementException.class);
		}
	}
}
