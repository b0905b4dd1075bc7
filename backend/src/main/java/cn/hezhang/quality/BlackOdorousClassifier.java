package cn.hezhang.quality;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.hezhang.quality.domain.BlackOdorousTable;
import cn.hezhang.quality.domain.BlackOdorousTable.Threshold;

/**
 * Grades urban black-odorous water by the 2015 《城市黑臭水体整治工作指南》 (住房城乡建设部、环境保护部;
 * document number 建城〔2015〕130号 recalled, not verified): one value, one detection point, one water
 * body. The four thresholds are read from the {@code THRESHOLD} rows of
 * {@code quality/black_odorous_criteria.csv} when the classifier is built; the rules are in the code,
 * each with its source. Immutable and thread-safe.
 *
 * <h2>Indicator grades (the guide's table; CSV rows THRESHOLD SD, DO, ORP, NH3N)</h2>
 * <pre>
 *                    轻度黑臭 (light)   重度黑臭 (heavy)
 *   透明度 SD  cm       25~10*             &lt;10*
 *   溶解氧 DO  mg/L     0.2~2.0            &lt;0.2
 *   氧化还原电位 mV     -200~50            &lt;-200
 *   氨氮 NH3-N mg/L     8.0~15             &gt;15
 *   * 水深不足25cm时，该指标按水深的40%取值
 * </pre>
 * The table does not say on which side a boundary value falls. Decisions:
 * <ul>
 * <li><b>Heavy edge (10, 0.2, −200, 15) → light.</b> The table writes the heavy grade with strict
 * signs (&lt;10, &lt;0.2, &lt;−200, &gt;15), so the edge value itself is not heavy.</li>
 * <li><b>Light edge (25, 2.0, 50, 8.0) → not black-odorous.</b> The same rule as at the heavy edge — a
 * boundary value belongs to the better grade, as the project applies to GB 3838 limits — and the only
 * reading that lets the clearest possible water pass at a depth of exactly 25 cm (the shallow-water
 * rule starts below 25 cm, and a Secchi disc seen on the bottom reads SD = 25). It matches the CSV
 * notes for SD ("≥25 cm = not") and DO ("DO ≥ 2.0 = not") and the Silence.Water implementation cited
 * in SOURCES.md; it differs from the CSV notes for ORP ("&gt; 50 mV = not", which would make 50 light)
 * and NH3-N ("&lt; 8.0 = not", which would make 8.0 light). So, exactly:
 * <ul>
 * <li>SD: heavy SD &lt; 10; light 10 ≤ SD &lt; 25; none SD ≥ 25.</li>
 * <li>DO: heavy DO &lt; 0.2; light 0.2 ≤ DO &lt; 2.0; none DO ≥ 2.0.</li>
 * <li>ORP: heavy ORP &lt; −200; light −200 ≤ ORP &lt; 50; none ORP ≥ 50.</li>
 * <li>NH3-N: heavy NH3-N &gt; 15; light 8.0 &lt; NH3-N ≤ 15; none NH3-N ≤ 8.0.</li>
 * </ul></li>
 * <li><b>Shallow water (note *, 水深不足25cm → depth &lt; 25 cm; 25 cm itself uses the table).</b> "The
 * indicator takes 40 % of the water depth": the heavy edge becomes 40 % of the depth — 10 cm is 40 %
 * of 25 cm, so this joins the table without a jump at 25 cm. The guide is silent on the light edge;
 * here it becomes the depth itself, scaled the same way (25 cm is 100 % of 25 cm): SD &lt; depth (the
 * bottom not visible) is light, SD = depth (seen on the bottom) is not black-odorous. Depth 20 cm:
 * heavy SD &lt; 8, light 8 ≤ SD &lt; 20, none SD = 20. A transparency greater than the depth is
 * rejected. Without a depth the table applies.</li>
 * </ul>
 *
 * <h2>Detection point (guide: 检测点分级判定; CSV row RULE POINT_GRADE)</h2>
 * "某检测点4项理化指标中，1项指标60%以上数据或不少于2项指标30%以上数据达到'重度黑臭'级别的，该检测点应认定为
 * '重度黑臭'，否则可认定为'轻度黑臭'": heavy if the heavy data of one indicator are ≥ 60 % of its data,
 * or ≥ 30 % for at least two indicators. "以上" includes the figure itself (Chinese legal usage, e.g.
 * 《民法典》第一千二百五十九条), so exactly 60 % and exactly 30 % count; shares are compared as exact
 * counts (heavy × 5 ≥ n × 3, heavy × 10 ≥ n × 3), never as floating point. Otherwise the point is light
 * if any datum reached light or heavy, and not black-odorous if none did (the guide's "否则可认定为轻度黑臭"
 * presumes a black-odorous water; a point without any black-odorous datum is not graded light here).
 *
 * <h2>Water body (CSV row RULE WATERBODY_GRADE)</h2>
 * "水体60%以上的检测点被认定为'重度黑臭'的，整个水体应认定为'重度黑臭'": heavy if ≥ 60 % of the points are
 * heavy (exactly 60 % counts), otherwise light if any point is light or heavy, else none.
 * "连续3个以上检测点认定为'重度黑臭'的，检测点之间的区域应认定为'重度黑臭'": every maximal run of ≥ 3
 * consecutive heavy points (in the order given along the water body) is reported as a heavy segment;
 * segments do not change the water body's grade.
 * <p>
 * Not enforced (sampling-plan matters for the caller): points every 200–600 m and at least 3 per water
 * body; at least 3 measurements per point, every 1–7 days; sampling 0.5 m below the surface.
 */
