package cn.hezhang.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How one indicator's data at a detection point graded.
 * @param measurements the number of data
 * @param light how many graded light
 * @param heavy how many graded heavy
 */
public record IndicatorTally(BlackOdorousIndicator indicator, int measurements, int light, int heavy) {

	public IndicatorTally {
		if (measurements < 1 || light < 0 || heavy < 0 || light + heavy > measurements) {
			throw new IllegalArgumentException("inconsistent tally " + measurements + "/" + light + "/" + heavy);
		}
	}

	/** heavy / measurements, rounded half up to 4 decimal places, for display (the rules compare exact counts). */
	public BigDecimal heavyShare() {
		return BigDecimal.valueOf(heavy).divide(BigDecimal.valueOf(measurements), 4, RoundingMode.HALF_UP);
	}
}
