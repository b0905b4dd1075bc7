package cn.hezhang.quality;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.hezhang.quality.domain.Gb3838Table;
import cn.hezhang.quality.domain.Gb3838Table.Direction;
import cn.hezhang.quality.domain.Gb3838Table.Row;

/**
 * Classes surface-water samples by GB 3838-2002 《地表水环境质量标准》 Table 1 and compares them with
 * a {@link Target}. The limits are read from {@code quality/gb3838_2002.csv} when the classifier is
 * built; the rules below are in the code. Immutable and thread-safe; build it once.
 * <p>
 * Rules, with their source:
 * <ul>
 * <li><b>A limit value belongs to the better class.</b> For a maximum item (all but DO, pH and water
 * temperature) the class is the best class whose limit the value does not exceed (C ≤ limit); for
 * dissolved oxygen, a minimum, the best class whose limit the value reaches (C ≥ limit). So CODMn 4
 * is Ⅱ, DO 6 is Ⅱ. Where classes share a limit (COD 15 for Ⅰ and Ⅱ) a value at it is the better one,
 * Ⅰ. Beyond the class Ⅴ limit: 劣Ⅴ. (Table 1 gives each class's limit as "≤" resp. "≥"; the project
 * brief, PRODUCT.md capability 6, states the rule.)</li>
 * <li><b>pH</b> has the same range 6–9 in every class, inclusive at both ends. Inside: class Ⅰ (the best
 * class it meets, by the rule above); outside (5.99, 9.01): 劣Ⅴ, since it then meets no class. pH
 * outside 0–14 is rejected.</li>
 * <li><b>Dissolved oxygen class Ⅰ</b> is "饱和率90%（或7.5）": only the 7.5 mg/L alternative is applied,
 * the saturation percentage (which needs temperature and pressure) is not.</li>
 * <li><b>Total phosphorus</b> of a lake or reservoir uses the row {@code TP_LR} (the values printed in
 * parentheses, "湖、库"), of a river the row {@code TP}.</li>
 * <li><b>Overall class</b>: the worst class of the measured evaluated items — the 21 items of Table 1
 * other than water temperature, total nitrogen and fecal coliform (地表水环境质量评价办法（试行）
 * 环办〔2011〕22号). Those three are reference items: fecal coliform and the total nitrogen of a lake or
 * reservoir are classed and reported apart; water temperature and a river's total nitrogen are not
 * classed (see {@link Gb3838Item#isClassedFor}).</li>
 * <li><b>Values</b> are exact decimals ({@link BigDecimal}, compared with {@code compareTo}, so 0.20 equals
 * 0.2). Negative values (except water temperature) are rejected with an
 * {@link InvalidMeasurementException} naming the item.</li>
 * </ul>
 */
public final class Gb3838Classifier {

	/** Table 1 prints the lake/reservoir TP limits in a row of their own in the seed file. */
	private static final String TP_LAKE_RESERVOIR_ROW = "TP_LR";

	private static final BigDecimal PH_MIN = BigDecimal.ZERO;

	private static final BigDecimal PH_MAX = new BigDecimal("14");

	private static final WaterClass[] CLASSES = { WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV,
			WaterClass.V };

	private final Gb3838Table table;

	/** Reads the project's seed table {@code quality/gb3838_2002.csv} from the classpath. */
	public Gb3838Classifier() {
		this(Gb3838Table.loadDefault());
	}

	private Gb3838Classifier(Gb3838Table table) {
		Set<String> expected = EnumSet.allOf(Gb3838Item.class).stream()
			.map(Gb3838Item::code)
			.collect(Collectors.toCollection(TreeSet::new));
		expected.add(TP_LAKE_RESERVOIR_ROW);
		if (!expected.equals(new TreeSet<>(table.codes()))) {
			throw new IllegalStateException("GB 3838 table rows " + table.codes() + " do not match the items " + expected);
		}
		this.table = table;
	}

