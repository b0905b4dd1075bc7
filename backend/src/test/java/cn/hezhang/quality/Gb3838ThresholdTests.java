package cn.hezhang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every class limit of every graded item of GB 3838-2002 Table 1: exactly at the limit, just above
 * and just below it (± one millionth of the limit, exact decimals).
 * <p>
 * The limits and expected classes below are typed by hand from the standard's Table 1 (not read from
 * the seed file), so a wrong number in the seed file or a wrong rule in the code both fail here. Rule
 * under test: a limit value belongs to the better class; where classes share a limit, a value at it is
 * the best of them; beyond the class Ⅴ limit it is 劣Ⅴ.
 */
class Gb3838ThresholdTests {

	private static final Gb3838Classifier classifier = new Gb3838Classifier();

	private static final BigDecimal ONE_MILLIONTH = new BigDecimal("0.000001");

	/*
	 * item | kind | limits Ⅰ..Ⅴ | class at each limit | class just above each | class just below each
	 * ("V+" = 劣Ⅴ). Maximum items: above moves to the next class with a larger limit; below stays.
	 */
	private static final String MAXIMUM_ITEMS = """
			CODMn     | RIVER | 2, 4, 6, 10, 15                          | I II III IV V      | II III IV V V+     | I II III IV V
			COD       | RIVER | 15, 15, 20, 30, 40                       | I I III IV V       | III III IV V V+    | I I III IV V
			BOD5      | RIVER | 3, 3, 4, 6, 10                           | I I III IV V       | III III IV V V+    | I I III IV V
			NH3N      | RIVER | 0.15, 0.5, 1.0, 1.5, 2.0                 | I II III IV V      | II III IV V V+     | I II III IV V
			TP        | RIVER | 0.02, 0.1, 0.2, 0.3, 0.4                 | I II III IV V      | II III IV V V+     | I II III IV V
			TP        | LAKE  | 0.01, 0.025, 0.05, 0.1, 0.2              | I II III IV V      | II III IV V V+     | I II III IV V
			TP        | RESERVOIR | 0.01, 0.025, 0.05, 0.1, 0.2          | I II III IV V      | II III IV V V+     | I II III IV V
			TN        | LAKE  | 0.2, 0.5, 1.0, 1.5, 2.0                  | I II III IV V      | II III IV V V+     | I II III IV V
			TN        | RESERVOIR | 0.2, 0.5, 1.0, 1.5, 2.0              | I II III IV V      | II III IV V V+     | I II III IV V
			Cu        | RIVER | 0.01, 1.0, 1.0, 1.0, 1.0                 | I II II II II      | II V+ V+ V+ V+     | I II II II II
			Zn        | RIVER | 0.05, 1.0, 1.0, 2.0, 2.0                 | I II II IV IV      | II IV IV V+ V+     | I II II IV IV
			F         | RIVER | 1.0, 1.0, 1.0, 1.5, 1.5                  | I I I IV IV        | IV IV IV V+ V+     | I I I IV IV
			Se        | RIVER | 0.01, 0.01, 0.01, 0.02, 0.02             | I I I IV IV        | IV IV IV V+ V+     | I I I IV IV
			As        | RIVER | 0.05, 0.05, 0.05, 0.1, 0.1               | I I I IV IV        | IV IV IV V+ V+     | I I I IV IV
			Hg        | RIVER | 0.00005, 0.00005, 0.0001, 0.001, 0.001   | I I III IV IV      | III III IV V+ V+   | I I III IV IV
			Cd        | RIVER | 0.001, 0.005, 0.005, 0.005, 0.01         | I II II II V       | II V V V V+        | I II II II V
			Cr6       | RIVER | 0.01, 0.05, 0.05, 0.05, 0.1              | I II II II V       | II V V V V+        | I II II II V
			Pb        | RIVER | 0.01, 0.01, 0.05, 0.05, 0.1              | I I III III V      | III III V V V+     | I I III III V
			CN        | RIVER | 0.005, 0.05, 0.2, 0.2, 0.2               | I II III III III   | II III V+ V+ V+    | I II III III III
			VPhenol   | RIVER | 0.002, 0.002, 0.005, 0.01, 0.1           | I I III IV V       | III III IV V V+    | I I III IV V
			Petroleum | RIVER | 0.05, 0.05, 0.05, 0.5, 1.0               | I I I IV V         | IV IV IV V V+      | I I I IV V
			LAS       | RIVER | 0.2, 0.2, 0.2, 0.3, 0.3                  | I I I IV IV        | IV IV IV V+ V+     | I I I IV IV
			Sulfide   | RIVER | 0.05, 0.1, 0.2, 0.5, 1.0                 | I II III IV V      | II III IV V V+     | I II III IV V
			FC        | RIVER | 200, 2000, 10000, 20000, 40000           | I II III IV V      | II III IV V V+     | I II III IV V
			""";

