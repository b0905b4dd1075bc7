package cn.hezhang.quality;

import static cn.hezhang.quality.Gb3838Item.BOD5;
import static cn.hezhang.quality.Gb3838Item.COD;
import static cn.hezhang.quality.Gb3838Item.CODMN;
import static cn.hezhang.quality.Gb3838Item.DO;
import static cn.hezhang.quality.Gb3838Item.FECAL_COLIFORM;
import static cn.hezhang.quality.Gb3838Item.NH3N;
import static cn.hezhang.quality.Gb3838Item.PH;
import static cn.hezhang.quality.Gb3838Item.TN;
import static cn.hezhang.quality.Gb3838Item.TP;
import static cn.hezhang.quality.Gb3838Item.WT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Gb3838ClassifierTests {

	private final Gb3838Classifier classifier = new Gb3838Classifier();

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private WaterClass classOf(Gb3838Item item, String value, WaterBodyKind kind) {
		return classifier.classifyItem(item, d(value), kind).waterClass().orElseThrow();
	}

	@Nested
	class Ph {

		@ParameterizedTest(name = "pH {0} is inside 6–9 inclusive: class Ⅰ")
		@CsvSource({ "6", "6.00", "7.5", "9", "9.0" })
		void phFromSixToNineInclusiveMeetsEveryClassSoIsClassOne(String ph) {
			assertThat(classOf(PH, ph, WaterBodyKind.RIVER)).isEqualTo(WaterClass.I);
		}

		@ParameterizedTest(name = "pH {0} is outside 6–9: 劣Ⅴ")
		@CsvSource({ "5.99", "9.01", "0", "14", "5.999999", "9.000001" })
		void phOutsideSixToNineIsWorseThanFive(String ph) {
			assertThat(classOf(PH, ph, WaterBodyKind.LAKE)).isEqualTo(WaterClass.WORSE_THAN_V);
		}

		@ParameterizedTest(name = "pH {0} is rejected")
		@CsvSource({ "-0.01", "14.01" })
		void phOutsideZeroToFourteenIsRejectedNamingPh(String ph) {
			assertThatThrownBy(() -> classifier.classifyItem(PH, d(ph), WaterBodyKind.RIVER))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("pH")
				.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo("pH"));
		}
	}

	@Nested
	class TotalPhosphorus {

		@Test
		void lakesAndReservoirsUseTheStricterLakeReservoirLimits() {
			// 0.04 mg/L: river class Ⅱ (≤ 0.1), lake/reservoir class Ⅲ (0.025 < 0.04 ≤ 0.05)
			assertThat(classOf(TP, "0.04", WaterBodyKind.RIVER)).isEqualTo(WaterClass.II);
			assertThat(classOf(TP, "0.04", WaterBodyKind.LAKE)).isEqualTo(WaterClass.III);
			assertThat(classOf(TP, "0.04", WaterBodyKind.RESERVOIR)).isEqualTo(WaterClass.III);
		}

		@Test
		void limitOfTotalPhosphorusDependsOnTheKind() {
			assertThat(classifier.limit(TP, WaterClass.III, WaterBodyKind.RIVER)).isEqualByComparingTo("0.2");
			assertThat(classifier.limit(TP, WaterClass.III, WaterBodyKind.LAKE)).isEqualByComparingTo("0.05");
		}
	}

	@Nested
	class ReferenceItems {

		@Test
		void totalNitrogenOfARiverIsNotClassed() {
			ItemResult result = classifier.classifyItem(TN, d("3.5"), WaterBodyKind.RIVER);
			assertThat(result.waterClass()).isEmpty();
			assertThat(result.role()).isEqualTo(ItemRole.REFERENCE);
		}

		@Test
		void totalNitrogenOfALakeIsClassedButIsAReferenceItem() {
			ItemResult result = classifier.classifyItem(TN, d("1.2"), WaterBodyKind.LAKE);
			assertThat(result.waterClass()).contains(WaterClass.IV);
			assertThat(result.role()).isEqualTo(ItemRole.REFERENCE);
		}

		@Test
		void waterTemperatureIsNeverClassedAndMayBeBelowZero() {
			ItemResult result = classifier.classifyItem(WT, d("-0.5"), WaterBodyKind.LAKE);
			assertThat(result.waterClass()).isEmpty();
			assertThat(result.role()).isEqualTo(ItemRole.REFERENCE);
		}

		@Test
		void fecalColiformIsClassedButIsAReferenceItem() {
			ItemResult result = classifier.classifyItem(FECAL_COLIFORM, d("50000"), WaterBodyKind.RIVER);
			assertThat(result.waterClass()).contains(WaterClass.WORSE_THAN_V);
			assertThat(result.role()).isEqualTo(ItemRole.REFERENCE);
		}

		@Test
		void theTwentyOneOtherItemsAreEvaluatedForEveryKind() {
			for (WaterBodyKind kind : WaterBodyKind.values()) {
				assertThat(java.util.Arrays.stream(Gb3838Item.values())
					.filter(item -> item.roleFor(kind) == ItemRole.EVALUATED)).hasSize(21);
			}
		}
	}

	@Nested
	class Overall {

		private Map<Gb3838Item, BigDecimal> riverSample() {
			Map<Gb3838Item, BigDecimal> sample = new LinkedHashMap<>();
			sample.put(DO, d("6.5")); // Ⅱ
			sample.put(CODMN, d("3")); // Ⅱ
			sample.put(COD, d("18")); // Ⅲ
			sample.put(NH3N, d("0.4")); // Ⅱ
			sample.put(TP, d("0.15")); // river Ⅲ
			sample.put(PH, d("7.8")); // Ⅰ
			return sample;
		}

		@Test
		void overallClassIsTheWorstEvaluatedItemAndNamesTheItemsThatDetermineIt() {
			QualityAssessment assessment = classifier.classify(riverSample(), WaterBodyKind.RIVER);
			assertThat(assessment.overallClass()).isEqualTo(WaterClass.III);
			assertThat(assessment.determiningItems()).containsExactly(COD, TP);
			assertThat(assessment.evaluatedItems()).extracting(ItemResult::item)
				.containsExactly(PH, DO, CODMN, COD, NH3N, TP);
		}

		@Test
		void referenceItemsDoNotChangeTheOverallClass() {
			Map<Gb3838Item, BigDecimal> sample = riverSample();
			sample.put(TN, d("9")); // far beyond any TN limit, river: not classed
			sample.put(FECAL_COLIFORM, d("100000")); // 劣Ⅴ
			sample.put(WT, d("31"));
			QualityAssessment assessment = classifier.classify(sample, WaterBodyKind.RIVER);
			assertThat(assessment.overallClass()).isEqualTo(WaterClass.III);
			assertThat(assessment.referenceItems()).extracting(ItemResult::item)
				.containsExactly(WT, TN, FECAL_COLIFORM);
			assertThat(assessment.result(FECAL_COLIFORM).orElseThrow().waterClass()).contains(WaterClass.WORSE_THAN_V);
			assertThat(assessment.result(TN).orElseThrow().waterClass()).isEmpty();
		}

		@Test
		void totalNitrogenOfALakeIsReportedWithItsClassButOutsideTheOverallClass() {
			Map<Gb3838Item, BigDecimal> sample = new HashMap<>();
			sample.put(COD, d("14")); // Ⅰ
			sample.put(TP, d("0.04")); // lake Ⅲ
			sample.put(TN, d("2.6")); // lake 劣Ⅴ
			QualityAssessment assessment = classifier.classify(sample, WaterBodyKind.LAKE);
			assertThat(assessment.overallClass()).isEqualTo(WaterClass.III);
			assertThat(assessment.determiningItems()).containsExactly(TP);
			assertThat(assessment.result(TN).orElseThrow().waterClass()).contains(WaterClass.WORSE_THAN_V);
		}

		@Test
		void theSameSampleIsWorseInALakeBecauseOfPhosphorus() {
			Map<Gb3838Item, BigDecimal> sample = Map.of(COD, d("14"), TP, d("0.08"));
			assertThat(classifier.classify(sample, WaterBodyKind.RIVER).overallClass()).isEqualTo(WaterClass.II);
			assertThat(classifier.classify(sample, WaterBodyKind.LAKE).overallClass()).isEqualTo(WaterClass.IV);
		}

		@Test
		void aPhOutsideSixToNineMakesTheSampleWorseThanFive() {
			Map<Gb3838Item, BigDecimal> sample = riverSample();
			sample.put(PH, d("9.3"));
			QualityAssessment assessment = classifier.classify(sample, WaterBodyKind.RIVER);
			assertThat(assessment.overallClass()).isEqualTo(WaterClass.WORSE_THAN_V);
			assertThat(assessment.determiningItems()).containsExactly(PH);
		}

		@Test
		void aSampleWithOnlyReferenceItemsHasNoOverallClass() {
			assertThatThrownBy(() -> classifier.classify(Map.of(WT, d("12"), TN, d("1")), WaterBodyKind.LAKE))
				.isInstanceOf(InvalidMeasurementException.class)
				.hasMessageContaining("21 evaluated");
		}
	}

	@Nested
	class Validation {

		@ParameterizedTest(name = "{0} = -0.001 is rejected")
		@EnumSource(value = Gb3838Item.class, names = { "WT", "PH" }, mode = EnumSource.Mode.EXCLUDE)
		void aNegativeValueIsRejectedNamingTheItem(Gb3838Item item) {
			assertThatThrownBy(() -> classifier.classifyItem(item, d("-0.001"), WaterBodyKind.RIVER))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining(item.code())
				.hasMessageContaining("negative")
				.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo(item.code()));
		}

		@Test
		void zeroIsAValidConcentrationAndTheBestClass() {
			assertThat(classOf(Gb3838Item.HG, "0", WaterBodyKind.RIVER)).isEqualTo(WaterClass.I);
			assertThat(classOf(DO, "0", WaterBodyKind.RIVER)).isEqualTo(WaterClass.WORSE_THAN_V);
		}

		@Test
		void aMissingValueIsRejectedNamingTheItem() {
			Map<Gb3838Item, BigDecimal> sample = new HashMap<>();
			sample.put(BOD5, null);
			assertThatThrownBy(() -> classifier.classify(sample, WaterBodyKind.RIVER))
				.isInstanceOf(InvalidMeasurementException.class)
				.hasMessageContaining("BOD5");
		}

		@Test
		void anUnknownItemCodeIsRejectedNamingIt() {
			assertThatThrownBy(() -> classifier.classifyItem("COD_CR", d("10"), WaterBodyKind.RIVER))
				.isInstanceOf(InvalidMeasurementException.class)
				.hasMessageContaining("COD_CR");
		}

		@Test
		void itemCodesAreMatchedIgnoringCase() {
			assertThat(classifier.classifyItem("nh3n", d("0.5"), WaterBodyKind.RIVER).waterClass())
				.contains(WaterClass.II);
		}

		@Test
		void trailingZerosDoNotMatterAtALimit() {
			assertThat(classOf(NH3N, "0.500", WaterBodyKind.RIVER)).isEqualTo(WaterClass.II);
			assertThat(classOf(TP, "0.0200", WaterBodyKind.RIVER)).isEqualTo(WaterClass.I);
		}
	}

	@Nested
	class SeedTable {

		@Test
		void namesAndUnitsComeFromTheSeedTable() {
			ItemDescription fc = classifier.describe(FECAL_COLIFORM);
			assertThat(fc.nameZh()).isEqualTo("粪大肠菌群");
			assertThat(fc.unit()).startsWith("个/L");
		}

		@Test
		void limitsComeFromTheDataFileNotFromTheCode() throws Exception {
			String csv = new String(getClass().getClassLoader().getResourceAsStream("quality/gb3838_2002.csv")
				.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String changed = csv.replace("CODMn,高锰酸盐指数,Permanganate index (CODMn),mg/L,max,2,4,",
					"CODMn,高锰酸盐指数,Permanganate index (CODMn),mg/L,max,2,5,");
			assertThat(changed).isNotEqualTo(csv);
			Gb3838Classifier edited = Gb3838Classifier.fromCsv(new StringReader(changed));
			assertThat(edited.classifyItem(CODMN, d("4.5"), WaterBodyKind.RIVER).waterClass()).contains(WaterClass.II);
			assertThat(classifier.classifyItem(CODMN, d("4.5"), WaterBodyKind.RIVER).waterClass())
				.contains(WaterClass.III);
		}

		@Test
		void aTableWhoseLimitsAreOutOfOrderIsRefused() throws Exception {
			String csv = new String(getClass().getClassLoader().getResourceAsStream("quality/gb3838_2002.csv")
				.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String broken = csv.replace("mg/L,max,2,4,6,10,15", "mg/L,max,2,7,6,10,15");
			assertThatThrownBy(() -> Gb3838Classifier.fromCsv(new StringReader(broken)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("CODMn");
		}

		@Test
		void aTableWithoutTheLakePhosphorusRowIsRefused() throws Exception {
			String csv = new String(getClass().getClassLoader().getResourceAsStream("quality/gb3838_2002.csv")
				.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			String broken = csv.lines().filter(line -> !line.startsWith("TP_LR,")).reduce("", (a, b) -> a + b + "\n");
			assertThatThrownBy(() -> Gb3838Classifier.fromCsv(new StringReader(broken)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("TP_LR");
		}
	}
}
