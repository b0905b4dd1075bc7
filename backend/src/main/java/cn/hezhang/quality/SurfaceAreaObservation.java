package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A measured water surface area, in km², and for a {@link SurfaceAreaTarget.NotShrinking} target the
 * baseline it must not fall below (e.g. the area of the plan's base year).
 */
public record SurfaceAreaObservation(BigDecimal measuredKm2, Optional<BigDecimal> baselineKm2) {

	public SurfaceAreaObservation {
		Objects.requireNonNull(baselineKm2, "baselineKm2");
		if (measuredKm2 == null) {
			throw new InvalidMeasurementException("measuredKm2", "the measured surface area is missing");
		}
		if (measuredKm2.signum() < 0) {
			throw new InvalidMeasurementException("measuredKm2",
					"the measured surface area must not be negative: " + measuredKm2.toPlainString() + " km²");
		}
		baselineKm2.filter(b -> b.signum() < 0).ifPresent(b -> {
			throw new InvalidMeasurementException("baselineKm2",
					"the baseline surface area must not be negative: " + b.toPlainString() + " km²");
		});
	}

	public static SurfaceAreaObservation of(BigDecimal measuredKm2) {
		return new SurfaceAreaObservation(measuredKm2, Optional.empty());
	}

	public static SurfaceAreaObservation of(BigDecimal measuredKm2, BigDecimal baselineKm2) {
		return new SurfaceAreaObservation(measuredKm2, Optional.of(baselineKm2));
	}
}