	/** Rivers share the limits of all items but TP and TN; lakes use the same rows for them. */
	private static final String SAME_LIMITS_FOR_LAKES = """
			CODMn     | LAKE  | 2, 4, 6, 10, 15                          | I II III IV V      | II III IV V V+     | I II III IV V
			NH3N      | LAKE  | 0.15, 0.5, 1.0, 1.5, 2.0                 | I II III IV V      | II III IV V V+     | I II III IV V
			Hg        | RESERVOIR | 0.00005, 0.00005, 0.0001, 0.001, 0.001 | I I III IV IV    | III III IV V+ V+   | I I III IV IV
			""";

	/** Dissolved oxygen is a minimum: reaching the limit is enough; just below moves to the next class. */
	private static final String MINIMUM_ITEMS = """
			DO        | RIVER | 7.5, 6, 5, 3, 2                          | I II III IV V      | I II III IV V      | II III IV V V+
			DO        | LAKE  | 7.5, 6, 5, 3, 2                          | I II III IV V      | I II III IV V      | II III IV V V+
			""";

	@TestFactory
	Stream<DynamicTest> aMaximumItemAtItsLimitIsInTheBetterClassAndJustAboveInTheWorse() {
		return tests(MAXIMUM_ITEMS + SAME_LIMITS_FOR_LAKES);
	}

	@TestFactory
	Stream<DynamicTest> dissolvedOxygenAtItsLimitIsInTheBetterClassAndJustBelowInTheWorse() {
		return tests(MINIMUM_ITEMS);
	}

	private static Stream<DynamicTest> tests(String table) {
		List<DynamicTest> tests = new ArrayList<>();
		for (String line : table.strip().split("\n")) {
			String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
			Gb3838Item item = Gb3838Item.fromCode(cells[0]);
			WaterBodyKind kind = WaterBodyKind.valueOf(cells[1]);
			String[] limits = cells[2].split(",\\s*");
			String[] at = cells[3].split("\\s+");
			String[] above = cells[4].split("\\s+");
			String[] below = cells[5].split("\\s+");
			for (int k = 0; k < 5; k++) {
				BigDecimal limit = new BigDecimal(limits[k]);
				BigDecimal delta = limit.multiply(ONE_MILLIONTH);
				String where = "%s (%s) class %s limit %s".formatted(item.code(), kind, WaterClass.values()[k].label(),
						limit.toPlainString());
				tests.add(check(where + ": exactly at it", item, kind, limit, at[k]));
				tests.add(check(where + ": just above, " + limit.add(delta).toPlainString(), item, kind,
						limit.add(delta), above[k]));
				tests.add(check(where + ": just below, " + limit.subtract(delta).toPlainString(), item, kind,
						limit.subtract(delta), below[k]));
			}
		}
		return tests.stream();
	}

	private static DynamicTest check(String name, Gb3838Item item, WaterBodyKind kind, BigDecimal value,
			String expected) {
		WaterClass expectedClass = expected.equals("V+") ? WaterClass.WORSE_THAN_V : WaterClass.valueOf(expected);
		String display = name + " → " + expectedClass.label();
		return dynamicTest(display,
				() -> assertThat(classifier.classifyItem(item, value, kind).waterClass()).as(display)
					.contains(expectedClass));
	}
}
