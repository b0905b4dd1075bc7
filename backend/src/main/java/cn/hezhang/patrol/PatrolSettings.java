package cn.hezhang.patrol;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The patrol rules ({@code hezhang.patrol.*}; defaults and their sources in README "Patrols").
 *
 * @param effective what makes a patrol effective (有效巡河)
 * @param track what the server accepts as a possible track
 * @param frequency how often each kind of person owes a patrol of each water body or reach
 * @param openDutiesCron when the scheduler opens the duties of the current periods (Beijing time; idempotent)
 */
@ConfigurationProperties("hezhang.patrol")
public record PatrolSettings(@DefaultValue Effective effective, @DefaultValue Track track,
		@DefaultValue Frequency frequency, @DefaultValue("0 10 0 * * *") String openDutiesCron) {

	/** A patrol is effective when it lasts, covers the distance and (when the reach has a line) stays near it. */
	public record Effective(@DefaultValue("PT30M") Duration minDuration, @DefaultValue("2000") double minDistanceMeters,
			@DefaultValue("0.6") double minNearShare, @DefaultValue("200") double nearMeters) {
	}

	/**
	 * Speeds no walker (on foot or by bicycle) or car reaches, after allowing {@code jitterMeters} of GPS error
	 * between two fixes; China's bounding box (WGS84, as in the case workflow); how far ahead of the server's
	 * clock a phone's time may be.
	 */
	public record Track(@DefaultValue("25") double maxFootKmh, @DefaultValue("150") double maxVehicleKmh,
			@DefaultValue("30") double jitterMeters, @DefaultValue("3.8") double minLat, @DefaultValue("53.6") double maxLat,
			@DefaultValue("73.4") double minLon, @DefaultValue("135.1") double maxLon,
			@DefaultValue("PT10M") Duration maxClockSkew, @DefaultValue("500") int maxPointsPerBatch) {
	}

	/** The period of each kind of duty. */
	public record Frequency(@DefaultValue("YEAR") PatrolPeriod region, @DefaultValue("QUARTER") PatrolPeriod city,
			@DefaultValue("MONTH") PatrolPeriod county, @DefaultValue("DEKAD") PatrolPeriod township,
			@DefaultValue("WEEK") PatrolPeriod inspector) {
	}

	public static PatrolSettings defaults() {
		return new PatrolSettings(new Effective(Duration.ofMinutes(30), 2000, 0.6, 200),
				new Track(25, 150, 30, 3.8, 53.6, 73.4, 135.1, Duration.ofMinutes(10), 500),
				new Frequency(PatrolPeriod.YEAR, PatrolPeriod.QUARTER, PatrolPeriod.MONTH, PatrolPeriod.DEKAD,
						PatrolPeriod.WEEK),
				"0 10 0 * * *");
	}
}
