package cn.hezhang.quality;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.hezhang.casework.Actor;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.quality.domain.Exceedance;
import cn.hezhang.quality.domain.WqExceedances;
import cn.hezhang.quality.domain.MonitoringSite;
import cn.hezhang.quality.domain.Sample;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases from monitoring through the case workflow (source MONITORING), routed by the reach to its county
 * office: when a sample misses the water body's target (kind TARGET, category 水质异常), and when an eliminated
 * black-odorous body turns light or heavy again (kind REBOUND, category 黑臭水体). At most one case per water
 * body, kind and period (the Beijing month of the sample): a row in {@code wq_exceedance}, unique on the three,
 * and the case's clientId {@code WQ-<kind>-<body>-<month>} keep a flood of failing samples to one case.
 */
@Component
@Transactional
class MonitoringCases {
	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final WqExceedances exceedances;
	private final CaseManagement cases;
	private final WaterbodyCatalog waterbodies;
	private final Clock clock;

	MonitoringCases(WqExceedances exceedances, CaseManagement cases, WaterbodyCatalog waterbodies, Clock clock) {
		this.exceedances = exceedances;
		this.cases = cases;
		this.waterbodies = waterbodies;
		this.clock = clock;
	}

	static String period(Sample sample) {
		return MONTH.format(sample.sampledAt().atZone(Times.CHINA));
	}

	/** @return the case opened, empty if this water body already has one for the month */
	Optional<Long> targetMissed(WaterBodyView body, MonitoringSite site, Sample sample) {
		String description = "监测超标: " + body.name() + " " + site.name() + " " + sample.sampledAt().atZone(Times.CHINA)
			.toLocalDateTime().toString().replace('T', ' ') + " 水质" + sample.overallClass().displayName() + "，未达到目标（"
				+ sample.targetLabel() + "）。超标项目: " + sample.failingItems();
		return open("TARGET", "ABNORMAL_WATER", body, site, sample, description);
	}

	Optional<Long> rebound(WaterBodyView body, MonitoringSite site, Sample sample) {
		String description = "返黑返臭: 已销号的黑臭水体 " + body.name() + " 在检测点 " + site.name() + " 的监测结果为"
				+ sample.boGrade().label() + "黑臭，重新进入整治。";
		return open("REBOUND", "BLACK_ODOROUS", body, site, sample, description);
	}

	private Optional<Long> open(String kind, String category, WaterBodyView body, MonitoringSite site, Sample sample,
			String description) {
		String period = period(sample);
		if (exceedances.findByWaterBodyIdAndKindAndPeriodCode(body.id(), kind, period).isPresent()) {
			return Optional.empty();
		}
		Exceedance e = exceedances.saveAndFlush(new Exceedance(body.id(), kind, period, sample.id(), clock.instant()));
		ReachView reach = reachOf(body, site);
		BigDecimal lat = site.lat() != null ? site.lat() : reach == null ? null : reach.centerLat();
		BigDecimal lon = site.lon() != null ? site.lon() : reach == null ? null : reach.centerLon();
		Long caseId = cases.report(new ReportCommand(CaseSource.MONITORING, "WQ-" + kind + "-" + body.id() + "-" + period,
				body.id(), reach == null ? null : reach.id(), reach == null ? site.regionCode() : null, category,
				description.length() > 4000 ? description.substring(0, 4000) : description, lat, lon, null,
				new Reporter(null, "水质监测", null, null), List.of()), new Actor(null, "水质监测", "SYSTEM"), null);
		e.caseOpened(caseId);
		return Optional.of(caseId);
	}

	/** The site's reach, else a reach of the body in the site's region, else the body's first reach. */
	private ReachView reachOf(WaterBodyView body, MonitoringSite site) {
		if (site.reachId() != null) {
			Optional<ReachView> r = waterbodies.reach(site.reachId());
			if (r.isPresent()) {
				return r.get();
			}
		}
		List<ReachView> reaches = waterbodies.reaches(body.id());
		return reaches.stream().filter(r -> site.regionCode().startsWith(r.regionCode()) || r.regionCode().startsWith(site.regionCode()))
			.findFirst()
			.orElse(reaches.isEmpty() ? null : reaches.get(0));
	}
}
