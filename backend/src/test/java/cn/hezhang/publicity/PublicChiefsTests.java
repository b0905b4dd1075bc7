package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.hezhang.publicity.PublicPortal.PublicChief;
import cn.hezhang.waterbody.ChiefRole;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.RegistryViews.PublicAppointedChief;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import org.junit.jupiter.api.Test;

/** Whom the portal names as a water body's chiefs: its roster; the accounts of its regions only without one. */
class PublicChiefsTests {
	static final WaterBodyView RIVER = new WaterBodyView(7L, "XHH", "小黑河", null, WaterBodyType.RIVER, "黄河",
			"150100", BigDecimal.TEN, null, "III", null);
	static final ReachLocator.Body BODY = new ReachLocator.Body(RIVER,
			List.of(reach(71L, "150105"), reach(72L, "150105104"), reach(73L, "150104")));
	static final Map<String, String> NAMES = Map.of("150100", "呼和浩特市", "150105", "赛罕区", "150105104", "金河镇",
			"150104", "玉泉区");
	static final Map<String, List<PublicChief>> ACCOUNTS = Map.of(
			"150105", List.of(new PublicChief("张赛罕", "赛罕区河长", "150105", "赛罕区")),
			"150104", List.of(new PublicChief("钱玉泉", "玉泉区河长", "150104", "玉泉区")),
			"150100", List.of(new PublicChief("李呼和浩特", "呼和浩特市总河长", "150100", "呼和浩特市")));

	static ReachView reach(Long id, String region) {
		return new ReachView(id, 7L, "小黑河", "XHH-" + region, "小黑河" + region + "段", region, null, null, null, null,
				null, null, null);
	}

	@Test
	void theRosterNamesTheChiefsHigherLevelsFirstWithTheRoleWhereNoPostIsGiven() {
		Map<Long, List<PublicAppointedChief>> roster = Map.of(7L, List.of(
				new PublicAppointedChief(7L, 72L, ChiefRole.CHIEF, "赵金河", "金河镇河长", "150105104"),
				new PublicAppointedChief(7L, null, ChiefRole.CHIEF, "李呼和浩特", null, "150100"),
				new PublicAppointedChief(7L, 71L, ChiefRole.CHIEF, "张赛罕", "赛罕区河长", "150105")));
		List<PublicChief> chiefs = PublicPortal.chiefsOf(BODY, new PublicPortal.Chiefs(roster, ACCOUNTS, NAMES::get));
		assertThat(chiefs).extracting(c -> c.name() + "/" + c.post() + "/" + c.regionName())
			.containsExactly("李呼和浩特/河长/呼和浩特市", "张赛罕/赛罕区河长/赛罕区", "赵金河/金河镇河长/金河镇");
	}

	@Test
	void withoutARosterTheChiefAccountsOfTheReachesRegionsAreNamed() {
		List<PublicChief> chiefs = PublicPortal.chiefsOf(BODY, new PublicPortal.Chiefs(Map.of(), ACCOUNTS, NAMES::get));
		// the city's account heads no reach of this river: not named
		assertThat(chiefs).extracting(PublicChief::name).containsExactly("钱玉泉", "张赛罕");
	}
}
