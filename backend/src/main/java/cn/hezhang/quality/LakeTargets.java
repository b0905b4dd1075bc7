package cn.hezhang.quality;

import java.math.BigDecimal;

/**
 * The 2020 targets of the "一湖两海" in the Inner Mongolia 13th Five-Year eco-environment protection
 * plan (seed, chapter 4 section 2). Their wording is quoted with each; water_bodies.csv notes that no
 * other retrieved source states them.
 */
public final class LakeTargets {

	private LakeTargets() {
	}

	/**
	 * 呼伦湖: "水环境质量中化学需氧量≤50mg/L、其它指标达到Ⅴ类标准" — class Ⅴ, with COD (化学需氧量) at most
	 * 50 mg/L instead of the class Ⅴ limit of 40.
	 */
	public static Target hulun() {
		return Target.ofClass(WaterClass.V)
			.withItemLimit(Gb3838Item.COD, new BigDecimal("50"))
			.describedAs("呼伦湖 2020: COD≤50mg/L、其它指标Ⅴ类");
	}

	/**
	 * 乌梁素海: "水面面积不减少，湖心断面水质氨氮≤8mg/L、其他指标达Ⅴ类" — for the lake-centre section
	 * (湖心断面): class Ⅴ with NH3-N at most 8 mg/L instead of the class Ⅴ limit of 2; and the water
	 * surface not below a baseline supplied with the measured area.
	 */
	public static Target ulansuhaiLakeCentre() {
		return Target.ofClass(WaterClass.V)
			.withItemLimit(Gb3838Item.NH3N, new BigDecimal("8"))
			.withSurfaceArea(new SurfaceAreaTarget.NotShrinking())
			.describedAs("乌梁素海湖心断面 2020: 氨氮≤8mg/L、其他指标Ⅴ类，水面面积不减少");
	}

	/**
	 * 岱海: "力争维持岱海湖面面积不小于50km2，主要污染物入湖污染负荷下降50%以上" — a surface of at least
	 * 50 km² and no water class. The pollution-load reduction is a load, not a sample value, and is not
	 * modelled here.
	 */
	public static Target daihai() {
		return Target.withoutClass()
			.withSurfaceArea(new SurfaceAreaTarget.AtLeast(new BigDecimal("50")))
			.describedAs("岱海 2020: 湖面面积不小于50km²");
	}
}
