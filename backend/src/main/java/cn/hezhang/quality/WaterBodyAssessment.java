package cn.hezhang.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The grade of a whole water body from its points' grades.
 * @param heavyPoints how many points are heavy
 * @param points how many points there are
 * @param heavySegments maximal runs of ≥ 3 consecutive heavy points, in order along the water body
 */
public record WaterBodyAssessment(BlackOdorousGrade grade, int heavyPoints, int points,
		List<HeavySegment> heavySegments) {

	public WaterBodyAssessment {
		Objects.requireNonNull(grade, "grade");
		heavySegments = List.copyOf(heavySegments);
	}

	/** heavyPoints / points, rounded half up to 4 decimal places, for display (the rule compares exact counts). */
	public BigDecimal heavyShare() {
		return BigDecimal.valueOf(heavyPoints).divide(BigDecimal.valueOf(points), 4, RoundingMode.HALF_UP);
	}
}
