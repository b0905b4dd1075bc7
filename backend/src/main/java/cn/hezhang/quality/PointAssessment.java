package cn.hezhang.quality;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The grade of one detection point (检测点) from all its data.
 * @param tallies per measured indicator, in {@link BlackOdorousIndicator} order
 */
public record PointAssessment(BlackOdorousGrade grade, Map<BlackOdorousIndicator, IndicatorTally> tallies) {

	public PointAssessment {
		Objects.requireNonNull(grade, "grade");
		Map<BlackOdorousIndicator, IndicatorTally> ordered = new EnumMap<>(BlackOdorousIndicator.class);
		ordered.putAll(tallies);
		tallies = Collections.unmodifiableMap(ordered);
	}
}
