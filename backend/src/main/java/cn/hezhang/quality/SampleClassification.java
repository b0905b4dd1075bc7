package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.hezhang.quality.domain.Sample;
import cn.hezhang.quality.domain.SampleValue;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import org.springframework.stereotype.Component;

/**
 * Checks and classifies one sample's values: the unit must be the seed table's, the value physically possible (the
 * classifiers reject negative concentrations, pH outside 0–14, transparency deeper than the water); then each value
 * gets its GB 3838 class and, for the four indicators of the black-odorous guide, its grade; the sample gets the
 * overall class, the check against the water body's target (failing items with exceedance multiples) and the grade
 * of its own black-odorous data.
 */
@Component
class SampleClassification {
	/** Parameters accepted in samples: the 24 GB 3838 items plus SD and ORP of the black-odorous guide. */
	static final Set<String> BLACK_ODOROUS_ONLY = Set.of("SD", "ORP");

	private final Gb3838Classifier gb;
	private final BlackOdorousClassifier bo;

	SampleClassification(Gb3838Classifier gb, BlackOdorousClassifier bo) {
		this.gb = gb;
		this.bo = bo;
	}

	record Input(String item, BigDecimal value, String unit, String field) {
	}

	static WaterBodyKind kindOf(WaterBodyView body) {
		return body.type() == WaterBodyType.LAKE ? WaterBodyKind.LAKE
				: body.type() == WaterBodyType.RESERVOIR ? WaterBodyKind.RESERVOIR : WaterBodyKind.RIVER;
	}

	/**
	 * The water body's target: the seed's special 2020 targets for 呼伦湖 (HLH), 乌梁素海 (WLSH) and 岱海 (DH), otherwise
	 * its target class; empty without one (a black-odorous body is judged by the guide, not by a class).
	 */
	static Optional<Target> targetOf(WaterBodyView body) {
		switch (body.code()) {
			case "HLH" -> {
				return Optional.of(LakeTargets.hulun());
			}
			case "WLSH" -> {
				return Optional.of(LakeTargets.ulansuhaiLakeCentre());
			}
			case "DH" -> {
				return Optional.of(LakeTargets.daihai());
			}
			default -> {
				return parseClass(body.targetClass()).map(Target::ofClass);
			}
		}
	}