public final class BlackOdorousClassifier {

	/** 水深不足25cm: the shallow-water rule applies below this depth (strictly). */
	private static final BigDecimal SHALLOW_BELOW_CM = new BigDecimal("25");

	/** 按水深的40%取值. */
	private static final BigDecimal SHALLOW_HEAVY_FRACTION = new BigDecimal("0.40");

	private final Map<BlackOdorousIndicator, Threshold> thresholds = new EnumMap<>(BlackOdorousIndicator.class);

	/** Reads the project's seed table {@code quality/black_odorous_criteria.csv} from the classpath. */
	public BlackOdorousClassifier() {
		this(BlackOdorousTable.loadDefault());
	}

	private BlackOdorousClassifier(BlackOdorousTable table) {
		for (BlackOdorousIndicator indicator : BlackOdorousIndicator.values()) {
			thresholds.put(indicator, table.threshold(indicator.code()));
		}
		if (table.codes().size() != thresholds.size()) {
			throw new IllegalStateException("unexpected THRESHOLD rows " + table.codes());
		}
		// The shallow-water reading above relies on SD's table edges being 25 (= the depth line) and 10
		// (= 40 % of it); fail loudly if the table is edited so that this no longer holds.
		Threshold sd = thresholds.get(BlackOdorousIndicator.TRANSPARENCY);
		if (!sd.lowerIsWorse() || sd.lightEdge().compareTo(SHALLOW_BELOW_CM) != 0
				|| sd.heavyEdge().compareTo(SHALLOW_BELOW_CM.multiply(SHALLOW_HEAVY_FRACTION)) != 0) {
			throw new IllegalStateException("transparency edges " + sd + " no longer fit the shallow-water rule");
		}
	}

	/** Builds a classifier from a table in the seed file's format (for tests and alternative tables). */
	public static BlackOdorousClassifier fromCsv(Reader reader) {
		return new BlackOdorousClassifier(BlackOdorousTable.load(reader, "black-odorous table"));
	}

	/**
	 * The grade of one value, for transparency at normal depth.
	 * @throws InvalidMeasurementException for a negative transparency, DO or NH3-N
	 */
	public BlackOdorousGrade gradeIndicator(BlackOdorousIndicator indicator, BigDecimal value) {
		return grade(new BlackOdorousMeasurement(indicator, value, Optional.empty()));
	}

	/**
	 * The grade of one value where the water is {@code waterDepthCm} deep (only transparency uses it).
	 * @throws InvalidMeasurementException for a negative value, a depth ≤ 0, or a transparency deeper
	 * than the water
	 */
	public BlackOdorousGrade gradeIndicator(BlackOdorousIndicator indicator, BigDecimal value,
			BigDecimal waterDepthCm) {
		return grade(new BlackOdorousMeasurement(indicator, value,
				Optional.of(Objects.requireNonNull(waterDepthCm, "waterDepthCm"))));
	}

	/** The grade of one measurement. */
	public BlackOdorousGrade grade(BlackOdorousMeasurement measurement) {
		Objects.requireNonNull(measurement, "measurement");
		BlackOdorousIndicator indicator = measurement.indicator();
		BigDecimal value = measurement.value();
		validate(measurement);
		Threshold t = thresholds.get(indicator);
		BigDecimal lightEdge = t.lightEdge();
		BigDecimal heavyEdge = t.heavyEdge();
		if (indicator == BlackOdorousIndicator.TRANSPARENCY && measurement.waterDepthCm().isPresent()
				&& measurement.waterDepthCm().get().compareTo(SHALLOW_BELOW_CM) < 0) {
			BigDecimal depth = measurement.waterDepthCm().get();
			heavyEdge = depth.multiply(SHALLOW_HEAVY_FRACTION); // 按水深的40%取值
			lightEdge = depth; // not in the guide: the 25 cm edge scaled the same way, see the class comment
		}
		if (t.lowerIsWorse()) { // SD, DO, ORP: heavy "<x"; an edge value belongs to the better grade
			if (value.compareTo(heavyEdge) < 0) {
				return BlackOdorousGrade.HEAVY;
			}
			return value.compareTo(lightEdge) < 0 ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.NONE;
		}
		// NH3-N: heavy ">x"; an edge value belongs to the better grade
		if (value.compareTo(heavyEdge) > 0) {
			return BlackOdorousGrade.HEAVY;
		}
		return value.compareTo(lightEdge) > 0 ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.NONE;
	}

