package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.DataScope;
import cn.hezhang.shared.PageResult;
import cn.hezhang.waterbody.RegistryViews.ChiefPost;
import cn.hezhang.waterbody.RegistryViews.PublicAppointedChief;
import cn.hezhang.waterbody.RegistryViews.SignboardChief;
import cn.hezhang.waterbody.RegistryViews.SignboardView;
import cn.hezhang.waterbody.domain.ChiefAppointment;
import cn.hezhang.waterbody.domain.ChiefAppointments;
import cn.hezhang.waterbody.domain.Signboard;
import cn.hezhang.waterbody.domain.Signboards;
import org.springframework.beans.factory.annotation.Value;
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
	private final Signboards signboards;
	private final ChiefAppointments appointments;
	private final String publicBaseUrl;

	WaterbodyCatalog(WaterBodies waterBodies, Reaches reaches, RegionDirectory regions, Clock clock,
			Signboards signboards, ChiefAppointments appointments,
			@Value("${hezhang.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.waterBodies = waterBodies;
		this.reaches = reaches;
		this.regions = regions;
		this.clock = clock;
		this.signboards = signboards;
		this.appointments = appointments;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	/** The public page a water body's signboards point to (their QR code). */
	public String publicUrl(String waterBodyCode) {
		return publicBaseUrl + "/public/waterbodies/" + waterBodyCode;
	}

	/**
	 * The signboards of a water body as they stand by the water, for the public portal: chiefs' names, posts and
	 * the phone the board shows (office phones; a mobile only where the board itself shows it).
	 */
	public List<SignboardView> signboardsOf(String waterBodyCode) {
		return waterBodies.findByCode(waterBodyCode).map(b -> signboardViews(b)).orElse(List.of());
	}

	/** The current chiefs of every water body (active appointments), by water body id, for the public portal. */
	public Map<Long, List<PublicAppointedChief>> currentChiefs() {
		Map<Long, List<PublicAppointedChief>> byBody = new HashMap<>();
		for (ChiefAppointment a : appointments.findByActiveTrueOrderByIdAsc()) {
			byBody.computeIfAbsent(a.waterBodyId(), k -> new ArrayList<>()).add(new PublicAppointedChief(a.waterBodyId(),
					a.reachId(), a.role(), a.personName(), a.post(), a.regionCode()));
		}
		return byBody;
	}

	/** The water bodies and reaches a person is currently chief of (appointments linked to his account). */
	public List<ChiefPost> currentPostsOf(String username) {
		if (username == null) {
			return List.of();
		}
		List<ChiefPost> posts = new ArrayList<>();
		for (ChiefAppointment a : appointments.findByUsernameAndActiveTrueOrderByIdAsc(username)) {
			String bodyName = waterBodies.findById(a.waterBodyId()).map(WaterBody::name).orElse(null);
			String reachName = a.reachId() == null ? null : reaches.findById(a.reachId()).map(Reach::name).orElse(null);
			posts.add(new ChiefPost(a.waterBodyId(), bodyName, a.reachId(), reachName, a.role()));
		}
		return posts;
	}

	List<SignboardView> signboardViews(WaterBody body) {
		return signboards.findByWaterBodyIdOrderByBoardNo(body.id()).stream().map(s -> signboardView(body, s)).toList();
	}

	SignboardView signboardView(WaterBody body, Signboard s) {
		List<ChiefAppointment> current = appointments.findByWaterBodyIdAndActiveTrueOrderByIdAsc(body.id());
		Reach reach = s.reachId() == null ? null : reaches.findById(s.reachId()).orElse(null);
		List<SignboardChief> chiefs = new ArrayList<>();
		for (ChiefAppointment a : current) {
			// a reach's board shows the whole water body's chiefs and that reach's; a lake-wide board all of them
			if (reach != null && a.reachId() != null && !a.reachId().equals(reach.id())) {
				continue;
			}
			String reachName = a.reachId() == null ? null
					: reaches.findById(a.reachId()).map(Reach::name).orElse(null);
			String phone = s.showMobile() && a.mobile() != null ? a.mobile() : a.officePhone();
			chiefs.add(new SignboardChief(a.role().label(body.type()), a.personName(), a.post(), phone, reachName));
		}
		chiefs.sort(java.util.Comparator.comparing(c -> c.reachName() == null ? "" : c.reachName()));
		return new SignboardView(s.id(), body.id(), body.code(), body.name(), s.reachId(),
				reach == null ? null : reach.name(), s.boardNo(), s.place(), s.lat(), s.lon(), chiefs, s.duties(),
				s.targets(), s.hotline(), s.officePhone(), s.showMobile(), publicUrl(body.code()));
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

	boolean regionExists(String code) {
		return regions.find(code).isPresent();
	}

	private ReachView view(Reach r) {
		return r.view(waterBodies.findById(r.waterBodyId()).orElse(null), regionName(r.regionCode()));
	}

	private String regionName(String code) {
		return regions.find(code).map(RegionView::name).orElse(null);
	}
}
