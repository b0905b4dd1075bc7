package cn.hezhang.supervision;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.CaseQueries;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.supervision.domain.Listing;
import cn.hezhang.supervision.domain.Listings;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervision module's public read API for other modules. */
@Service
@Transactional(readOnly = true)
public class SupervisionQueries {
	private final Listings listings;
	private final RegionDirectory regions;
	private final WaterbodyCatalog waterbodies;
	private final CaseQueries cases;
	private final SupervisionSettings settings;
	private final Clock clock;

	SupervisionQueries(Listings listings, RegionDirectory regions, WaterbodyCatalog waterbodies, CaseQueries cases,
			SupervisionSettings settings, Clock clock) {
		this.listings = listings;
		this.regions = regions;
		this.waterbodies = waterbodies;
		this.cases = cases;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The publicly listed cases (挂牌督办), newest first: every case listed now, and those lifted (closed) within the
	 * last {@code hezhang.supervision.public-delisted-days}. Nothing private: no reporter, unit staff, description
	 * or coordinates.
	 */
	public List<PublicListedCase> publiclyListedCases() {
		List<Listing> found = listings.findPublic(clock.instant().minus(Duration.ofDays(settings.publicDelistedDays())));
		Map<String, String> categoryNames = cases.categoryNames();
		Map<Long, String> bodyNames = new HashMap<>();
		List<PublicListedCase> out = new ArrayList<>(found.size());
		for (Listing l : found) {
			String body = l.waterBodyId() == null ? null : bodyNames.computeIfAbsent(l.waterBodyId(),
					id -> waterbodies.waterBody(id).map(WaterBodyView::name).orElse(null));
			out.add(new PublicListedCase(l.caseNo(), body, regionPath(l.regionCode()), l.category(),
					categoryNames.getOrDefault(l.category(), l.category()), l.listedAt(), l.deadline(),
					l.listed() ? ListingStatus.LISTED : ListingStatus.DELISTED));
		}
		return out;
	}

	/** "呼和浩特市赛罕区": the names below the autonomous region, top down. */
	String regionPath(String code) {
		List<RegionView> chain = new ArrayList<>(regions.selfAndAncestors(code));
		if (chain.isEmpty()) {
			return code;
		}
		StringBuilder name = new StringBuilder();
		for (int i = chain.size() - 1; i >= 0; i--) {
			if (chain.get(i).level() != AdminLevel.REGION || chain.size() == 1) {
				name.append(chain.get(i).name());
			}
		}
		return name.toString();
	}
}
