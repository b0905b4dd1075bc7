package cn.hezhang.demo;

import java.math.BigDecimal;

import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo water bodies with reaches per region: the Yellow River's Inner Mongolia reach, 大黑河, 小黑河 and 扎达盖河 in
 * Hohhot, and the lakes 呼伦湖, 乌梁素海 and 岱海 (facts from shared/data/water_bodies.csv; reach centres are
 * approximate WGS84 points for the map).
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoWaterBodies implements ApplicationRunner {
	private final WaterbodyCatalog catalog;

	DemoWaterBodies(WaterbodyCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (catalog.waterBodyByCode("HH-NM").isPresent()) {
			return;
		}
		WaterBodyView yellow = body("HH-NM", "黄河(内蒙古段)", "Yellow River (Inner Mongolia reach)", WaterBodyType.RIVER, "黄河",
				"150000", "843.5", null, "III");
		reach(yellow, "HH-NM-150302", "黄河乌海海勃湾段", "150302", "宁夏石嘴山交界", "海勃湾水利枢纽", "39.68", "106.82");
		reach(yellow, "HH-NM-150822", "黄河磴口段", "150822", "三盛公水利枢纽上游", "磴口县下游界", "40.33", "107.02");
		reach(yellow, "HH-NM-150207", "黄河包头九原段", "150207", "九原区西界", "九原区东界", "40.55", "109.75");
		reach(yellow, "HH-NM-150122", "黄河托克托段", "150122", "托克托县西界", "河口镇", "40.27", "111.19");
		reach(yellow, "HH-NM-150124", "黄河清水河段", "150124", "喇嘛湾", "清水河县南界", "39.90", "111.45");

		WaterBodyView dahei = body("DHH", "大黑河", "Dahei River", WaterBodyType.RIVER, "黄河", "150100", "236", null, "IV");
		reach(dahei, "DHH-150105", "大黑河赛罕区段", "150105", "赛罕区东界", "赛罕区西界", "40.74", "111.78");
		reach(dahei, "DHH-150121", "大黑河土默特左旗段", "150121", "土左旗东界", "土左旗西界", "40.68", "111.30");
		reach(dahei, "DHH-150122", "大黑河托克托段", "150122", "托县北界", "入黄口", "40.35", "111.15");

		WaterBodyView xiaohei = body("XHH", "小黑河", "Xiaohei River", WaterBodyType.RIVER, "黄河", "150100", null, null, "IV");
		reach(xiaohei, "XHH-150105", "小黑河赛罕区段", "150105", "哈拉沁沟出口", "赛罕区与玉泉区交界", "40.80", "111.70");
		reach(xiaohei, "XHH-150105104", "小黑河金河镇段", "150105104", "金河镇北界", "金河镇西界", "40.73", "111.66");
		reach(xiaohei, "XHH-150104", "小黑河玉泉区段", "150104", "玉泉区东界", "小黑河镇", "40.75", "111.60");

		WaterBodyView zhadagai = body("ZDGH", "扎达盖河", "Zhadagai River", WaterBodyType.RIVER, "黄河", "150100", null, null, "IV");
		reach(zhadagai, "ZDGH-150103", "扎达盖河回民区段", "150103", "坝口子", "回民区南界", "40.84", "111.62");
		reach(zhadagai, "ZDGH-150104", "扎达盖河玉泉区段", "150104", "玉泉区北界", "汇入小黑河", "40.78", "111.63");

		WaterBodyView hulun = body("HLH", "呼伦湖", "Hulun Lake", WaterBodyType.LAKE, "松花江", "150700", null, "2339", "V");
		reach(hulun, "HLH-150727", "呼伦湖新巴尔虎右旗湖区", "150727", "克鲁伦河入湖口", "湖西岸", "48.90", "117.35");
		reach(hulun, "HLH-150727102", "呼伦湖呼伦镇湖区", "150727102", "湖南岸", "乌尔逊河口", "48.75", "117.55");
		reach(hulun, "HLH-150703", "呼伦湖扎赉诺尔湖区", "150703", "湖北岸", "达兰鄂罗木河口", "49.25", "117.60");
		reach(hulun, "HLH-150726", "呼伦湖新巴尔虎左旗湖区", "150726", "乌尔逊河口", "湖东岸", "49.05", "117.70");

		WaterBodyView wuliang = body("WLSH", "乌梁素海", "Ulansuhai Nur", WaterBodyType.LAKE, "黄河", "150800", null, "293", "V");
		reach(wuliang, "WLSH-150823", "乌梁素海乌拉特前旗湖区", "150823", "总排干入湖口", "退水渠", "40.97", "108.85");
		reach(wuliang, "WLSH-150823104", "乌梁素海西小召镇湖区", "150823104", "湖西岸", "湖心", "40.90", "108.80");

		WaterBodyView daihai = body("DH", "岱海", "Daihai Lake", WaterBodyType.LAKE, "西北诸河", "150900", null, "52.5", "V");
		reach(daihai, "DH-150925", "岱海凉城县湖区", "150925", "弓坝河入湖口", "湖东岸", "40.57", "112.67");
		reach(daihai, "DH-150925108", "岱海岱海镇湖区", "150925108", "湖北岸", "湖西岸", "40.60", "112.62");
	}

	private WaterBodyView body(String code, String name, String nameEn, WaterBodyType type, String basin, String region,
			String lengthKm, String areaKm2, String targetClass) {
		return catalog.registerWaterBody(code, name, nameEn, type, basin, region,
				lengthKm == null ? null : new BigDecimal(lengthKm), areaKm2 == null ? null : new BigDecimal(areaKm2),
				targetClass, null);
	}

	private void reach(WaterBodyView body, String code, String name, String region, String from, String to, String lat,
			String lon) {
		catalog.registerReach(body.id(), code, name, region, from, to, null, new BigDecimal(lat), new BigDecimal(lon), null);
	}
}
