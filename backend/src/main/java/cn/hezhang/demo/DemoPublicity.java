package cn.hezhang.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.CaseCommands;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.TriageDecision;
import cn.hezhang.casework.Urgency;
import cn.hezhang.publicity.ApiKeyView;
import cn.hezhang.publicity.ApiKeys;
import cn.hezhang.publicity.Open311Requests;
import cn.hezhang.publicity.Origin;
import cn.hezhang.publicity.PublicReport;
import cn.hezhang.publicity.PublicReports;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The public side of the demo: an Open311 api_key for a demo third-party app (the README's curl examples use it),
 * two reports from the public portal (one anonymous and waiting for triage, one with a name and phone that the office
 * accepted and assigned) and one request posted through Open311.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoPublicity implements ApplicationRunner {
	/** Documented in the README; a demo key only — real apps get random keys from the admin page. */
	static final String DEMO_API_KEY = "hz311_demo-key-for-the-readme-curl-examples";
	private static final Logger log = LoggerFactory.getLogger(DemoPublicity.class);
	private static final Origin SEED = new Origin("demo-seed", null);

	private final ApiKeys keys;
	private final PublicReports reports;
	private final Open311Requests open311;
	private final CaseManagement cases;
	private final CaseQueries caseQueries;
	private final UserDirectory users;
	private final WaterbodyCatalog waterbodies;
	private final OrgDirectory orgs;

	DemoPublicity(ApiKeys keys, PublicReports reports, Open311Requests open311, CaseManagement cases,
			CaseQueries caseQueries, UserDirectory users, WaterbodyCatalog waterbodies, OrgDirectory orgs) {
		this.keys = keys;
		this.reports = reports;
		this.open311 = open311;
		this.cases = cases;
		this.caseQueries = caseQueries;
		this.users = users;
		this.waterbodies = waterbodies;
		this.orgs = orgs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (keys.authenticate(DEMO_API_KEY).isPresent()) {
			log.info("Open311 demo api_key (see README): {}", DEMO_API_KEY);
			return;
		}
		ApiKeyView app = keys.register("演示第三方应用 (城市服务小程序) / demo third-party app", "demo@example.cn", DEMO_API_KEY,
				"demo").client();
		log.info("Open311 demo api_key (see README): {}", DEMO_API_KEY);

		reports.submit(new PublicReport("demo-public-report-1", "GARBAGE", null, null, new BigDecimal("40.8005"),
				new BigDecimal("111.7012"), "小黑河南岸步道旁", "河岸边有人倾倒生活垃圾, 已堆成一小堆, 夏天有异味。", null, null,
				List.of(DemoPhotos.photo("Garbage on the bank", new Color(90, 110, 90)))), SEED);

		String debrisNo = reports.submit(new PublicReport("demo-public-report-2", "FLOATING_DEBRIS",
				waterbodies.waterBodyByCode("DHH").orElseThrow().id(), null, new BigDecimal("40.7421"),
				new BigDecimal("111.7790"), "大黑河桥下", "大黑河桥下河面漂浮大量塑料瓶和泡沫。", "王先生", "13800001234",
				List.of(DemoPhotos.photo("Plastic under the bridge", new Color(60, 100, 140)))), SEED).caseNo();
		Long debris = caseQueries.idByCaseNo(debrisNo).orElseThrow();
		CurrentUser office = users.currentUser("office.saihan");
		cases.triage(debris, new CaseCommands.Triage(TriageDecision.ACCEPT, "FLOATING_DEBRIS", Severity.GENERAL, null,
				null, null, "群众反映属实"), office);
		cases.assign(debris, new CaseCommands.Assign(unitId("赛罕区住房和城乡建设局"), "3 个工作日内打捞大黑河桥下漂浮物。",
				Urgency.NORMAL, null), office);

		open311.create(new Open311Requests.Post("OUTFALL", new BigDecimal("40.7832"), new BigDecimal("111.6265"),
				"扎达盖河玉泉区段西岸", null, Map.of(), null, "demo-device-1", null, null, null, null,
				"扎达盖河西岸有一根管子往河里排黄色污水。", null), app, SEED);
	}

	private Long unitId(String name) {
		return orgs.unitsUnder("150000").stream().filter(o -> o.name().equals(name)).map(OrgView::id).findFirst()
			.orElseThrow();
	}
}
