package cn.hezhang.publicity;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.hezhang.casework.PublicCaseQueries;
import cn.hezhang.casework.PublicCaseQueries.PublicCase;
import cn.hezhang.casework.PublicCaseQueries.PublicCaseFilter;
import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.security.UserDirectory.UserSummary;
import cn.hezhang.shared.PageResult;
import cn.hezhang.supervision.PublicListedCase;
import cn.hezhang.supervision.SupervisionQueries;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.RegistryViews.PublicAppointedChief;
import cn.hezhang.waterbody.WaterbodyCatalog;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import org.springframework.stereotype.Service;

/** What the public portal shows without login: the water bodies with their reaches, and a water body's page. */
@Service
public class PublicPortal {
	private final ReachLocator locator;
	private final PublicCaseQueries publicCases;
	private final RegionDirectory regions;
	private final SupervisionQueries supervision;
	private final UserDirectory users;
	private final WaterbodyCatalog catalog;

	PublicPortal(ReachLocator locator, PublicCaseQueries publicCases, RegionDirectory regions,
			SupervisionQueries supervision, UserDirectory users, WaterbodyCatalog catalog) {
		this.locator = locator;
		this.publicCases = publicCases;
		this.regions = regions;
		this.supervision = supervision;
		this.users = users;
		this.catalog = catalog;
	}

	/**
	 * A chief as a signboard names him: name, post and the region he heads. Never a phone or an e-mail (the
	 * signboard's number is the supervision hotline 12369).
	 */
	public record PublicChief(String name, String post, String regionCode, String regionName) {
	}

	public record PublicReach(Long id, String code, String name, String regionCode, String regionName,
			String startPoint, String endPoint, BigDecimal lengthKm, BigDecimal centerLat, BigDecimal centerLon,
			String geometry) {
	}

	public record PublicWaterBody(Long id, String code, String name, String nameEn, WaterBodyType type, String basin,
			String regionCode, String regionName, BigDecimal lengthKm, BigDecimal areaKm2, String targetClass,
			String description, List<PublicReach> reaches, List<PublicChief> chiefs) {
	}

	/** A water body's public page (the target of its signboards' QR codes). */
	public record WaterBodyPage(PublicWaterBody waterBody, List<PublicCase> recentReports) {
	}

	public record NearestReach(PublicReach reach, Long waterBodyId, String waterBodyCode, String waterBodyName,
			double distanceKm) {
	}

	/** The categories citizens may report. */
	public List<PublicCategory> categories() {
		return publicCases.publicCategories();
	}

	/** Every active category, to name a case's category. */
	public List<PublicCategory> allCategories() {
		return publicCases.categories();
	}

	/** Water bodies for the map and the list; {@code q} matches name or code; {@code regionCode} its subtree. */
	public PageResult<PublicWaterBody> waterBodies(String q, WaterBodyType type, String regionCode, int page, int size) {
		String query = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
		String prefix = regionCode == null || regionCode.isBlank() ? null
				: regions.find(regionCode.trim()).map(RegionView::scopePrefix).orElse(regionCode.trim());
		List<ReachLocator.Body> matching = locator.bodies().stream()
			.filter(b -> type == null || b.body().type() == type)
			.filter(b -> query == null || b.body().name().toLowerCase(Locale.ROOT).contains(query)
					|| b.body().code().toLowerCase(Locale.ROOT).contains(query))
			.filter(b -> prefix == null || b.body().regionCode().startsWith(prefix)
					|| b.reaches().stream().anyMatch(r -> r.regionCode().startsWith(prefix)))
			.toList();
		Chiefs chiefs = chiefs();
		List<PublicWaterBody> items = matching.stream().skip((long) page * size).limit(size).map(b -> view(b, chiefs)).toList();
		return new PageResult<>(items, matching.size(), page, size);
	}

