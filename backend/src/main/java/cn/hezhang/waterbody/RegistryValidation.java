package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.waterbody.RegistryCommands.ReachCommand;
import cn.hezhang.waterbody.RegistryCommands.WaterBodyCommand;
import cn.hezhang.waterbody.RegistryViews.SpecialTargetView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The rules of a water body's and a reach's fields, shared by the forms and the Excel import. */
@Component
class RegistryValidation {
	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
	static final Set<String> CLASSES = Set.of("I", "II", "III", "IV", "V", "劣V");
	static final Set<String> COMPARATORS = Set.of("LE", "GE");

	private final RegionDirectory regions;
	private final ObjectMapper json;

	RegistryValidation(RegionDirectory regions, ObjectMapper json) {
		this.regions = regions;
		this.json = json;
	}

	List<FieldError> waterBody(WaterBodyCommand c, boolean checkCode) {
		List<FieldError> errors = new ArrayList<>();
		if (checkCode) {
			code(c.code(), 32, errors);
		}
		required("name", c.name(), 128, errors);
		if (c.type() == null) {
			errors.add(new FieldError("type", "类型必填 / type is required"));
		}
		region(c.regionCode(), errors);
		nonNegative("lengthKm", c.lengthKm(), errors);
		nonNegative("areaKm2", c.areaKm2(), errors);
		if (c.targetClass() != null && !c.targetClass().isBlank() && !CLASSES.contains(c.targetClass())) {
			errors.add(new FieldError("targetClass", "水质类别应为 I–V 或 劣V / target class must be I–V or 劣V"));
		}
		if (c.specialTargets() != null) {
			for (int i = 0; i < c.specialTargets().size(); i++) {
				SpecialTargetView t = c.specialTargets().get(i);
				String f = "specialTargets[" + i + "].";
				if (t.indicator() == null || t.indicator().isBlank()) {
					errors.add(new FieldError(f + "indicator", "指标必填 / indicator is required"));
				}
				if (t.comparator() == null || !COMPARATORS.contains(t.comparator())) {
					errors.add(new FieldError(f + "comparator", "应为 LE (≤) 或 GE (≥) / must be LE or GE"));
				}
				if (t.threshold() == null) {
					errors.add(new FieldError(f + "threshold", "限值必填 / threshold is required"));
				}
				if (t.measureUnit() == null || t.measureUnit().isBlank()) {
					errors.add(new FieldError(f + "measureUnit", "单位必填 / unit is required"));
				}
			}
		}
		return errors;
	}

	List<FieldError> reach(ReachCommand c, boolean checkCode) {
		List<FieldError> errors = new ArrayList<>();
		if (checkCode) {
			code(c.code(), 40, errors);
		}
		required("name", c.name(), 128, errors);
		region(c.regionCode(), errors);
		nonNegative("lengthKm", c.lengthKm(), errors);
		if (c.centerLat() != null && (c.centerLat().doubleValue() < -90 || c.centerLat().doubleValue() > 90)) {
			errors.add(new FieldError("centerLat", "纬度应在 −90…90 / latitude out of range"));
		}
		if (c.centerLon() != null && (c.centerLon().doubleValue() < -180 || c.centerLon().doubleValue() > 180)) {
			errors.add(new FieldError("centerLon", "经度应在 −180…180 / longitude out of range"));
		}
		if (c.geometry() != null && !c.geometry().isBlank() && !isLine(c.geometry())) {
			errors.add(new FieldError("geometry",
					"应为 GeoJSON LineString 或 MultiLineString / must be a GeoJSON LineString or MultiLineString"));
		}
		return errors;
	}

	private boolean isLine(String geometry) {
		try {
			JsonNode node = json.readTree(geometry);
			String type = node.path("type").asText();
			return ("LineString".equals(type) || "MultiLineString".equals(type)) && node.path("coordinates").isArray();
		}
		catch (Exception e) {
			return false;
		}
	}

	private static void code(String code, int max, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(new FieldError("code", "编码必填 / code is required"));
		}
		else if (code.length() > max || !CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "编码只能含大写字母、数字和连字符 / code: A–Z, 0–9 and '-' only"));
		}
	}

	private static void required(String field, String value, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "必填 / required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "过长 (最多 %d 字) / too long (max %d)".formatted(max, max)));
		}
	}

	private void region(String code, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(new FieldError("regionCode", "行政区划必填 / region is required"));
		}
		else if (regions.find(code).isEmpty()) {
			errors.add(new FieldError("regionCode", "行政区划不存在: " + code + " / unknown region"));
		}
	}

	private static void nonNegative(String field, BigDecimal value, List<FieldError> errors) {
		if (value != null && value.signum() < 0) {
			errors.add(new FieldError(field, "不能为负数 / must not be negative"));
		}
	}
}
