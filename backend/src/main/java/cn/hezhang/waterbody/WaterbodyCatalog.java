package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.DataScope;
import cn.hezhang.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The water-body registry's public API. */
@Service
@Transactional(readOnly = true)
public class WaterbodyCatalog {
	private final WaterBodies waterBodies;
	private final Reaches reaches;
	private final RegionDirectory regions;
	private final Clock clock;

	WaterbodyCatalog(WaterBodies waterBodies, Reaches reaches, RegionDirectory regions, Clock clock) {
		this.waterBodies = waterBodies;
		this.reaches = reaches;
		this.regions = regions;
		this.clock = clock;
	}

	public Optional<WaterBodyView> waterBody(Long id) {
		return id == null ? Optional.empty() : waterBodies.findById(id).map(WaterBody::view);
	}

	public Optional<WaterBodyView> waterBodyByCode(String code) {
		return waterBodies.findByCode(code).map(WaterBody::view);
	}

	public Optional<ReachView> reach(Long id) {
		return id == null ? Optional.empty() : reaches.findById(id).map(this::view);
	}

	public Optional<ReachView> reachByCode(String code) {
		return reaches.findByCode(code).map(this::view);
	}

	/** Water bodies visible in a scope (a unit sees them all: it works wherever it is assigned). */
	public PageResult<WaterBodyView> waterBodies(DataScope scope, String q, int page, int size) {
		String prefix = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "";
		String query = q == null || q.isBlank() ? null : q.trim();
		return PageResult.of(waterBodies.findInScope(prefix, query, PageRequest.of(page, size)).map(WaterBody::view));
	}

	public List<ReachView> reaches(Long waterBodyId) {
		return reaches.findByWaterBodyIdOrderByCode(waterBodyId).stream().map(this::view).toList();
	}

	/** The reaches located in a region subtree (region-code prefix; "" for all), by code. */
	public List<ReachView> reachesInRegion(String regionPrefix) {
		return reaches.findByRegionCodeStartingWithOrderByCode(regionPrefix == null ? "" : regionPrefix).stream()
			.map(this::view).toList();
	}

	@Transactional
	public WaterBodyView registerWaterBody(String code, String name, String nameEn, WaterBodyType type, String basin,
			String regionCode, BigDecimal lengthKm, BigDecimal areaKm2, String targetClass, String description) {
		regions.get(regionCode);
		return waterBodies.findByCode(code).orElseGet(() -> waterBodies.save(new WaterBody(code, name, nameEn, type, basin,
				regionCode, lengthKm, areaKm2, targetClass, description, clock.instant()))).view();
	}

	@Transactional
	public ReachView registerReach(Long waterBodyId, String code, String name, String regionCode, String startPoint,
			String endPoint, BigDecimal lengthKm, BigDecimal centerLat, BigDecimal centerLon, String geometry) {
		regions.get(regionCode);
		return reaches.findByCode(code)
			.orElseGet(() -> reaches.save(new Reach(waterBodyId, code, name, regionCode, startPoint, endPoint, lengthKm,
					centerLat, centerLon, geometry, clock.instant())))
			.view(waterBodies.findById(waterBodyId).orElse(null), regionName(regionCode));
	}

	private ReachView view(Reach r) {
		return r.view(waterBodies.findById(r.waterBodyId()).orElse(null), regionName(r.regionCode()));
	}

	private String regionName(String code) {
		return regions.find(code).map(RegionView::name).orElse(null);
	}
}
