package cn.hezhang.publicity;

import java.math.BigDecimal;
import java.util.List;

import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Component;

/**
 * Where a public report belongs: the chosen reach; else the nearest reach of the chosen water body; else the
 * nearest reach of any water body within the configured distance. Errors name the form field
 * ({@code waterBodyId}/{@code reachId}, or the Open311 attribute via {@code fieldPrefix}).
 */
@Component
class Locations {
	private final ReachLocator locator;
	private final WaterbodyCatalog catalog;
	private final PublicitySettings settings;

	Locations(ReachLocator locator, WaterbodyCatalog catalog, PublicitySettings settings) {
		this.locator = locator;
		this.catalog = catalog;
		this.settings = settings;
	}

	/** Reach (nullable) and region of a report; {@code regionCode} is set only when there is no reach. */
	record Place(Long waterBodyId, Long reachId, String regionCode) {
	}

	Place resolve(Long waterBodyId, Long reachId, BigDecimal lat, BigDecimal lon, String waterBodyField,
			List<InvalidInputException.FieldError> errors) {
		if (reachId != null) {
			return new Place(waterBodyId, reachId, null);
		}
		if (waterBodyId != null) {
			WaterBodyView body = catalog.waterBody(waterBodyId).orElse(null);
			if (body == null) {
				errors.add(new InvalidInputException.FieldError(waterBodyField, "水体不存在 / unknown water body"));
				return null;
			}
			return locator.nearest(lat, lon, body.id()).map(l -> new Place(body.id(), l.reach().id(), null))
				.orElseGet(() -> new Place(body.id(), null, body.regionCode()));
		}
		if (lat == null || lon == null) {
			return null;
		}
		return locator.nearest(lat, lon, null).map(l -> {
			ReachView r = l.reach();
			return new Place(r.waterBodyId(), r.id(), null);
		}).orElseGet(() -> {
			errors.add(new InvalidInputException.FieldError(waterBodyField,
					"%.0f 公里内没有登记的河湖, 请选择水体 / no registered water body within %.0f km: choose one"
						.formatted(settings.reports().maxReachDistanceKm(), settings.reports().maxReachDistanceKm())));
			return null;
		});
	}
}
