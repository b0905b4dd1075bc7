package cn.hezhang.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the monitoring API answers. */
public final class MonitoringViews {
	private MonitoringViews() {
	}

	public record SiteView(Long id, String code, String name, String kind, Long waterBodyId, String waterBodyName,
			String waterBodyCode, Long reachId, String regionCode, int seq, BigDecimal lat, BigDecimal lon) {
	}

	public record ValueView(String item, String nameZh, BigDecimal value, String unit, String itemClass,
			String itemClassLabel, String boGrade) {
	}

	public record SampleView(Long id, Long siteId, String siteCode, String siteName, Long waterBodyId,
			Instant sampledAt, BigDecimal waterDepthCm, String overallClass, String overallClassLabel,
			String targetLabel, Boolean targetMet, String failingItems, String boGrade, String source,
			List<ValueView> values) {
	}

	public record RowError(int line, String field, String message) {
	}

	public record ImportResult(int samples, int rows, List<SampleView> imported) {
	}

	/** A water body's quality at a glance: the latest GB class vs its target, and its black-odorous grade. */
	public record WaterBodyStatus(Long waterBodyId, String code, String name, String kind, String targetLabel,
			String latestClass, String latestClassLabel, Boolean latestTargetMet, String latestFailingItems,
			Instant latestSampledAt, String boGrade, Integer heavyPoints, Integer points, List<SiteView> sites) {
	}

	/** One parameter's series at a site, with the GB 3838 class limits to draw as bands. */
	public record Trend(String item, String nameZh, String unit, String direction, List<BigDecimal> classLimits,
			List<TrendPoint> points) {
	}

	public record TrendPoint(Instant sampledAt, BigDecimal value, String itemClass, Long siteId) {
	}

	public record Parameter(String code, String nameZh, String nameEn, String unit, String kind) {
	}
}
