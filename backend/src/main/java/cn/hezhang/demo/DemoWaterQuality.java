package cn.hezhang.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.quality.BlackOdorousLifecycle;
import cn.hezhang.quality.BlackOdorousViews.BodySummary;
import cn.hezhang.quality.HalfYearReports;
import cn.hezhang.quality.Monitoring;
import cn.hezhang.quality.MonitoringViews.SiteView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Water-quality demo: monitoring sections on 呼伦湖, 乌梁素海 and 岱海 with samples against their 2020 targets (乌梁素海's
 * ammonia exceeds 8 mg/L once: the exceedance case), and Hohhot's black-odorous bodies on 扎达盖河 and 小黑河 (the
 * city's seven segments were 扎达盖河 ×5 and 小黑河 ×2; three are modelled) with three detection points each: one
 * eliminated after remediation, one in remediation, one identified and waiting for publication; then one half-year
 * report. Everything goes through the real services and processes.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoWaterQuality implements ApplicationRunner {
	private final WaterbodyCatalog catalog;
	private final Monitoring monitoring;
	private final BlackOdorousLifecycle lifecycle;
	private final HalfYearReports reports;
	private final UserDirectory users;
	private final Clock clock;

	DemoWaterQuality(WaterbodyCatalog catalog, Monitoring monitoring, BlackOdorousLifecycle lifecycle,
			HalfYearReports reports, UserDirectory users, Clock clock) {
		this.catalog = catalog;
		this.monitoring = monitoring;
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (catalog.waterBodyByCode("BO-ZDGH-1").isPresent() || catalog.waterBodyByCode("HLH").isEmpty()) {
			return;
		}
		CurrentUser region = users.currentUser("office.region");
		CurrentUser hohhot = users.currentUser("office.hohhot");
		Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);

		// 一湖两海: sections and their 2020 targets
		SiteView hulun = section(region, "HLH-S01", "呼伦湖湖心断面", "HLH-150727", "48.95", "117.45");
		SiteView wuliang = section(region, "WLSH-S01", "乌梁素海湖心断面", "WLSH-150823104", "40.90", "108.83");
		SiteView daihai = section(region, "DH-S01", "岱海湖心断面", "DH-150925", "40.58", "112.66");
		SiteView dahei = section(region, "DHH-S01", "大黑河赛罕区断面", "DHH-150105", "40.74", "111.78");
		for (int m = 5; m >= 1; m--) {
			Instant at = now.minus(Duration.ofDays(30L * m + 3));
			sample(region, hulun, at, null, "pH", "8.9", "DO", "6.8", "CODMn", "11." + m, "COD", String.valueOf(40 + m),
					"NH3N", "0.6" + m, "TP", "0.1" + m, "TN", "2.1", "F", "1.4");
			sample(region, daihai, at, null, "pH", "9.0", "DO", "7.1", "CODMn", "9.8", "COD", "38", "NH3N", "0.4", "TP", "0.09",
					"F", "2.6");
			sample(region, dahei, at, null, "pH", "7.8", "DO", "5.6", "CODMn", "7.5", "COD", "26", "NH3N", "1.2", "TP", "0.25");
			// 乌梁素海: NH3-N ≤ 8 mg/L, other indicators class Ⅴ; the latest sample exceeds (one case)
			sample(region, wuliang, at, null, "pH", "8.4", "DO", "5.2", "CODMn", "12", "COD", "36", "NH3N",
					m == 1 ? "9.6" : "1." + m, "TP", "0.18");
		}

		// Hohhot's black-odorous water bodies on 扎达盖河 and 小黑河
		BlackWater eliminated = blackWater(hohhot, "BO-ZDGH-1", "扎达盖河(回民区段)黑臭水体", "150103", "坝口子至成吉思汗大街",
				"40.85", "111.63");
		BlackWater remediating = blackWater(hohhot, "BO-ZDGH-2", "扎达盖河(玉泉区段)黑臭水体", "150104", "通道街至汇入小黑河口",
				"40.80", "111.64");
		BlackWater identified = blackWater(hohhot, "BO-XHH-1", "小黑河(玉泉区段)黑臭水体", "150104", "小黑河镇段",
				"40.75", "111.60");

		// heavy: every point heavy on DO and transparency over three rounds
		for (BlackWater bw : List.of(eliminated, remediating)) {
			for (int round = 0; round < 3; round++) {
				Instant at = now.minus(Duration.ofDays(200 - 7L * round));
				for (SiteView p : bw.points()) {
					sample(hohhot, p, at, "60", "SD", "8", "DO", "0.15", "ORP", "-230", "NH3N", "16.5");
				}
			}
		}
		// light: one point only
		for (int round = 0; round < 3; round++) {
			Instant at = now.minus(Duration.ofDays(40 - 7L * round));
			for (SiteView p : identified.points()) {
				sample(hohhot, p, at, "60", "SD", p.seq() == 1 ? "18" : "30", "DO", "2.5", "ORP", "60", "NH3N", "6.0");
			}
		}

		LocalDate today = LocalDate.ofInstant(now, Times.CHINA);
		for (BlackWater bw : List.of(eliminated, remediating)) {
			BodySummary body = lifecycle.list(hohhot).stream().filter(b -> b.waterBodyId().equals(bw.body().id()))
				.findFirst().orElseThrow();
			lifecycle.publish(body.id(), new BlackOdorousLifecycle.PublishCommand(bw.body().name(), "呼和浩特市", bw.place(),
					"HEAVY", bw == eliminated ? "回民区副区长 王建国" : "玉泉区副区长 刘志强", bw == eliminated ? "回民区河长 张海" : "玉泉区河长 李明",
					today.plusMonths(bw == eliminated ? 3 : 10)), hohhot);
			lifecycle.plan(body.id(), new BlackOdorousLifecycle.PlanCommand(
					List.of("SOURCE_CONTROL", "DREDGING", "GARBAGE_CLEANUP", "ECOLOGICAL_RESTORATION", "WATER_REPLENISHMENT"),
					"沿河截污管网改造、底泥清淤、岸线垃圾清理、生态护岸与再生水补水。",
					List.of(new BlackOdorousLifecycle.MilestoneInput("SOURCE_CONTROL", "沿河排污口截污完成", today.plusMonths(1)),
							new BlackOdorousLifecycle.MilestoneInput("DREDGING", "河道清淤完成", today.plusMonths(2)),
							new BlackOdorousLifecycle.MilestoneInput("WATER_REPLENISHMENT", "再生水补水工程通水", today.plusMonths(3))),
					null), hohhot);
			if (bw == eliminated) {
				lifecycle.detail(body.id(), hohhot).milestones()
					.forEach(m -> lifecycle.milestoneDone(body.id(), m.id(), hohhot));
				for (int round = 0; round < 3; round++) {
					Instant at = now.minus(Duration.ofDays(30 - 7L * round));
					for (SiteView p : bw.points()) {
						sample(hohhot, p, at, "60", "SD", "45", "DO", "4.2", "ORP", "120", "NH3N", "3.1");
					}
				}
				lifecycle.assess(body.id(), 93, "公众满意度调查 312 份有效问卷，满意 290 份。", hohhot);
			}
			else {
				lifecycle.milestoneDone(body.id(), lifecycle.detail(body.id(), hohhot).milestones().get(0).id(), hohhot);
				Instant at = now.minus(Duration.ofDays(5));
				for (SiteView p : bw.points()) {
					sample(hohhot, p, at, "60", "SD", p.seq() == 3 ? "12" : "28", "DO", "1.6", "ORP", "-80", "NH3N", "9.2");
				}
			}
		}
		reports.generateOnDemand(hohhot);
	}

	record BlackWater(WaterBodyView body, String place, List<SiteView> points) {
	}

	private BlackWater blackWater(CurrentUser office, String code, String name, String regionCode, String place, String lat,
			String lon) {
		WaterBodyView body = catalog.registerWaterBody(code, name, null, WaterBodyType.BLACK_ODOROUS, "黄河", regionCode,
				new BigDecimal("1.8"), null, null, "城市建成区黑臭水体（" + place + "）");
		ReachView reach = catalog.registerReach(body.id(), code + "-" + regionCode, name, regionCode, place.split("至")[0],
				place.contains("至") ? place.split("至")[1] : place, new BigDecimal("1.8"), new BigDecimal(lat),
				new BigDecimal(lon), null);
		List<SiteView> points = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			BigDecimal la = new BigDecimal(lat).add(new BigDecimal("0.004").multiply(BigDecimal.valueOf(i - 2)));
			points.add(monitoring.createSite(new Monitoring.SiteCommand(code + "-P" + i, name.replace("黑臭水体", "") + " " + i
					+ " 号检测点", "POINT", body.id(), reach.id(), null, i, la, new BigDecimal(lon)), office));
		}
		return new BlackWater(body, place, points);
	}

	private SiteView section(CurrentUser office, String code, String name, String reachCode, String lat, String lon) {
		ReachView reach = catalog.reachByCode(reachCode).orElseThrow();
		return monitoring.createSite(new Monitoring.SiteCommand(code, name, "SECTION", reach.waterBodyId(), reach.id(), null,
				0, new BigDecimal(lat), new BigDecimal(lon)), office);
	}

	private void sample(CurrentUser office, SiteView site, Instant at, String depthCm, String... itemValues) {
		List<Monitoring.ValueInput> values = new ArrayList<>();
		for (int i = 0; i < itemValues.length; i += 2) {
			String code = itemValues[i];
			String unit = switch (code) {
				case "pH" -> "无量纲";
				case "SD" -> "cm";
				case "ORP" -> "mV";
				default -> "mg/L";
			};
			values.add(new Monitoring.ValueInput(code, new BigDecimal(itemValues[i + 1]), unit));
		}
		monitoring.record(new Monitoring.SampleCommand(site.id(), at, depthCm == null ? null : new BigDecimal(depthCm),
				values), office);
	}
}