	static Optional<WaterClass> parseClass(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip().replace("类", "");
		for (WaterClass c : WaterClass.values()) {
			if (c != WaterClass.WORSE_THAN_V && (c.name().equalsIgnoreCase(t) || c.label().equals(t))) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	/** The unit a parameter must be given in. */
	String unitOf(String code) {
		if ("SD".equalsIgnoreCase(code)) {
			return "cm";
		}
		if ("ORP".equalsIgnoreCase(code)) {
			return "mV";
		}
		return gb.describe(Gb3838Item.fromCode(code)).unit();
	}

	List<MonitoringViews.Parameter> parameters() {
		List<MonitoringViews.Parameter> out = new ArrayList<>();
		for (Gb3838Item item : Gb3838Item.values()) {
			ItemDescription d = gb.describe(item);
			out.add(new MonitoringViews.Parameter(item.code(), d.nameZh(), d.nameEn(), d.unit(),
					isBlackOdorous(item.code()) ? "BOTH" : "GB3838"));
		}
		out.add(new MonitoringViews.Parameter("SD", "透明度", "Transparency (Secchi depth)", "cm", "BLACK_ODOROUS"));
		out.add(new MonitoringViews.Parameter("ORP", "氧化还原电位", "Oxidation-reduction potential", "mV",
				"BLACK_ODOROUS"));
		return out;
	}

	static boolean isBlackOdorous(String code) {
		return code.equals("SD") || code.equals("ORP") || code.equals("DO") || code.equals("NH3N");
	}

	static String canonicalCode(String code) {
		if (code == null) {
			return null;
		}
		String c = code.strip();
		if (c.equalsIgnoreCase("SD") || c.equalsIgnoreCase("ORP")) {
			return c.toUpperCase(Locale.ROOT);
		}
		return Gb3838Item.fromCode(c).code();
	}

	static boolean sameUnit(String expected, String given) {
		String e = normalizeUnit(expected);
		String g = normalizeUnit(given);
		if (e.equals("dimensionless")) {
			return g.isEmpty() || g.equals("dimensionless") || g.equals("无量纲") || g.equals("ph");
		}
		return e.equals(g);
	}

	private static String normalizeUnit(String unit) {
		return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT).replace("°c", "℃").replace(" ", "");
	}

	/**
	 * Builds the values of {@code sample} and classifies it; problems are added to {@code errors} (field names from
	 * the inputs) and nothing is classified then.
	 */
	void classify(Sample sample, WaterBodyView body, List<Input> inputs, List<FieldError> errors) {
		WaterBodyKind kind = kindOf(body);
		int before = errors.size();
		if (inputs.isEmpty()) {
			errors.add(new FieldError("values", "至少填写一项指标 / enter at least one parameter"));
			return;
		}
		Map<Gb3838Item, BigDecimal> gbValues = new EnumMap<>(Gb3838Item.class);
		List<BlackOdorousMeasurement> boValues = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<SampleValue> values = new ArrayList<>();
		Optional<BigDecimal> depth = Optional.ofNullable(sample.waterDepthCm());
		if (depth.isPresent() && depth.get().signum() <= 0) {
			errors.add(new FieldError("waterDepthCm", "水深必须大于 0 / the water depth must be positive"));
			return;
		}
		for (Input in : inputs) {
			String code;
			try {
				code = canonicalCode(in.item());
			}
			catch (InvalidMeasurementException e) {
				errors.add(new FieldError(in.field(), "未知指标 " + in.item() + " / unknown parameter"));
				continue;
			}
			if (code == null || code.isBlank()) {
				errors.add(new FieldError(in.field(), "缺少指标代码 / parameter missing"));
				continue;
			}
			if (!seen.add(code)) {
				errors.add(new FieldError(in.field(), code + " 重复 / given twice"));
				continue;
			}
			if (in.value() == null) {
				errors.add(new FieldError(in.field(), code + " 缺少数值 / no value"));
				continue;
			}
			String unit = unitOf(code);
			if (!sameUnit(unit, in.unit())) {
				errors.add(new FieldError(in.field(), code + " 的单位应为 " + unit + "，而不是 " + (in.unit() == null ? "空" : in.unit())
						+ " / unit mismatch: expected " + unit));
				continue;
			}
			try {
				WaterClass itemClass = null;
				BlackOdorousGrade grade = null;
				if (!BLACK_ODOROUS_ONLY.contains(code)) {
					Gb3838Item item = Gb3838Item.fromCode(code);
					itemClass = gb.classifyItem(item, in.value(), kind).waterClass().orElse(null);
					gbValues.put(item, in.value());
				}
				if (isBlackOdorous(code)) {
					BlackOdorousIndicator indicator = BlackOdorousIndicator.fromCode(code);
					BlackOdorousMeasurement m = new BlackOdorousMeasurement(indicator, in.value(),
							indicator == BlackOdorousIndicator.TRANSPARENCY ? depth : Optional.empty());
					grade = bo.grade(m);
					boValues.add(m);
				}
				values.add(new SampleValue(code, in.value(), unit, itemClass, grade));
			}
			catch (InvalidMeasurementException e) {
				errors.add(new FieldError(in.field(), "不可能的数值 / impossible value: " + e.getMessage()));
			}
		}
		if (errors.size() > before) {
			return;
		}
		values.forEach(sample::add);
		WaterClass overall = null;
		String targetLabel = null;
		Boolean met = null;
		String failing = null;
		boolean anyEvaluated = gbValues.keySet().stream().anyMatch(i -> i.roleFor(kind) == ItemRole.EVALUATED);
		Optional<Target> target = targetOf(body);
		if (anyEvaluated) {
			QualityAssessment assessment = gb.classify(gbValues, kind);
			overall = assessment.overallClass();
			if (target.isPresent()) {
				TargetAssessment ta = gb.assessAgainstTarget(assessment, target.get());
				targetLabel = target.get().description();
				// a target without class or item limits (岱海: surface area only) says nothing about a sample
				boolean judgesSamples = target.get().waterClass().isPresent() || !target.get().itemLimits().isEmpty();
				met = judgesSamples ? ta.failingItems().isEmpty() : null;
				failing = ta.failingItems().isEmpty() ? null : describe(ta.failingItems());
			}
		}
		BlackOdorousGrade boGrade = boValues.isEmpty() ? null : bo.gradePoint(boValues).grade();
		sample.classified(overall, targetLabel, met, failing, boGrade);
	}

	/** "COD 48 > 40 mg/L (超标0.20倍)" per failing item. */
	String describe(List<FailingItem> failing) {
		List<String> parts = new ArrayList<>();
		for (FailingItem f : failing) {
			ItemDescription d = gb.describe(f.item());
			boolean minimum = f.item() == Gb3838Item.DO;
			String s = d.nameZh() + " " + f.value().stripTrailingZeros().toPlainString() + (minimum ? " < " : " > ")
					+ f.limit().stripTrailingZeros().toPlainString() + " " + d.unit();
			if (f.exceedanceMultiple().isPresent()) {
				s += " (超标" + f.exceedanceMultiple().get().toPlainString() + "倍)";
			}
			parts.add(s);
		}
		return String.join("; ", parts);
	}

	/** The measurements of a sample's black-odorous data, for grading a point over several samples. */
	static List<BlackOdorousMeasurement> measurements(Sample sample) {
		List<BlackOdorousMeasurement> out = new ArrayList<>();
		for (SampleValue v : sample.values()) {
			if (isBlackOdorous(v.itemCode())) {
				BlackOdorousIndicator indicator = BlackOdorousIndicator.fromCode(v.itemCode());
				out.add(new BlackOdorousMeasurement(indicator, v.amount(),
						indicator == BlackOdorousIndicator.TRANSPARENCY ? Optional.ofNullable(sample.waterDepthCm())
								: Optional.empty()));
			}
		}
		return out;
	}

	Gb3838Classifier gb() {
		return gb;
	}

	BlackOdorousClassifier bo() {
		return bo;
	}
}
