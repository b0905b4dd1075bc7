package cn.hezhang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A worse value never yields a better class. Values are drawn from three sources: the class limits
 * themselves, the limits ± one unit in the last place below them, and anywhere from 0 to twice the
 * class Ⅴ limit.
 */
class Gb3838ClassPropertyTests {

	private static final Gb3838Classifier classifier = new Gb3838Classifier();

	/** Two values of one item, {@code lower ≤ higher}. */
	record Pair(Gb3838Item item, WaterBodyKind kind, BigDecimal lower, BigDecimal higher) {
	}

	private static WaterClass classOf(Gb3838Item item, BigDecimal value, WaterBodyKind kind) {
		return classifier.classifyItem(item, value, kind).waterClass().orElseThrow();
	}

	@Property(tries = 3000)
	void aHigherValueOfAMaximumItemNeverHasABetterClass(@ForAll("maximumItemPairs") Pair pair) {
		WaterClass atLower = classOf(pair.item(), pair.lower(), pair.kind());
		WaterClass atHigher = classOf(pair.item(), pair.higher(), pair.kind());
		assertThat(atHigher).as("%s", pair).isGreaterThanOrEqualTo(atLower);
	}

	@Property(tries = 1000)
	void aLowerDissolvedOxygenNeverHasABetterClass(@ForAll("dissolvedOxygenPairs") Pair pair) {
		WaterClass atLower = classOf(pair.item(), pair.lower(), pair.kind());
		WaterClass atHigher = classOf(pair.item(), pair.higher(), pair.kind());
		assertThat(atLower).as("%s", pair).isGreaterThanOrEqualTo(atHigher);
	}

	@Property(tries = 500)
	void phIsClassOneExactlyInsideSixToNine(@ForAll("phValues") BigDecimal ph) {
		boolean inside = ph.compareTo(new BigDecimal("6")) >= 0 && ph.compareTo(new BigDecimal("9")) <= 0;
		assertThat(classOf(Gb3838Item.PH, ph, WaterBodyKind.RIVER))
			.isEqualTo(inside ? WaterClass.I : WaterClass.WORSE_THAN_V);
	}

	@Provide
	Arbitrary<Pair> maximumItemPairs() {
		List<Gb3838Item> items = Arrays.stream(Gb3838Item.values())
			.filter(item -> item != Gb3838Item.WT && item != Gb3838Item.PH && item != Gb3838Item.DO)
			.toList();
		return Arbitraries.of(items).flatMap(item -> Arbitraries.of(WaterBodyKind.values())
			.filter(item::isClassedFor)
			.flatMap(kind -> pairs(item, kind)));
	}

	@Provide
	Arbitrary<Pair> dissolvedOxygenPairs() {
		return Arbitraries.of(WaterBodyKind.values()).flatMap(kind -> pairs(Gb3838Item.DO, kind));
	}

	@Provide
	Arbitrary<BigDecimal> phValues() {
		return Arbitraries.frequencyOf(
				Tuple.of(1, Arbitraries.of(new BigDecimal("6"), new BigDecimal("9"), new BigDecimal("5.999"),
						new BigDecimal("9.001"), BigDecimal.ZERO, new BigDecimal("14"))),
				Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("14")).ofScale(3)));
	}

	private static Arbitrary<Pair> pairs(Gb3838Item item, WaterBodyKind kind) {
		Arbitrary<BigDecimal> values = valuesAround(item, kind);
		return Combinators.combine(values, values)
			.as((a, b) -> a.compareTo(b) <= 0 ? new Pair(item, kind, a, b) : new Pair(item, kind, b, a));
	}

	private static Arbitrary<BigDecimal> valuesAround(Gb3838Item item, WaterBodyKind kind) {
		List<BigDecimal> limits = Stream.of(WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V)
			.map(c -> classifier.limit(item, c, kind))
			.toList();
		int scale = limits.stream().mapToInt(BigDecimal::scale).max().orElse(0) + 3;
		BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
		BigDecimal top = limits.stream().reduce(BigDecimal::max).orElseThrow().multiply(BigDecimal.valueOf(2));
		Arbitrary<BigDecimal> exact = Arbitraries.of(limits);
		Arbitrary<BigDecimal> next = exact.flatMap(limit -> Arbitraries.of(limit.add(unit), limit.subtract(unit)));
		Arbitrary<BigDecimal> anywhere = Arbitraries.bigDecimals().between(BigDecimal.ZERO, top).ofScale(scale);
		return Arbitraries.frequencyOf(Tuple.of(3, exact), Tuple.of(3, next), Tuple.of(4, anywhere));
	}
}
