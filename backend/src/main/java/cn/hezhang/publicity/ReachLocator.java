package cn.hezhang.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.hezhang.security.DataScope;
import cn.hezhang.shared.PageResult;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Component;

/**
 * The water bodies and reaches the public sees, read from the registry and kept for
 * {@code hezhang.publicity.catalog-cache-ttl}: the map and "which reach is this point on?" for reports without a
 * chosen reach (the nearest reach centre; reach centres are approximate, hence a generous maximum distance).
 */
@Component
class ReachLocator {
	private static final int PAGE = 100;
	private final WaterbodyCatalog catalog;
	private final PublicitySettings settings;
	private final Clock clock;
	private volatile Snapshot snapshot;

	ReachLocator(WaterbodyCatalog catalog, PublicitySettings settings, Clock clock) {
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	record Body(WaterBodyView body, List<ReachView> reaches) {
	}

	record Snapshot(List<Body> bodies, Instant loadedAt) {
	}

	record Located(ReachView reach, double distanceKm) {
	}

	List<Body> bodies() {
		Snapshot s = snapshot;
		Instant now = clock.instant();
		if (s == null || s.loadedAt().plus(settings.catalogCacheTtl()).isBefore(now)) {
			s = reload(now);
		}
		return s.bodies();
	}

	private synchronized Snapshot reload(Instant now) {
		Snapshot s = snapshot;
		if (s != null && !s.loadedAt().plus(settings.catalogCacheTtl()).isBefore(now)) {
			return s;
		}
		List<Body> bodies = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<WaterBodyView> found = catalog.waterBodies(DataScope.everything(), null, page, PAGE);
			found.items().forEach(b -> bodies.add(new Body(b, catalog.reaches(b.id()))));
			if (found.items().size() < PAGE || (long) (page + 1) * PAGE >= found.total()) {
				break;
			}
		}
		bodies.sort(Comparator.comparing((Body b) -> b.body().code()));
		snapshot = new Snapshot(List.copyOf(bodies), now);
		return snapshot;
	}

	/** Forget the cache (tests and admins who just registered a water body). */
	void refresh() {
		snapshot = null;
	}

	Optional<Body> byCode(String code) {
		Optional<Body> cached = bodies().stream().filter(b -> b.body().code().equals(code)).findFirst();
		if (cached.isPresent()) {
			return cached;
		}
		// registered after the cache was filled
		return catalog.waterBodyByCode(code).map(b -> new Body(b, catalog.reaches(b.id())));
	}

	/**
	 * The reach nearest to the point: among the reaches of {@code waterBodyId} when given (any distance), else
	 * among all reaches within the configured maximum distance.
	 */
	Optional<Located> nearest(BigDecimal lat, BigDecimal lon, Long waterBodyId) {
		if (lat == null || lon == null) {
			return Optional.empty();
		}
		List<ReachView> candidates = waterBodyId != null ? catalog.reaches(waterBodyId)
				: bodies().stream().flatMap(b -> b.reaches().stream()).toList();
		Optional<Located> best = candidates.stream().filter(r -> r.centerLat() != null && r.centerLon() != null)
			.map(r -> new Located(r, km(lat, lon, r.centerLat(), r.centerLon())))
			.min(Comparator.comparingDouble(Located::distanceKm));
		if (waterBodyId == null) {
			return best.filter(l -> l.distanceKm() <= settings.reports().maxReachDistanceKm());
		}
		return best.or(() -> candidates.stream().findFirst().map(r -> new Located(r, Double.NaN)));
	}

	static double km(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
		double p1 = Math.toRadians(lat1.doubleValue()), p2 = Math.toRadians(lat2.doubleValue());
		double dp = p2 - p1, dl = Math.toRadians(lon2.doubleValue() - lon1.doubleValue());
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
