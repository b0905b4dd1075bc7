package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a target's surface-area part came out.
 * @param requiredKm2 the minimum, or the baseline for "not shrinking"; empty unless assessed
 * @param measuredKm2 empty unless assessed
 */
public record SurfaceAreaResult(Status status, Optional<BigDecimal> requiredKm2, Optional<BigDecimal> measuredKm2) {

	public enum Status {
		/** The target has no area part. */
		NOT_APPLICABLE,
		/** The target has an area part but no measured area was supplied: not known to be met. */
		NOT_ASSESSED,
		MET,
		NOT_MET
	}

	public SurfaceAreaResult {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(requiredKm2, "requiredKm2");
		Objects.requireNonNull(measuredKm2, "measuredKm2");
	}
}
