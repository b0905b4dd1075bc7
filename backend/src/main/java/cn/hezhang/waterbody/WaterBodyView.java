package cn.hezhang.waterbody;

import java.math.BigDecimal;

public record WaterBodyView(Long id, String code, String name, String nameEn, WaterBodyType type, String basin,
		String regionCode, BigDecimal lengthKm, BigDecimal areaKm2, String targetClass, String description) {
}
