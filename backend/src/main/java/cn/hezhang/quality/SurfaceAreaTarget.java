package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target on a lake's water surface area (水面面积). It is not a sample item: it is judged from a
 * measured area supplied with {@link SurfaceAreaObservation}.
 */
public sealed interface SurfaceAreaTarget {

	/** 不小于 {@code minimumKm2}: met when the measured area ≥ the minimum (equal meets). */
	record AtLeast(BigDecimal minimumKm2) implements SurfaceAreaTarget {

		public AtLeast {
			Objects.requireNonNull(minimumKm2, "minimumKm2");
			if (minimumKm2.signum() <= 0) {
				throw new IllegalArgumentException("minimum area must be positive: " + minimumKm2);
			}
		}
	}

	/**
	 * 水面面积不减少: met when the measured area ≥ the baseline area supplied with the observation
	 * (equal meets).
	 */
	record NotShrinking() implements SurfaceAreaTarget {
	}
}
