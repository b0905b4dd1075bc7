package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured value of one indicator at a detection point on one day.
 * @param waterDepthCm the water depth at the point, in cm; used by transparency only (the guide's
 * shallow-water rule), ignored for the other indicators
 */
public record BlackOdorousMeasurement(BlackOdorousIndicator indicator, BigDecimal value,
		Optional<BigDecimal> waterDepthCm) {

	public BlackOdorousMeasurement {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(waterDepthCm, "waterDepthCm");
		if (value == null) {
			throw new InvalidMeasurementException(indicator.code(), indicator.code() + " (" + indicator.nameZh()
					+ ") has no value");
		}
	}

	public static BlackOdorousMeasurement of(BlackOdorousIndicator indicator, BigDecimal value) {
		return new BlackOdorousMeasurement(indicator, value, Optional.empty());
	}

	/** A transparency reading taken where the water is {@code waterDepthCm} deep. */
	public static BlackOdorousMeasurement transparency(BigDecimal valueCm, BigDecimal waterDepthCm) {
		return new BlackOdorousMeasurement(BlackOdorousIndicator.TRANSPARENCY, valueCm,
				Optional.of(Objects.requireNonNull(waterDepthCm, "waterDepthCm")));
	}
}