	/**
	 * The grade of a detection point from all its data (any number of days, any subset of the four
	 * indicators).
	 * @throws InvalidMeasurementException if there are no measurements or one is invalid
	 */
	public PointAssessment gradePoint(List<BlackOdorousMeasurement> measurements) {
		Objects.requireNonNull(measurements, "measurements");
		if (measurements.isEmpty()) {
			throw new InvalidMeasurementException("measurements", "a detection point needs at least one measurement");
		}
		Map<BlackOdorousIndicator, int[]> counts = new EnumMap<>(BlackOdorousIndicator.class);
		for (BlackOdorousMeasurement m : measurements) {
			int[] c = counts.computeIfAbsent(Objects.requireNonNull(m, "measurement").indicator(), i -> new int[3]);
			c[0]++;
			switch (grade(m)) {
				case LIGHT -> c[1]++;
				case HEAVY -> c[2]++;
				case NONE -> {
				}
			}
		}
		Map<BlackOdorousIndicator, IndicatorTally> tallies = new EnumMap<>(BlackOdorousIndicator.class);
		counts.forEach((indicator, c) -> tallies.put(indicator, new IndicatorTally(indicator, c[0], c[1], c[2])));

		boolean oneAtSixtyPercent = false;
		int atThirtyPercent = 0;
		boolean anyBlackOdorous = false;
		for (IndicatorTally t : tallies.values()) {
			// "1项指标60%以上数据": heavy / n ≥ 3/5, exactly
			oneAtSixtyPercent |= t.heavy() * 5 >= t.measurements() * 3;
			// "30%以上数据": heavy / n ≥ 3/10, exactly
			if (t.heavy() * 10 >= t.measurements() * 3) {
				atThirtyPercent++;
			}
			anyBlackOdorous |= t.light() + t.heavy() > 0;
		}
		BlackOdorousGrade grade;
		if (oneAtSixtyPercent || atThirtyPercent >= 2) { // "或不少于2项指标30%以上数据"
			grade = BlackOdorousGrade.HEAVY;
		}
		else {
			grade = anyBlackOdorous ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.NONE;
		}
		return new PointAssessment(grade, tallies);
	}

	/**
	 * The grade of a water body from its points' grades, ordered along the water body.
	 * @throws InvalidMeasurementException if there are no points
	 */
	public WaterBodyAssessment gradeWaterBody(List<BlackOdorousGrade> pointGrades) {
		Objects.requireNonNull(pointGrades, "pointGrades");
		if (pointGrades.isEmpty()) {
			throw new InvalidMeasurementException("points", "a water body needs at least one detection point");
		}
		int heavy = 0;
		boolean anyBlackOdorous = false;
		List<HeavySegment> segments = new ArrayList<>();
		int runStart = -1;
		for (int i = 0; i <= pointGrades.size(); i++) {
			BlackOdorousGrade g = i < pointGrades.size() ? Objects.requireNonNull(pointGrades.get(i), "point grade")
					: null;
			if (g == BlackOdorousGrade.HEAVY) {
				heavy++;
				if (runStart < 0) {
					runStart = i;
				}
			}
			else {
				// "连续3个以上检测点": a run of ≥ 3 heavy points
				if (runStart >= 0 && i - runStart >= 3) {
					segments.add(new HeavySegment(runStart, i - 1));
				}
				runStart = -1;
			}
			anyBlackOdorous |= g != null && g != BlackOdorousGrade.NONE;
		}
		int points = pointGrades.size();
		BlackOdorousGrade grade;
		if (heavy * 5 >= points * 3) { // "60%以上的检测点": heavy / points ≥ 3/5, exactly
			grade = BlackOdorousGrade.HEAVY;
		}
		else {
			grade = anyBlackOdorous ? BlackOdorousGrade.LIGHT : BlackOdorousGrade.NONE;
		}
		return new WaterBodyAssessment(grade, heavy, points, segments);
	}

	/** {@link #gradeWaterBody} from point assessments. */
	public WaterBodyAssessment gradeWaterBodyFromPoints(List<PointAssessment> points) {
		Objects.requireNonNull(points, "points");
		return gradeWaterBody(points.stream().map(p -> Objects.requireNonNull(p, "point").grade()).toList());
	}

	private static void validate(BlackOdorousMeasurement m) {
		BlackOdorousIndicator indicator = m.indicator();
		BigDecimal value = m.value();
		if (indicator != BlackOdorousIndicator.ORP && value.signum() < 0) {
			throw new InvalidMeasurementException(indicator.code(), indicator.code() + " (" + indicator.nameZh()
					+ ") must not be negative, got " + value.toPlainString() + " " + indicator.unit());
		}
		if (indicator == BlackOdorousIndicator.TRANSPARENCY && m.waterDepthCm().isPresent()) {
			BigDecimal depth = m.waterDepthCm().get();
			if (depth.signum() <= 0) {
				throw new InvalidMeasurementException("waterDepthCm",
						"the water depth must be positive, got " + depth.toPlainString() + " cm");
			}
			if (value.compareTo(depth) > 0) {
				throw new InvalidMeasurementException(indicator.code(), "SD (透明度) " + value.toPlainString()
						+ " cm cannot exceed the water depth " + depth.toPlainString() + " cm");
			}
		}
	}
}