	/** Builds a classifier from a table in the seed file's format (for tests and alternative tables). */
	public static Gb3838Classifier fromCsv(Reader reader) {
		return new Gb3838Classifier(Gb3838Table.load(reader, "GB 3838 table"));
	}

	/**
	 * The class of one value.
	 * @throws InvalidMeasurementException if the value is missing, negative, or a pH outside 0–14
	 */
	public ItemResult classifyItem(Gb3838Item item, BigDecimal value, WaterBodyKind kind) {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(kind, "kind");
		Row row = rowFor(item, kind);
		validate(item, row, value);
		Optional<WaterClass> waterClass = item.isClassedFor(kind) ? Optional.of(classOf(row, value))
				: Optional.empty();
		return new ItemResult(item, value, waterClass, item.roleFor(kind));
	}

	/** As {@link #classifyItem(Gb3838Item, BigDecimal, WaterBodyKind)}, with the item given by its code. */
	public ItemResult classifyItem(String itemCode, BigDecimal value, WaterBodyKind kind) {
		return classifyItem(Gb3838Item.fromCode(itemCode), value, kind);
	}

	/**
	 * Classes every item of a sample and derives the overall class.
	 * @throws InvalidMeasurementException for an invalid value, or if the sample holds none of the 21
	 * evaluated items (there is then no overall class)
	 */
	public QualityAssessment classify(Map<Gb3838Item, BigDecimal> sample, WaterBodyKind kind) {
		Objects.requireNonNull(sample, "sample");
		Objects.requireNonNull(kind, "kind");
		Map<Gb3838Item, BigDecimal> ordered = new EnumMap<>(Gb3838Item.class);
		sample.forEach((item, value) -> ordered.put(Objects.requireNonNull(item, "item"), value));
		List<ItemResult> evaluated = new ArrayList<>();
		List<ItemResult> reference = new ArrayList<>();
		ordered.forEach((item, value) -> {
			ItemResult result = classifyItem(item, value, kind);
			(result.role() == ItemRole.EVALUATED ? evaluated : reference).add(result);
		});
		if (evaluated.isEmpty()) {
			throw new InvalidMeasurementException("sample",
					"the sample holds none of the 21 evaluated GB 3838-2002 items, so it has no overall class");
		}
		// 环办〔2011〕22号: 断面水质类别按评价指标中类别最高（最差）者确定.
		WaterClass overall = WaterClass.worst(evaluated.stream().map(r -> r.waterClass().orElseThrow()).toList());
		List<Gb3838Item> determining = evaluated.stream()
			.filter(r -> r.waterClass().orElseThrow() == overall)
			.map(ItemResult::item)
			.toList();
		return new QualityAssessment(kind, evaluated, overall, determining, reference);
	}

	/**
	 * The Table 1 limit of {@code item} for {@code waterClass} and {@code kind} (TP_LR for lakes and
	 * reservoirs), as in the seed file.
	 * @throws IllegalArgumentException for 劣Ⅴ (it has no limit), and for items without a single limit:
	 * water temperature, pH (a range), total nitrogen of a river
	 */
	public BigDecimal limit(Gb3838Item item, WaterClass waterClass, WaterBodyKind kind) {
		Objects.requireNonNull(waterClass, "waterClass");
		Row row = rowFor(item, kind);
		if (waterClass == WaterClass.WORSE_THAN_V) {
			throw new IllegalArgumentException("劣Ⅴ has no limit");
		}
		if (!item.isClassedFor(kind) || row.direction() == Direction.RANGE) {
			throw new IllegalArgumentException(item.code() + " has no single class limit for a " + kind);
		}
		return row.limit(waterClass.ordinal());
	}

	/** Names and unit of {@code item} as in the seed table. */
	public ItemDescription describe(Gb3838Item item) {
		Row row = table.row(Objects.requireNonNull(item, "item").code());
		return new ItemDescription(item, row.nameZh(), row.nameEn(), row.unit());
	}

