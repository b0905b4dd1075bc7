package cn.hezhang.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.hezhang.casework.CaseCommands;
import cn.hezhang.casework.CaseFilter;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.TriageDecision;
import cn.hezhang.casework.Urgency;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.DataScope;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo cases in several states, made through the real workflow: one waiting for triage, one in rectification,
 * one closed, one serious case whose short deadline passes a few minutes after start-up (so the overdue flag and
 * notices can be seen), and one on Hulun Lake.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {
	private final CaseManagement cases;
	private final CaseQueries queries;
	private final UserDirectory users;
	private final WaterbodyCatalog waterbodies;
	private final OrgDirectory orgs;
	private final Clock clock;

	DemoCases(CaseManagement cases, CaseQueries queries, UserDirectory users, WaterbodyCatalog waterbodies,
			OrgDirectory orgs, Clock clock) {
		this.cases = cases;
		this.queries = queries;
		this.users = users;
		this.waterbodies = waterbodies;
		this.orgs = orgs;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (queries.list(DataScope.everything(), CaseFilter.none(), 0, 1).total() > 0) {
			return;
		}
		CurrentUser inspector = users.currentUser("inspector.saihan");
		CurrentUser office = users.currentUser("office.saihan");
		CurrentUser unit = users.currentUser("unit.zhujian");

		report(inspector, "XHH-150105", "OUTFALL", "小黑河右岸发现一处疑似非法排污口, 有灰黑色污水直排入河, 伴有异味。",
				"40.8012", "111.7035", "Outfall on the Xiaohei River", new Color(70, 70, 60));

		Long garbage = report(inspector, "XHH-150105", "GARBAGE", "小黑河赛罕区段北岸堆放建筑垃圾约 20 立方米。", "40.7985",
				"111.6958", "Construction waste on the bank", new Color(110, 120, 100));
		cases.triage(garbage, new CaseCommands.Triage(TriageDecision.ACCEPT, "GARBAGE", Severity.GENERAL, null, null, null,
				"情况属实"), office);
		cases.assign(garbage, new CaseCommands.Assign(unitId("赛罕区住房和城乡建设局"), "5 日内清运河岸建筑垃圾并设置警示牌。",
				Urgency.URGENT, null), office);

		Long debris = report(inspector, "DHH-150105", "FLOATING_DEBRIS", "大黑河赛罕区段河面漂浮大量塑料垃圾。", "40.7402",
				"111.7811", "Floating debris", new Color(60, 110, 150));
		cases.triage(debris, new CaseCommands.Triage(TriageDecision.ACCEPT, "FLOATING_DEBRIS", Severity.GENERAL, null, null,
				null, null), office);
		cases.assign(debris, new CaseCommands.Assign(unitId("赛罕区住房和城乡建设局"), "打捞河面漂浮物。", Urgency.NORMAL, null),
				office);
		cases.submitRectification(debris, new CaseCommands.Rectification("已组织人员打捞漂浮物 2 吨, 河面恢复清洁。",
				List.of(DemoPhotos.photo("After cleaning", new Color(60, 130, 170)))), unit);
		cases.accept(debris, new CaseCommands.Acceptance(true, "现场核查, 河面已清理干净。",
				List.of(DemoPhotos.photo("Acceptance on site", new Color(60, 130, 170)))), inspector);

		CurrentUser wuqianInspector = users.currentUser("inspector.wuqian");
		CurrentUser wuqianOffice = users.currentUser("office.wuqian");
		Long fish = report(wuqianInspector, "WLSH-150823", "ABNORMAL_WATER", "乌梁素海总排干入湖口附近出现死鱼, 水色发绿。",
				"40.9712", "108.8523", "Dead fish at the inflow", new Color(70, 130, 70));
		cases.triage(fish, new CaseCommands.Triage(TriageDecision.ACCEPT, "ABNORMAL_WATER", Severity.MAJOR, null, null, null,
				"需查明原因"), wuqianOffice);
		cases.assign(fish, new CaseCommands.Assign(unitId("乌拉特前旗水利局"), "立即排查入湖水质, 打捞死鱼, 报告原因。",
				Urgency.VERY_URGENT, clock.instant().plus(Duration.ofMinutes(3))), wuqianOffice);

		report(users.currentUser("chief.xinyou"), "HLH-150727", "SAND_MINING", "呼伦湖西岸发现疑似非法采砂车辆作业痕迹。",
				"48.9010", "117.3470", "Sand mining traces", new Color(150, 130, 90));
	}

	private Long report(CurrentUser who, String reachCode, String category, String description, String lat, String lon,
			String caption, Color water) {
		ReachView reach = waterbodies.reachByCode(reachCode).orElseThrow();
		CaseSource source = switch (who.role()) {
			case CHIEF -> CaseSource.CHIEF;
			case OFFICE -> CaseSource.OFFICE;
			default -> CaseSource.INSPECTOR;
		};
		return cases.report(new ReportCommand(source, null, reach.waterBodyId(), reach.id(), null, category, description,
				new BigDecimal(lat), new BigDecimal(lon), null, new Reporter(who.id(), who.displayName(), null, null),
				List.of(DemoPhotos.photo(caption, water))), who);
	}

	private Long unitId(String name) {
		return orgs.unitsUnder("150000").stream().filter(o -> o.name().equals(name)).map(OrgView::id).findFirst()
			.orElseThrow();
	}
}
