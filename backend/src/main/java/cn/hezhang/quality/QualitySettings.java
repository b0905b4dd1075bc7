package cn.hezhang.quality;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hezhang.quality.*}.
 * @param pointWindow how many of a detection point's latest samples grade it (the guide: at least 3 measurements
 * per point, so 3 by default); a body whose every point is clean over this window shows "initial effect"
 * @param satisfactionPercent public satisfaction needed to eliminate (销号) a black-odorous body (guide: 90 %)
 */
@ConfigurationProperties("hezhang.quality")
public record QualitySettings(Integer pointWindow, Integer satisfactionPercent) {
	public QualitySettings {
		pointWindow = pointWindow == null || pointWindow < 1 ? 3 : pointWindow;
		satisfactionPercent = satisfactionPercent == null ? 90 : satisfactionPercent;
	}
}
