package cn.hezhang.quality;

import static cn.hezhang.quality.Gb3838Item.BOD5;
import static cn.hezhang.quality.Gb3838Item.COD;
import static cn.hezhang.quality.Gb3838Item.CODMN;
import static cn.hezhang.quality.Gb3838Item.DO;
import static cn.hezhang.quality.Gb3838Item.FECAL_COLIFORM;
import static cn.hezhang.quality.Gb3838Item.HG;
import static cn.hezhang.quality.Gb3838Item.NH3N;
import static cn.hezhang.quality.Gb3838Item.PH;
import static cn.hezhang.quality.Gb3838Item.TN;
import static cn.hezhang.quality.Gb3838Item.TP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Samples against targets. Every exceedance multiple below is computed by hand in the comment next to
 * it: (C − limit) / limit, for DO (limit − C) / limit, rounded half up to 2 decimals.
 */
class Gb3838TargetAssessmentTests {

	private final Gb3838Classifier classifier = new Gb3838Classifier();

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static Map<Gb3838Item, BigDecimal> sample(Object... itemsAndValues) {
		Map<Gb3838Item, BigDecimal> sample = new LinkedHashMap<>();
		for (int i = 0; i < itemsAndValues.length; i += 2) {
			sample.put((Gb3838Item) itemsAndValues[i], d((String) itemsAndValues[i + 1]));
		}
		return sample;
	}

	private TargetAssessment assess(WaterBodyKind kind, Target target, Object... itemsAndValues) {
		return classifier.assessAgainstTarget(classifier.classify(sample(itemsAndValues), kind), target);
	}

	private static FailingItem failing(Gb3838Item item, String value, String limit, FailingItem.LimitSource source,
			String multiple) {
		return new FailingItem(item, d(value), d(limit), source,
				multiple == null ? Optional.empty() : Optional.of(d(multiple)));
	}

	@Nested
	class ClassTarget {

