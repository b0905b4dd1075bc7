package cn.hezhang.quality;

import static cn.hezhang.quality.BlackOdorousGrade.HEAVY;
import static cn.hezhang.quality.BlackOdorousGrade.LIGHT;
import static cn.hezhang.quality.BlackOdorousGrade.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every boundary of the 2015 guide's table — exactly at, just above, just below — with the edge
 * decisions documented in {@link BlackOdorousClassifier}: the heavy edge (10, 0.2, −200, 15) is light,
 * the light edge (25, 2.0, 50, 8.0) is not black-odorous. Expected grades are written by hand.
 */
class BlackOdorousIndicatorTests {

	private final BlackOdorousClassifier classifier = new BlackOdorousClassifier();

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@CsvSource({
			// transparency, cm: light 25~10, heavy <10
			"SD, 25.01, NONE", "SD, 25, NONE", "SD, 24.99, LIGHT",
			"SD, 10.01, LIGHT", "SD, 10, LIGHT", "SD, 9.99, HEAVY",
			"SD, 0, HEAVY", "SD, 120, NONE",
			// dissolved oxygen, mg/L: light 0.2~2.0, heavy <0.2
			"DO, 2.01, NONE", "DO, 2.0, NONE", "DO, 2, NONE", "DO, 1.99, LIGHT",
			"DO, 0.21, LIGHT", "DO, 0.2, LIGHT", "DO, 0.20, LIGHT", "DO, 0.19, HEAVY", "DO, 0, HEAVY",
			// ORP, mV: light -200~50, heavy <-200
			"ORP, 50.1, NONE", "ORP, 50, NONE", "ORP, 49.9, LIGHT",
			"ORP, -199.9, LIGHT", "ORP, -200, LIGHT", "ORP, -200.1, HEAVY", "ORP, 0, LIGHT", "ORP, 300, NONE",
			// ammonia nitrogen, mg/L: light 8.0~15, heavy >15
			"NH3N, 7.99, NONE", "NH3N, 8.0, NONE", "NH3N, 8, NONE", "NH3N, 8.01, LIGHT",
			"NH3N, 14.99, LIGHT", "NH3N, 15, LIGHT", "NH3N, 15.01, HEAVY", "NH3N, 0, NONE" })
	void eachIndicatorIsGradedByTheGuideTableWithEdgesInTheBetterGrade(String code, String value,
			BlackOdorousGrade expected) {
		assertThat(classifier.gradeIndicator(BlackOdorousIndicator.fromCode(code), d(value))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "depth {0} cm, SD {1} cm → {2}")
	@CsvSource({
			// depth 20 cm < 25: heavy edge 40 % × 20 = 8 cm, light edge = the depth, 20 cm
			"20, 8.1, LIGHT", "20, 8, LIGHT", "20, 7.9, HEAVY", "20, 7.99, HEAVY",
			"20, 19.9, LIGHT", "20, 20, NONE",
			// depth 10 cm: heavy edge 4 cm
			"10, 4, LIGHT", "10, 3.99, HEAVY", "10, 10, NONE", "10, 9.9, LIGHT",
			// depth 24.9 cm (just under 25): heavy edge 9.96 cm
			"24.9, 9.96, LIGHT", "24.9, 9.95, HEAVY", "24.9, 24.9, NONE", "24.9, 24.89, LIGHT",
			// depth exactly 25 cm: not 不足25cm, the table applies
			"25, 10, LIGHT", "25, 9.99, HEAVY", "25, 25, NONE", "25, 24.99, LIGHT",
			// deep water: the table applies
			"80, 9.99, HEAVY", "80, 24.99, LIGHT", "80, 25, NONE" })
	void inWaterShallowerThanTwentyFiveCentimetresTransparencyIsJudgedAgainstTheDepth(String depth, String sd,
			BlackOdorousGrade expected) {
		assertThat(classifier.gradeIndicator(BlackOdorousIndicator.TRANSPARENCY, d(sd), d(depth))).isEqualTo(expected);
	}

	@Test
	void theDepthIsIgnoredForTheOtherIndicators() {
		assertThat(classifier.gradeIndicator(BlackOdorousIndicator.DISSOLVED_OXYGEN, d("1.5"), d("10"))).isEqualTo(LIGHT);
	}

	@Test
	void withoutADepthTransparencyUsesTheTable() {
		assertThat(classifier.grade(BlackOdorousMeasurement.of(BlackOdorousIndicator.TRANSPARENCY, d("8"))))
			.isEqualTo(HEAVY);
		assertThat(classifier.grade(BlackOdorousMeasurement.transparency(d("8"), d("20")))).isEqualTo(LIGHT);
	}

	@ParameterizedTest(name = "{0} {1} is rejected")
	@CsvSource({ "SD, -0.1", "DO, -0.01", "NH3N, -1" })
	void negativeValuesAreRejectedNamingTheIndicator(String code, String value) {
		assertThatThrownBy(() -> classifier.gradeIndicator(BlackOdorousIndicator.fromCode(code), d(value)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining(code)
			.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo(code));
	}

	@Test
	void aNegativeOxidationReductionPotentialIsValid() {
		assertThat(classifier.gradeIndicator(BlackOdorousIndicator.ORP, d("-350"))).isEqualTo(HEAVY);
	}

	@Test
	void aTransparencyGreaterThanTheWaterDepthIsRejected() {
		assertThatThrownBy(() -> classifier.gradeIndicator(BlackOdorousIndicator.TRANSPARENCY, d("21"), d("20")))
			.isInstanceOf(InvalidMeasurementException.class)
			.hasMessageContaining("exceed the water depth")
			.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo("SD"));
	}

	@Test
	void aWaterDepthOfZeroOrLessIsRejected() {
		assertThatThrownBy(() -> classifier.gradeIndicator(BlackOdorousIndicator.TRANSPARENCY, d("0"), d("0")))
			.isInstanceOf(InvalidMeasurementException.class)
			.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo("waterDepthCm"));
	}

	@Test
	void aMissingValueIsRejectedNamingTheIndicator() {
		assertThatThrownBy(() -> BlackOdorousMeasurement.of(BlackOdorousIndicator.ORP, null))
			.isInstanceOf(InvalidMeasurementException.class)
			.hasMessageContaining("ORP");
	}

	@Test
	void thresholdsComeFromTheDataFileNotFromTheCode() throws Exception {
		String csv = new String(getClass().getClassLoader().getResourceAsStream("quality/black_odorous_criteria.csv")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String changed = csv.replace("mg/L,8.0~15,>15,", "mg/L,5.0~15,>15,");
		assertThat(changed).isNotEqualTo(csv);
		BlackOdorousClassifier edited = BlackOdorousClassifier.fromCsv(new StringReader(changed));
		assertThat(edited.gradeIndicator(BlackOdorousIndicator.AMMONIA_NITROGEN, d("6"))).isEqualTo(LIGHT);
		assertThat(classifier.gradeIndicator(BlackOdorousIndicator.AMMONIA_NITROGEN, d("6"))).isEqualTo(NONE);
	}

	@Test
	void aTransparencyTableThatNoLongerFitsTheShallowWaterRuleIsRefused() throws Exception {
		String csv = new String(getClass().getClassLoader().getResourceAsStream("quality/black_odorous_criteria.csv")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		String changed = csv.replace("cm,25~10,<10,", "cm,30~10,<10,");
		assertThat(changed).isNotEqualTo(csv);
		assertThatThrownBy(() -> BlackOdorousClassifier.fromCsv(new StringReader(changed)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("shallow-water");
	}
}
