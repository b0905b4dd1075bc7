package cn.hezhang.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgKind;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.security.UserDirectory.NewUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Offices, units and the demo accounts (README "Demo accounts"): chiefs at all four levels along the Hohhot path
 * 自治区 → 呼和浩特市 → 赛罕区 → 金河镇 and along the three lake paths, offices, units, inspectors, a supervisor
 * and an admin.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** username, display name, role, region, organisation (office/unit name), post, phone */
	static final List<String[]> ACCOUNTS = List.of(
			a("admin", "系统管理员", Role.ADMIN, null, null, "管理员", "0471-0000000"),
			a("supervisor", "自治区督查专员", Role.SUPERVISOR, "150000", null, "督查专员", "0471-6000001"),
			a("chief.region", "王自治区", Role.CHIEF, "150000", null, "自治区总河长", "0471-6000010"),
			a("chief.hohhot", "李呼和浩特", Role.CHIEF, "150100", null, "呼和浩特市总河长", "0471-6000020"),
			a("chief.saihan", "张赛罕", Role.CHIEF, "150105", null, "赛罕区河长", "0471-6000030"),
			a("chief.township", "赵金河", Role.CHIEF, "150105104", null, "金河镇河长", "0471-6000040"),
			a("office.region", "自治区河长办值班员", Role.OFFICE, "150000", "内蒙古自治区河长制办公室", "河长办", "0471-6000011"),
			a("office.hohhot", "呼和浩特市河长办值班员", Role.OFFICE, "150100", "呼和浩特市河长制办公室", "河长办", "0471-6000021"),
			a("office.saihan", "赛罕区河长办刘敏", Role.OFFICE, "150105", "赛罕区河长制办公室", "河长办", "0471-6000031"),
			a("inspector.saihan", "赛罕区巡河员陈强", Role.INSPECTOR, "150105", null, "巡河员", "13800000001"),
			a("inspector.jinhe", "金河镇巡河员周平", Role.INSPECTOR, "150105104", null, "巡河员", "13800000002"),
			a("unit.zhujian", "赛罕区住建局孙伟", Role.UNIT, "150105", "赛罕区住房和城乡建设局", "联络员", "0471-6000032"),
			a("unit.huanjing", "赛罕区生态环境分局吴娜", Role.UNIT, "150105", "呼和浩特市生态环境局赛罕区分局", "联络员", "0471-6000033"),
			a("chief.hulunbuir", "呼伦贝尔市湖长", Role.CHIEF, "150700", null, "呼伦贝尔市总湖长", "0470-6000001"),
			a("chief.xinyou", "新巴尔虎右旗湖长", Role.CHIEF, "150727", null, "呼伦湖湖长(新巴尔虎右旗)", "0470-6000002"),
			a("chief.hulun.township", "呼伦镇湖长", Role.CHIEF, "150727102", null, "呼伦镇湖长", "0470-6000003"),
			a("office.xinyou", "新巴尔虎右旗河湖长办", Role.OFFICE, "150727", "新巴尔虎右旗河湖长制办公室", "河长办", "0470-6000004"),
			a("chief.bayannur", "巴彦淖尔市湖长", Role.CHIEF, "150800", null, "巴彦淖尔市总湖长", "0478-6000001"),
			a("chief.wuqian", "乌拉特前旗湖长", Role.CHIEF, "150823", null, "乌梁素海湖长(乌拉特前旗)", "0478-6000002"),
			a("chief.ulansuhai.township", "西小召镇湖长", Role.CHIEF, "150823104", null, "西小召镇湖长", "0478-6000003"),
			a("office.wuqian", "乌拉特前旗河湖长办", Role.OFFICE, "150823", "乌拉特前旗河湖长制办公室", "河长办", "0478-6000004"),
			a("inspector.wuqian", "乌梁素海巡湖员", Role.INSPECTOR, "150823", null, "巡湖员", "13800000003"),
			a("unit.wuqian.water", "乌拉特前旗水利局联络员", Role.UNIT, "150823", "乌拉特前旗水利局", "联络员", "0478-6000005"),
			a("chief.ulanqab", "乌兰察布市湖长", Role.CHIEF, "150900", null, "乌兰察布市总湖长", "0474-6000001"),
			a("chief.liangcheng", "凉城县湖长", Role.CHIEF, "150925", null, "岱海湖长(凉城县)", "0474-6000002"),
			a("chief.daihai.township", "岱海镇湖长", Role.CHIEF, "150925108", null, "岱海镇湖长", "0474-6000003"),
			a("office.liangcheng", "凉城县河湖长办", Role.OFFICE, "150925", "凉城县河湖长制办公室", "河长办", "0474-6000004"));

	private final UserDirectory users;
	private final OrgDirectory orgs;
	private final DemoSettings settings;

	DemoAccounts(UserDirectory users, OrgDirectory orgs, DemoSettings settings) {
		this.users = users;
		this.orgs = orgs;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (users.findByUsername("admin").isPresent()) {
			return;
		}
		Map<String, Long> orgIds = new HashMap<>();
		for (String[] acc : ACCOUNTS) {
			Role role = Role.valueOf(acc[2]);
			Long orgId = null;
			if (acc[4] != null) {
				OrgKind kind = role == Role.UNIT ? OrgKind.UNIT : OrgKind.OFFICE;
				orgId = orgIds.computeIfAbsent(acc[4], name -> orgs.ensure(kind, name, acc[3], acc[6]).id());
			}
			users.register(new NewUser(acc[0], settings.password(), acc[1], role, acc[3], orgId, acc[5], acc[6], null));
		}
		// units without their own demo login, so offices have more than one choice
		orgs.ensure(OrgKind.UNIT, "赛罕区水务局", "150105", "0471-6000034");
		orgs.ensure(OrgKind.UNIT, "金河镇人民政府", "150105104", "0471-6000041");
		orgs.ensure(OrgKind.UNIT, "呼和浩特市城市管理综合执法局", "150100", "0471-6000022");
		log.info("demo accounts created: {} (password {})", ACCOUNTS.size(), settings.password());
	}

	private static String[] a(String username, String name, Role role, String region, String org, String post,
			String phone) {
		return new String[] { username, name, role.name(), region, org, post, phone };
	}
}