		@Test
		void failingItemsCarryTheirLimitAndExceedanceMultiple() {
			TargetAssessment result = assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.III),
					PH, "9.2", // beyond 9: fails, no multiple for pH
					DO, "4", // Ⅲ needs ≥ 5: (5 − 4) / 5 = 0.20
					CODMN, "7", // Ⅲ ≤ 6: (7 − 6) / 6 = 0.1666… → 0.17
					COD, "25", // Ⅲ ≤ 20: (25 − 20) / 20 = 0.25
					BOD5, "4", // Ⅲ ≤ 4: exactly at the limit, meets
					NH3N, "1.6", // Ⅲ ≤ 1.0: (1.6 − 1.0) / 1.0 = 0.60
					TP, "0.2", // river Ⅲ ≤ 0.2: at the limit, meets
					HG, "0.000125"); // Ⅲ ≤ 0.0001: 0.000025 / 0.0001 = 0.25
			assertThat(result.failingItems()).usingRecursiveFieldByFieldElementComparator(
					org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
						.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
						.build())
				.containsExactly(
						failing(PH, "9.2", "9", FailingItem.LimitSource.TARGET_CLASS, null),
						failing(DO, "4", "5", FailingItem.LimitSource.TARGET_CLASS, "0.20"),
						failing(CODMN, "7", "6", FailingItem.LimitSource.TARGET_CLASS, "0.17"),
						failing(COD, "25", "20", FailingItem.LimitSource.TARGET_CLASS, "0.25"),
						failing(NH3N, "1.6", "1.0", FailingItem.LimitSource.TARGET_CLASS, "0.60"),
						failing(HG, "0.000125", "0.0001", FailingItem.LimitSource.TARGET_CLASS, "0.25"));
			assertThat(result.waterQualityMeets()).isFalse();
			assertThat(result.meets()).isFalse();
			assertThat(result.surfaceArea().status()).isEqualTo(SurfaceAreaResult.Status.NOT_APPLICABLE);
		}

		@Test
		void theMultipleIsRoundedHalfUpToTwoDecimals() {
			// COD 22.5 against Ⅲ ≤ 20: 2.5 / 20 = 0.125 → 0.13 (half up; half even would give 0.12)
			TargetAssessment result = assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.III), COD, "22.5");
			assertThat(result.failingItems().get(0).exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0.13");
			assertThat(result.failingItems().get(0).exceedanceMultiple().orElseThrow().scale()).isEqualTo(2);
		}

		@Test
		void aTinyExceedanceStillFailsThoughItsMultipleRoundsToZero() {
			// Hg 0.0001001 against Ⅲ ≤ 0.0001: 0.0000001 / 0.0001 = 0.001 → 0.00
			TargetAssessment result = assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.III), HG, "0.0001001");
			assertThat(result.meets()).isFalse();
			assertThat(result.failingItems().get(0).exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0");
		}

		@Test
		void valuesExactlyAtTheTargetClassLimitsMeetIt() {
			TargetAssessment result = assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.II),
					DO, "6", CODMN, "4", COD, "15", NH3N, "0.5", TP, "0.1", PH, "6");
			assertThat(result.failingItems()).isEmpty();
			assertThat(result.meets()).isTrue();
		}

		@Test
		void lakesAreJudgedWithTheLakePhosphorusLimit() {
			// lake Ⅱ ≤ 0.025: (0.03 − 0.025) / 0.025 = 0.20; as a river (Ⅱ ≤ 0.1) it would meet
			TargetAssessment lake = assess(WaterBodyKind.LAKE, Target.ofClass(WaterClass.II), TP, "0.03");
			assertThat(lake.failingItems()).singleElement().satisfies(f -> {
				assertThat(f.limit()).isEqualByComparingTo("0.025");
				assertThat(f.exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0.20");
			});
			assertThat(assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.II), TP, "0.03").meets()).isTrue();
		}

		@Test
		void referenceItemsBeyondTheTargetAreShownButDoNotDecide() {
			TargetAssessment result = assess(WaterBodyKind.LAKE, Target.ofClass(WaterClass.III),
					COD, "18", // Ⅲ, meets
					TN, "1.3", // lake Ⅲ ≤ 1.0: 0.3 / 1.0 = 0.30
					FECAL_COLIFORM, "12000"); // Ⅲ ≤ 10000: 2000 / 10000 = 0.20
			assertThat(result.meets()).isTrue();
			assertThat(result.referenceExceedances()).extracting(FailingItem::item).containsExactly(TN, FECAL_COLIFORM);
			assertThat(result.referenceExceedances()).extracting(f -> f.exceedanceMultiple().orElseThrow())
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(d("0.30"), d("0.20"));
		}

		@Test
		void riverTotalNitrogenIsNeverComparedWithATarget() {
			TargetAssessment result = assess(WaterBodyKind.RIVER, Target.ofClass(WaterClass.III), COD, "18", TN, "6");
			assertThat(result.referenceExceedances()).isEmpty();
			assertThat(result.meets()).isTrue();
		}

		@Test
		void anItemTargetForDissolvedOxygenIsAMinimum() {
			// DO ≥ 3: (3 − 2.4) / 3 = 0.20
			Target target = Target.withoutClass().withItemLimit(DO, d("3"));
			TargetAssessment result = assess(WaterBodyKind.RIVER, target, DO, "2.4");
			assertThat(result.failingItems()).singleElement().satisfies(f -> {
				assertThat(f.limitSource()).isEqualTo(FailingItem.LimitSource.ITEM_TARGET);
				assertThat(f.exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0.20");
			});
			assertThat(assess(WaterBodyKind.RIVER, target, DO, "3").meets()).isTrue();
		}

		@Test
		void targetsRefuseWhatCannotBeJudged() {
			assertThatThrownBy(() -> Target.ofClass(WaterClass.WORSE_THAN_V)).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> Target.ofClass(WaterClass.V).withItemLimit(PH, d("9")))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> Target.ofClass(WaterClass.V).withItemLimit(TN, d("2")))
				.isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> Target.ofClass(WaterClass.V).withItemLimit(COD, d("0")))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Nested
	class Hulun {

		private final Target hulun = LakeTargets.hulun();

		@Test
		void codUpToFiftyMeetsThoughClassFiveAllowsOnlyForty() {
			assertThat(assess(WaterBodyKind.LAKE, hulun, COD, "45").meets()).isTrue();
			assertThat(assess(WaterBodyKind.LAKE, hulun, COD, "50").meets()).isTrue();
		}

		@Test
		void codAboveFiftyFailsAgainstTheItemTarget() {
			// (50.5 − 50) / 50 = 0.01
			TargetAssessment result = assess(WaterBodyKind.LAKE, hulun, COD, "50.5");
			assertThat(result.failingItems()).singleElement().satisfies(f -> {
				assertThat(f.limit()).isEqualByComparingTo("50");
				assertThat(f.limitSource()).isEqualTo(FailingItem.LimitSource.ITEM_TARGET);
				assertThat(f.exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0.01");
			});
		}

		@Test
		void everyOtherIndicatorMustMeetClassFive() {
			TargetAssessment result = assess(WaterBodyKind.LAKE, hulun,
					COD, "48", // item target, meets
					NH3N, "2.4", // Ⅴ ≤ 2.0: 0.4 / 2 = 0.20
					TP, "0.25", // lake Ⅴ ≤ 0.2: 0.05 / 0.2 = 0.25
					TN, "2.5"); // lake Ⅴ ≤ 2.0: 0.5 / 2 = 0.25, reference only
			assertThat(result.failingItems()).extracting(FailingItem::item).containsExactly(NH3N, TP);
			assertThat(result.failingItems()).extracting(f -> f.exceedanceMultiple().orElseThrow())
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(d("0.20"), d("0.25"));
			assertThat(result.referenceExceedances()).extracting(FailingItem::item).containsExactly(TN);
		}

		@Test
		void aSampleWithoutCodCannotShowTheCodTargetIsMet() {
			TargetAssessment result = assess(WaterBodyKind.LAKE, hulun, NH3N, "1.0");
			assertThat(result.missingItems()).containsExactly(COD);
			assertThat(result.waterQualityMeets()).isFalse();
		}
	}

	@Nested
	class Ulansuhai {

		private final Target lakeCentre = LakeTargets.ulansuhaiLakeCentre();

		private TargetAssessment assess(String nh3n, SurfaceAreaObservation area) {
			QualityAssessment sample = classifier.classify(sample(NH3N, nh3n, COD, "35"), WaterBodyKind.LAKE);
			return classifier.assessAgainstTarget(sample, lakeCentre, area);
		}

		@Test
		void ammoniaUpToEightMeetsAtTheLakeCentre() {
			assertThat(assess("7.9", SurfaceAreaObservation.of(d("293"), d("293"))).meets()).isTrue();
			assertThat(assess("8", SurfaceAreaObservation.of(d("293"), d("293"))).meets()).isTrue();
		}

		@Test
		void ammoniaAboveEightFails() {
			// (9 − 8) / 8 = 0.125 → 0.13
			TargetAssessment result = assess("9", SurfaceAreaObservation.of(d("293"), d("293")));
			assertThat(result.failingItems()).singleElement().satisfies(f -> {
				assertThat(f.limit()).isEqualByComparingTo("8");
				assertThat(f.exceedanceMultiple().orElseThrow()).isEqualByComparingTo("0.13");
			});
		}

		@Test
		void theWaterSurfaceMustNotShrinkBelowItsBaseline() {
			TargetAssessment same = assess("5", SurfaceAreaObservation.of(d("293"), d("293")));
			assertThat(same.surfaceArea().status()).isEqualTo(SurfaceAreaResult.Status.MET);
			TargetAssessment smaller = assess("5", SurfaceAreaObservation.of(d("292.9"), d("293")));
			assertThat(smaller.surfaceArea().status()).isEqualTo(SurfaceAreaResult.Status.NOT_MET);
			assertThat(smaller.waterQualityMeets()).isTrue();
			assertThat(smaller.meets()).isFalse();
		}

		@Test
		void withoutAMeasuredAreaTheTargetIsNotKnownToBeMet() {
			TargetAssessment result = assess("5", null);
			assertThat(result.surfaceArea().status()).isEqualTo(SurfaceAreaResult.Status.NOT_ASSESSED);
			assertThat(result.waterQualityMeets()).isTrue();
			assertThat(result.meets()).isFalse();
		}

		@Test
		void notShrinkingNeedsABaseline() {
			assertThatThrownBy(() -> assess("5", SurfaceAreaObservation.of(d("293"))))
				.isInstanceOf(InvalidMeasurementException.class)
				.satisfies(ex -> assertThat(((InvalidMeasurementException) ex).field()).isEqualTo("baselineKm2"));
		}
	}

	@Nested
	class Daihai {

		private final Target daihai = LakeTargets.daihai();

		private TargetAssessment assess(String areaKm2) {
			QualityAssessment sample = classifier.classify(sample(COD, "60", NH3N, "3"), WaterBodyKind.LAKE);
			return classifier.assessAgainstTarget(sample, daihai, SurfaceAreaObservation.of(d(areaKm2)));
		}

		@Test
		void fiftySquareKilometresMeetsTheAreaTarget() {
			assertThat(assess("50").meets()).isTrue();
			assertThat(assess("52.5").meets()).isTrue();
		}

		@Test
		void lessThanFiftySquareKilometresFails() {
			TargetAssessment result = assess("49.99");
			assertThat(result.meets()).isFalse();
			assertThat(result.surfaceArea().requiredKm2()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("50"));
		}

		@Test
		void daihaiHasNoWaterClassTargetSoNoItemFails() {
			// COD 60 and NH3-N 3 are 劣Ⅴ, but the 2020 plan sets Daihai no water class
			assertThat(assess("50").failingItems()).isEmpty();
			assertThat(daihai.waterClass()).isEmpty();
		}

		@Test
		void aNegativeAreaIsRejected() {
			assertThatThrownBy(() -> SurfaceAreaObservation.of(d("-1")))
				.isInstanceOf(InvalidMeasurementException.class)
				.hasMessageContaining("surface area");
		}
	}

	@Test
	void theThreeLakeTargetsAreAsInTheSeedPlan() {
		assertThat(LakeTargets.hulun().waterClass()).contains(WaterClass.V);
		assertThat(LakeTargets.hulun().itemLimits()).containsOnlyKeys(COD);
		assertThat(LakeTargets.hulun().itemLimits().get(COD)).isEqualByComparingTo("50");
		assertThat(LakeTargets.ulansuhaiLakeCentre().waterClass()).contains(WaterClass.V);
		assertThat(LakeTargets.ulansuhaiLakeCentre().itemLimits().get(NH3N)).isEqualByComparingTo("8");
		assertThat(LakeTargets.ulansuhaiLakeCentre().surfaceArea()).containsInstanceOf(SurfaceAreaTarget.NotShrinking.class);
		assertThat(LakeTargets.daihai().surfaceArea()).contains(new SurfaceAreaTarget.AtLeast(d("50")));
		assertThat(List.of(LakeTargets.hulun(), LakeTargets.ulansuhaiLakeCentre(), LakeTargets.daihai()))
			.extracting(Target::description)
			.allSatisfy(description -> assertThat(description).contains("2020"));
	}
}
