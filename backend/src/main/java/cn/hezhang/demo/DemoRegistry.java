package cn.hezhang.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.hezhang.policy.ListKind;
import cn.hezhang.policy.PolicyManagement;
import cn.hezhang.policy.PolicyViews;
import cn.hezhang.policy.PolicyViews.ItemInput;
import cn.hezhang.policy.PolicyViews.PolicyDetail;
import cn.hezhang.policy.PolicyViews.PolicyDraft;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgKind;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.waterbody.ChiefRole;
import cn.hezhang.waterbody.ChiefRoster;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.RegistryCommands.AppointCommand;
import cn.hezhang.waterbody.RegistryCommands.SignboardCommand;
import cn.hezhang.waterbody.RegistryCommands.WaterBodyCommand;
import cn.hezhang.waterbody.RegistryEditor;
import cn.hezhang.waterbody.RegistryViews.SpecialTargetView;
import cn.hezhang.waterbody.SignboardCatalog;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The real rivers and lakes of shared/data/water_bodies.csv (one reach per league/city where the demo has none),
 * the three lakes' special targets, chiefs along the demo accounts' paths, a signboard per lake and demo river, and
 * an approved 一湖一策 (2026–2030) per lake.
 * Runs after DemoWaterBodies (whose codes the cases use) and before DemoCases; idempotent.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoRegistry implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

	/** Codes for the CSV's water bodies (the first seven are DemoWaterBodies'). */
	static final Map<String, String> CODES = new LinkedHashMap<>();
	static {
		String[][] codes = { { "黄河", "HH-NM" }, { "大黑河", "DHH" }, { "小黑河", "XHH" }, { "扎达盖河", "ZDGH" },
				{ "呼伦湖", "HLH" }, { "乌梁素海", "WLSH" }, { "岱海", "DH" }, { "昆都仑河", "KDLH" }, { "东河", "DONGHE-BT" },
				{ "西河", "XIHE-BT" }, { "二道沙河", "EDSH" }, { "总排干", "ZPG" }, { "克鲁伦河", "KLLH" },
				{ "乌尔逊河", "WEXH" }, { "额尔古纳河", "EEGNH" }, { "海拉尔河", "HLEH" }, { "嫩江", "NJ" }, { "西辽河", "XLH" },
				{ "老哈河", "LHH" }, { "西拉木伦河", "XLMLH" }, { "滦河", "LUANH" }, { "达里诺尔", "DLNE" }, { "居延海", "JYH" },
				{ "黄旗海", "HQH" }, { "锡林河", "XILINH" }, { "额济纳河", "EJNH" }, { "乌拉盖河", "WLGH" }, { "乌海湖", "WHH" } };
		for (String[] c : codes) {
			CODES.put(c[0], c[1]);
		}
	}

	private final WaterbodyCatalog catalog;
	private final RegistryEditor editor;
	private final ChiefRoster roster;
	private final SignboardCatalog signboards;
	private final RegionDirectory regions;
	private final UserDirectory users;
	private final PolicyManagement policies;
	private final OrgDirectory orgs;

	DemoRegistry(WaterbodyCatalog catalog, RegistryEditor editor, ChiefRoster roster, SignboardCatalog signboards,
			RegionDirectory regions, UserDirectory users, PolicyManagement policies, OrgDirectory orgs) {
		this.policies = policies;
		this.orgs = orgs;
		this.catalog = catalog;
		this.editor = editor;
		this.roster = roster;
		this.signboards = signboards;
		this.regions = regions;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (catalog.waterBodyByCode("KDLH").isPresent()) {
			return;
		}
		CurrentUser admin = users.currentUser("admin");
		int added = 0;
		for (String[] row : csv()) {
			String name = row[0];
			String code = code(name);
			if (code == null || catalog.waterBodyByCode(code).isPresent()) {
				continue;
			}
			List<RegionView> cities = new ArrayList<>();
			for (String city : row[4].split(";")) {
				cityByName(city.trim()).ifPresent(cities::add);
			}
			String region = cities.size() == 1 ? cities.get(0).code() : "150000";
			WaterBodyType type = WaterBodyType.valueOf(row[2]);
			String shortName = name.contains("(") && type != WaterBodyType.RIVER ? name.substring(0, name.indexOf('('))
					: name;
			WaterBodyView body = catalog.registerWaterBody(code, shortName, row[1], type, row[3], region, decimal(row[5]),
					decimal(row[6]), type == WaterBodyType.RIVER ? "III" : "IV", trim(row[8], 2000));
			for (RegionView city : cities) {
				catalog.registerReach(body.id(), code + "-" + city.code(), shortName + city.name() + "段", city.code(),
						city.name() + "上游界", city.name() + "下游界", null, null, null, null);
			}
			added++;
		}
		specialTargets(admin);
		chiefs(admin);
		boards(admin);
		policies();
		log.info("demo registry: {} water bodies from water_bodies.csv, chiefs, special targets and signboards", added);
	}

	private void specialTargets(CurrentUser admin) {
		target(admin, "HLH", new SpecialTargetView("COD", "LE", new BigDecimal("50"), "mg/L", "全湖", "化学需氧量 ≤ 50 mg/L，其他指标 V 类"));
		target(admin, "WLSH", new SpecialTargetView("NH3N", "LE", new BigDecimal("8"), "mg/L", "湖心", "湖心氨氮 ≤ 8 mg/L，其他指标 V 类"),
				new SpecialTargetView("AREA", "GE", new BigDecimal("293"), "km²", "全湖", "水面面积不减少"));
		target(admin, "DH", new SpecialTargetView("AREA", "GE", new BigDecimal("50"), "km²", "全湖", "湖面面积 ≥ 50 km²"),
				new SpecialTargetView("LOAD_REDUCTION", "GE", new BigDecimal("50"), "%", "入湖", "入湖污染负荷削减 ≥ 50%"));
	}

	private void target(CurrentUser admin, String code, SpecialTargetView... targets) {
		WaterBodyView b = catalog.waterBodyByCode(code).orElseThrow();
		editor.update(b.id(), new WaterBodyCommand(b.code(), b.name(), b.nameEn(), b.type(), b.basin(), b.regionCode(),
				b.lengthKm(), b.areaKm2(), b.targetClass(), b.description(), List.of(targets)), admin);
	}

	private void chiefs(CurrentUser admin) {
		LocalDate term = LocalDate.of(2022, 1, 1);
		appoint(admin, "HH-NM", null, ChiefRole.GENERAL, "chief.region", term);
		for (String river : List.of("DHH", "XHH", "ZDGH")) {
			appoint(admin, river, null, ChiefRole.CHIEF, "chief.hohhot", term);
		}
		appoint(admin, "DHH", "DHH-150105", ChiefRole.CHIEF, "chief.saihan", term);
		appoint(admin, "XHH", "XHH-150105", ChiefRole.CHIEF, "chief.saihan", term);
		appoint(admin, "XHH", "XHH-150105104", ChiefRole.CHIEF, "chief.township", term);
		appoint(admin, "HLH", null, ChiefRole.CHIEF, "chief.hulunbuir", term);
		appoint(admin, "HLH", "HLH-150727", ChiefRole.CHIEF, "chief.xinyou", term);
		appoint(admin, "HLH", "HLH-150727102", ChiefRole.CHIEF, "chief.hulun.township", term);
		appoint(admin, "WLSH", null, ChiefRole.CHIEF, "chief.bayannur", term);
		appoint(admin, "WLSH", "WLSH-150823", ChiefRole.CHIEF, "chief.wuqian", term);
		appoint(admin, "WLSH", "WLSH-150823104", ChiefRole.CHIEF, "chief.ulansuhai.township", term);
		appoint(admin, "DH", null, ChiefRole.CHIEF, "chief.ulanqab", term);
		appoint(admin, "DH", "DH-150925", ChiefRole.CHIEF, "chief.liangcheng", term);
		appoint(admin, "DH", "DH-150925108", ChiefRole.CHIEF, "chief.daihai.township", term);
	}

	private void appoint(CurrentUser admin, String bodyCode, String reachCode, ChiefRole role, String username,
			LocalDate term) {
		WaterBodyView body = catalog.waterBodyByCode(bodyCode).orElseThrow();
		Long reachId = reachCode == null ? null : catalog.reachByCode(reachCode).map(ReachView::id).orElseThrow();
		UserDirectory.UserSummary u = users.findByUsername(username).orElseThrow();
		roster.appoint(new AppointCommand(body.id(), reachId, role, u.displayName(), u.username(), u.post(), u.phone(),
				null, term, LocalDate.of(2026, 12, 31)), admin);
	}

	private void boards(CurrentUser admin) {
		board(admin, "HLH", "HLH-150727", "HLH-GSP-001", "呼伦湖克鲁伦河入湖口", "48.90", "117.35",
				"保护水资源、防治水污染、改善水环境、修复水生态；组织开展巡湖，协调解决呼伦湖保护重大问题。",
				"化学需氧量 ≤ 50 mg/L，其他指标 V 类；湖面稳定。", "0470-6000004");
		board(admin, "WLSH", "WLSH-150823", "WLSH-GSP-001", "乌梁素海总排干入湖口", "40.97", "108.85",
				"统筹乌梁素海综合治理，督促入湖排干沟治理和生态补水。", "湖心氨氮 ≤ 8 mg/L，其他指标 V 类；水面面积不减少。",
				"0478-6000004");
		board(admin, "DH", "DH-150925", "DH-GSP-001", "岱海弓坝河入湖口", "40.57", "112.67",
				"组织岱海生态应急补水、面源污染治理和水改旱，督促落实一湖一策。", "湖面面积 ≥ 50 km²；入湖污染负荷削减 ≥ 50%。",
				"0474-6000004");
		board(admin, "XHH", "XHH-150105", "XHH-GSP-001", "小黑河赛罕区段哈拉沁沟出口", "40.80", "111.70",
				"负责小黑河赛罕区段管理保护，组织清四乱和黑臭水体整治。", "水质 IV 类，消除黑臭。", "0471-6000031");
		board(admin, "DHH", "DHH-150105", "DHH-GSP-001", "大黑河赛罕区段东界", "40.74", "111.78",
				"负责大黑河赛罕区段管理保护，组织巡河与问题整改。", "水质 IV 类，河道无四乱。", "0471-6000031");
	}

	private void board(CurrentUser admin, String bodyCode, String reachCode, String no, String place, String lat,
			String lon, String duties, String targets, String officePhone) {
		WaterBodyView body = catalog.waterBodyByCode(bodyCode).orElseThrow();
		Long reachId = catalog.reachByCode(reachCode).map(ReachView::id).orElseThrow();
		signboards.save(body.id(), new SignboardCommand(no, reachId, place, new BigDecimal(lat), new BigDecimal(lon),
				duties, targets, SignboardCatalog.DEFAULT_HOTLINE, officePhone, false), admin);
	}

	/** An approved 2026–2030 policy per lake, run through the real approval (opinions, then the lake's chief). */
	private void policies() {
		CurrentUser office = users.currentUser("office.region");
		long xinyouWater = orgs.ensure(OrgKind.UNIT, "新巴尔虎右旗水利局", "150727", "0470-6000005").id();
		long xinyouFarm = orgs.ensure(OrgKind.UNIT, "新巴尔虎右旗农牧和科技局", "150727", "0470-6000006").id();
		long wuqianWater = orgs.ensure(OrgKind.UNIT, "乌拉特前旗水利局", "150823", "0478-6000005").id();
		long liangchengWater = orgs.ensure(OrgKind.UNIT, "凉城县水务局", "150925", "0474-6000005").id();
		long liangchengFarm = orgs.ensure(OrgKind.UNIT, "凉城县农牧局", "150925", "0474-6000006").id();

		approve(office, "HLH", "呼伦湖“一湖一策”实施方案（2026—2030年）", List.of(
				item(ListKind.PROBLEM, "入湖水量减少、湖面萎缩风险仍在", null, null, null, null, null, null),
				item(ListKind.PROBLEM, "湖区化学需氧量偏高, 周边牧业面源污染", null, null, null, null, null, null),
				goal("化学需氧量达到特别目标", "COD", "LE", "50", null, LocalDate.of(2030, 12, 31)),
				goal("湖面面积保持稳定", "AREA", "GE", "2000", null, LocalDate.of(2030, 12, 31)),
				item(ListKind.TASK, "引河济湖工程运行调度, 保障生态补水", null, xinyouWater, null, LocalDate.of(2030, 6, 30), null, null),
				item(ListKind.TASK, "湖区周边禁牧休牧与面源污染治理", null, xinyouFarm, null, LocalDate.of(2030, 10, 31), null, null),
				item(ListKind.MEASURE, "克鲁伦河、乌尔逊河入湖水量监测与生态补水", null, null, null, null, null, null),
				item(ListKind.RESPONSIBILITY, "新巴尔虎右旗人民政府负责湖区综合治理", null, xinyouWater, "旗长", LocalDate.of(2030, 12, 31), null, null)),
				List.of("chief.xinyou", "chief.hulun.township"), "chief.hulunbuir");
		approve(office, "WLSH", "乌梁素海“一湖一策”实施方案（2026—2030年）", List.of(
				item(ListKind.PROBLEM, "农田退水经总排干入湖, 湖心氨氮偏高", null, null, null, null, null, null),
				goal("湖心氨氮达到特别目标", "NH3N", "LE", "8", null, LocalDate.of(2030, 12, 31)),
				goal("其他指标达到 V 类", null, null, null, "V", LocalDate.of(2030, 12, 31)),
				item(ListKind.TASK, "总排干入湖口人工湿地提标改造", null, wuqianWater, null, LocalDate.of(2030, 9, 30), null, null),
				item(ListKind.TASK, "每年生态补水不少于 3 亿立方米", null, wuqianWater, null, LocalDate.of(2030, 12, 31), null, null),
				item(ListKind.MEASURE, "河套灌区控肥控药控水, 退水先治后排", null, null, null, null, null, null),
				item(ListKind.RESPONSIBILITY, "乌拉特前旗人民政府负责湖区治理", null, wuqianWater, "旗长", LocalDate.of(2030, 12, 31), null, null)),
				List.of("chief.wuqian", "chief.ulansuhai.township"), "chief.bayannur");
		approve(office, "DH", "岱海“一湖一策”实施方案（2026—2030年）", List.of(
				item(ListKind.PROBLEM, "湖面持续萎缩, 入湖污染负荷偏高", null, null, null, null, null, null),
				goal("湖面面积不低于特别目标", "AREA", "GE", "50", null, LocalDate.of(2030, 12, 31)),
				goal("入湖污染负荷削减", "LOAD_REDUCTION", "GE", "50", null, LocalDate.of(2030, 12, 31)),
				item(ListKind.TASK, "岱海电厂湿冷改空冷, 减少取用湖水", null, liangchengWater, null, LocalDate.of(2029, 12, 31), null, null),
				item(ListKind.TASK, "湖周耕地水改旱", null, liangchengFarm, null, LocalDate.of(2030, 10, 31), null, null),
				item(ListKind.MEASURE, "实施生态应急补水工程", null, null, null, null, null, null),
				item(ListKind.RESPONSIBILITY, "凉城县人民政府负责岱海保护治理", null, liangchengWater, "县长", LocalDate.of(2030, 12, 31), null, null)),
				List.of("chief.liangcheng", "chief.daihai.township"), "chief.ulanqab");
		// a unit's progress on Ulansuhai
		PolicyViews.UnitTaskView first = policies.tasks(users.currentUser("unit.wuqian.water")).get(0);
		policies.reportProgress(first.task().id(), 60, "湿地一期完工, 二期施工中", users.currentUser("unit.wuqian.water"));
	}

	private void approve(CurrentUser office, String code, String title, List<ItemInput> items, List<String> givers,
			String approver) {
		Long bodyId = catalog.waterBodyByCode(code).orElseThrow().id();
		PolicyDetail d = policies.create(new PolicyDraft(bodyId, null, 2026, 2030, title, "依据《一河（湖）一策方案编制指南（试行）》编制。",
				items), office);
		Long id = d.policy().id();
		policies.submit(id, office);
		for (String giver : givers) {
			policies.giveOpinion(id, "同意, 建议加强入湖水量监测。", users.currentUser(giver));
		}
		policies.decide(id, true, "同意印发实施。", users.currentUser(approver));
	}

	private static ItemInput goal(String content, String indicator, String comparator, String value, String cls,
			LocalDate date) {
		return new ItemInput(ListKind.GOAL, content, indicator, comparator, value == null ? null : new BigDecimal(value),
				cls, date, null, null, null);
	}

	private static ItemInput item(ListKind kind, String content, String person, Long unit, String person2,
			LocalDate deadline, String unused, String unused2) {
		return new ItemInput(kind, content, null, null, null, null, null, unit, person2 != null ? person2 : person,
				deadline);
	}

	private Optional<RegionView> cityByName(String name) {
		return regions.atLevel(AdminLevel.CITY, "150000").stream().filter(r -> r.name().equals(name)).findFirst();
	}

	private static String code(String name) {
		return CODES.entrySet().stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
			.orElse(null);
	}

	private static BigDecimal decimal(String s) {
		try {
			return s == null || s.isBlank() ? null : new BigDecimal(s.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String trim(String s, int max) {
		return s == null ? null : s.length() > max ? s.substring(0, max) : s;
	}

	/** The CSV's rows without the header (RFC 4180 quoting). */
	static List<String[]> csv() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("waterbody/water_bodies.csv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = in.readLine()) != null) {
				if (header) {
					header = false;
					continue;
				}
				if (!line.isBlank()) {
					rows.add(parse(line));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	static String[] parse(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cur.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					cur.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				out.add(cur.toString());
				cur.setLength(0);
			}
			else {
				cur.append(ch);
			}
		}
		out.add(cur.toString());
		while (out.size() < 10) {
			out.add("");
		}
		return out.toArray(String[]::new);
	}
}