	/** As {@link #assessAgainstTarget(QualityAssessment, Target, SurfaceAreaObservation)} without a measured area. */
	public TargetAssessment assessAgainstTarget(QualityAssessment assessment, Target target) {
		return assessAgainstTarget(assessment, target, null);
	}

	/**
	 * Compares a classified sample with a target. An evaluated item fails when it lies beyond its
	 * limit: the item-level target if the target has one for it, otherwise the target class's limit
	 * (for the sample's kind: TP_LR for lakes and reservoirs). A value equal to the limit meets it, in
	 * line with "a limit value belongs to the better class". Evaluated items not in the sample are not
	 * judged; items with an item-level target that are not in the sample are listed as missing.
	 * @param area the measured surface area, or {@code null} if none was measured
	 */
	public TargetAssessment assessAgainstTarget(QualityAssessment assessment, Target target,
			SurfaceAreaObservation area) {
		Objects.requireNonNull(assessment, "assessment");
		Objects.requireNonNull(target, "target");
		WaterBodyKind kind = assessment.kind();
		List<FailingItem> failing = new ArrayList<>();
		for (ItemResult result : assessment.evaluatedItems()) {
			BigDecimal itemLimit = target.itemLimits().get(result.item());
			if (itemLimit != null) {
				failure(result, itemLimit, FailingItem.LimitSource.ITEM_TARGET, kind, null).ifPresent(failing::add);
			}
			else if (target.waterClass().isPresent()) {
				failure(result, null, FailingItem.LimitSource.TARGET_CLASS, kind, target.waterClass().get())
					.ifPresent(failing::add);
			}
		}
		List<Gb3838Item> missing = target.itemLimits().keySet().stream()
			.filter(item -> assessment.result(item).isEmpty())
			.toList();
		List<FailingItem> referenceExceedances = new ArrayList<>();
		if (target.waterClass().isPresent()) {
			for (ItemResult result : assessment.referenceItems()) {
				if (result.waterClass().isPresent()) {
					failure(result, null, FailingItem.LimitSource.TARGET_CLASS, kind, target.waterClass().get())
						.ifPresent(referenceExceedances::add);
				}
			}
		}
		return new TargetAssessment(target, failing, missing, referenceExceedances,
				surfaceArea(target.surfaceArea().orElse(null), area));
	}

	/** The failure of {@code result} against {@code itemLimit} if given, else against {@code targetClass}'s limit. */
	private Optional<FailingItem> failure(ItemResult result, BigDecimal itemLimit, FailingItem.LimitSource source,
			WaterBodyKind kind, WaterClass targetClass) {
		Row row = rowFor(result.item(), kind);
		BigDecimal c = result.value();
		switch (row.direction()) {
			case RANGE -> {
				// pH: the range 6-9 is the same for every class; beyond either end it fails. No exceedance
				// multiple: (C − limit)/limit means nothing on a log scale, and 环办〔2011〕22号 lists pH among
				// the items without one (recalled, not re-verified).
				if (c.compareTo(row.rangeLow()) < 0) {
					return Optional.of(new FailingItem(result.item(), c, row.rangeLow(), source, Optional.empty()));
				}
				if (c.compareTo(row.rangeHigh()) > 0) {
					return Optional.of(new FailingItem(result.item(), c, row.rangeHigh(), source, Optional.empty()));
				}
				return Optional.empty();
			}
			case MAX -> {
				BigDecimal limit = itemLimit != null ? itemLimit : row.limit(targetClass.ordinal());
				if (c.compareTo(limit) <= 0) {
					return Optional.empty();
				}
				// 超标倍数 = (C − limit) / limit
				return Optional.of(new FailingItem(result.item(), c, limit, source,
						Optional.of(multiple(c.subtract(limit), limit))));
			}
			case MIN -> {
				BigDecimal limit = itemLimit != null ? itemLimit : row.limit(targetClass.ordinal());
				if (c.compareTo(limit) >= 0) {
					return Optional.empty();
				}
				// DO is a minimum: the shortfall relative to the limit, (limit − C) / limit, as the project
				// brief asks. 环办〔2011〕22号 is recalled to compute no multiple for DO; see FailingItem.
				return Optional.of(new FailingItem(result.item(), c, limit, source,
						Optional.of(multiple(limit.subtract(c), limit))));
			}
			case SPECIAL -> {
				return Optional.empty();
			}
			default -> throw new IllegalStateException(row.direction().toString());
		}
	}