	public Optional<WaterBodyPage> waterBody(String code) {
		return locator.byCode(code).map(b -> new WaterBodyPage(view(b, chiefs()),
				publicCases.list(new PublicCaseFilter(PublicReports.PUBLIC_SOURCES, null, null, b.body().id(), null, null,
						null), 0, 10).items()));
	}

	public Optional<NearestReach> nearestReach(BigDecimal lat, BigDecimal lon) {
		return locator.nearest(lat, lon, null).map(l -> {
			WaterBodyView body = locator.bodies().stream().map(ReachLocator.Body::body)
				.filter(b -> b.id().equals(l.reach().waterBodyId())).findFirst().orElse(null);
			return new NearestReach(reach(l.reach()), l.reach().waterBodyId(), body == null ? null : body.code(),
					l.reach().waterBodyName(), Math.round(l.distanceKm() * 10) / 10.0);
		});
	}

	/** The cases under public listing (挂牌督办) and those delisted lately, newest first. */
	public List<PublicListedCase> listedCases() {
		return supervision.publiclyListedCases();
	}

	private PublicWaterBody view(ReachLocator.Body b, Chiefs chiefs) {
		WaterBodyView w = b.body();
		return new PublicWaterBody(w.id(), w.code(), w.name(), w.nameEn(), w.type(), w.basin(), w.regionCode(),
				regions.find(w.regionCode()).map(RegionView::name).orElse(null), w.lengthKm(), w.areaKm2(),
				w.targetClass(), w.description(), b.reaches().stream().map(PublicPortal::reach).toList(),
				chiefsOf(b, chiefs));
	}

	/**
	 * The chiefs of a water body as its signboards name them: its current appointments (issue 3's roster: the body's
	 * own chiefs and those of its reaches), higher levels first. A water body nobody has been appointed to yet falls
	 * back to the chief accounts heading the regions its reaches lie in, so that a new installation's portal is not
	 * blank before the roster is entered.
	 */
	static List<PublicChief> chiefsOf(ReachLocator.Body b, Chiefs chiefs) {
		List<PublicChief> appointed = chiefs.appointed().getOrDefault(b.body().id(), List.of()).stream()
			.map(a -> new PublicChief(a.personName(),
					a.post() == null || a.post().isBlank() ? a.role().label(b.body().type()) : a.post(),
					a.regionCode(), chiefs.regionName().apply(a.regionCode())))
			.toList();
		List<PublicChief> found = !appointed.isEmpty() ? appointed
				: b.reaches().stream().map(ReachView::regionCode).distinct()
					.flatMap(code -> chiefs.accountsByRegion().getOrDefault(code, List.of()).stream())
					.toList();
		return found.stream().distinct()
			.sorted(Comparator.comparingInt((PublicChief c) -> c.regionCode().length()).thenComparing(PublicChief::regionCode))
			.toList();
	}

	/** What naming the chiefs of a page of water bodies needs, read once per request. */
	record Chiefs(Map<Long, List<PublicAppointedChief>> appointed, Map<String, List<PublicChief>> accountsByRegion,
			java.util.function.Function<String, String> regionName) {
	}

	private Chiefs chiefs() {
		Map<String, List<PublicChief>> accounts = users.withRole(Role.CHIEF).stream().filter(u -> u.regionCode() != null)
			.sorted(Comparator.comparing(UserSummary::id))
			.map(u -> new PublicChief(u.displayName(), u.post(), u.regionCode(),
					regions.find(u.regionCode()).map(RegionView::name).orElse(null)))
			.collect(Collectors.groupingBy(PublicChief::regionCode, Collectors.toList()));
		return new Chiefs(catalog.currentChiefs(), accounts, code -> regions.find(code).map(RegionView::name).orElse(null));
	}

	static PublicReach reach(ReachView r) {
		return new PublicReach(r.id(), r.code(), r.name(), r.regionCode(), r.regionName(), r.startPoint(), r.endPoint(),
				r.lengthKm(), r.centerLat(), r.centerLon(), r.geometry());
	}
}
