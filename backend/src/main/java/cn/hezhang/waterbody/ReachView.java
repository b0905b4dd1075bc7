package cn.hezhang.waterbody;

import java.math.BigDecimal;

/** A reach (河段) of a water body, located in one region. {@code geometry} is an optional GeoJSON LineString. */
public record ReachView(Long id, Long waterBodyId, String waterBodyName, String code, String name, String regionCode,
		String regionName, String startPoint, String endPoint, BigDecimal lengthKm, BigDecimal centerLat,
		BigDecimal centerLon, String geometry) {
}