	/** The exact quotient rounded once to 2 decimal places, half up: 1/6 → 0.17. */
	private static BigDecimal multiple(BigDecimal difference, BigDecimal limit) {
		return difference.divide(limit, 2, RoundingMode.HALF_UP);
	}

	private static SurfaceAreaResult surfaceArea(SurfaceAreaTarget target, SurfaceAreaObservation area) {
		if (target == null) {
			return new SurfaceAreaResult(SurfaceAreaResult.Status.NOT_APPLICABLE, Optional.empty(), Optional.empty());
		}
		if (area == null) {
			return new SurfaceAreaResult(SurfaceAreaResult.Status.NOT_ASSESSED, Optional.empty(), Optional.empty());
		}
		BigDecimal required;
		if (target instanceof SurfaceAreaTarget.AtLeast atLeast) {
			required = atLeast.minimumKm2();
		}
		else {
			required = area.baselineKm2()
				.orElseThrow(() -> new InvalidMeasurementException("baselineKm2",
						"a 'surface not shrinking' target needs the baseline surface area"));
		}
		// 不小于 / 不减少: equal to the minimum or the baseline meets the target.
		SurfaceAreaResult.Status status = area.measuredKm2().compareTo(required) >= 0 ? SurfaceAreaResult.Status.MET
				: SurfaceAreaResult.Status.NOT_MET;
		return new SurfaceAreaResult(status, Optional.of(required), Optional.of(area.measuredKm2()));
	}

	private Row rowFor(Gb3838Item item, WaterBodyKind kind) {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(kind, "kind");
		if (item == Gb3838Item.TP && kind.isLakeOrReservoir()) {
			return table.row(TP_LAKE_RESERVOIR_ROW);
		}
		return table.row(item.code());
	}

	private static void validate(Gb3838Item item, Row row, BigDecimal value) {
		if (value == null) {
			throw new InvalidMeasurementException(item.code(), item.code() + " (" + row.nameZh() + ") has no value");
		}
		if (row.direction() == Direction.RANGE) {
			if (value.compareTo(PH_MIN) < 0 || value.compareTo(PH_MAX) > 0) {
				throw new InvalidMeasurementException(item.code(), item.code() + " (" + row.nameZh()
						+ ") must be between 0 and 14, got " + value.toPlainString());
			}
		}
		else if (row.direction() != Direction.SPECIAL && value.signum() < 0) {
			throw new InvalidMeasurementException(item.code(), item.code() + " (" + row.nameZh()
					+ ") must not be negative, got " + value.toPlainString() + " " + row.unit());
		}
	}

	private static WaterClass classOf(Row row, BigDecimal value) {
		return switch (row.direction()) {
			case MAX -> {
				for (int i = 0; i < CLASSES.length; i++) {
					if (value.compareTo(row.limit(i)) <= 0) { // a value at the limit belongs to the better class
						yield CLASSES[i];
					}
				}
				yield WaterClass.WORSE_THAN_V;
			}
			case MIN -> {
				for (int i = 0; i < CLASSES.length; i++) {
					if (value.compareTo(row.limit(i)) >= 0) { // DO: reaching the limit is enough
						yield CLASSES[i];
					}
				}
				yield WaterClass.WORSE_THAN_V;
			}
			// pH: 6 ≤ pH ≤ 9 meets every class, so the best, Ⅰ; outside it meets none.
			case RANGE -> value.compareTo(row.rangeLow()) >= 0 && value.compareTo(row.rangeHigh()) <= 0 ? WaterClass.I
					: WaterClass.WORSE_THAN_V;
			case SPECIAL -> throw new IllegalStateException(row.code() + " has no class limits");
		};
	}
}
