package cn.hezhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.hezhang.supervision.domain.Listing;
import cn.hezhang.supervision.domain.Listings;
import cn.hezhang.support.IntegrationTest;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract the public portal builds on: listed cases with public fields only. */
@IntegrationTest
class PublicListingIT {
	@Autowired
	SupervisionQueries queries;

	@Autowired
	Listings listings;

	@Autowired
	WaterbodyCatalog waterbodies;

	@Autowired
	Clock clock;

	@Test
	void aListedCaseShowsWithItsWaterBodyRegionAndCategoryAndALiftedOneAsDelisted() {
		Instant now = clock.instant();
		Long xhh = waterbodies.reachByCode("XHH-150105").orElseThrow().waterBodyId();
		String listedNo = "PL" + now.toEpochMilli();
		String liftedNo = "PX" + now.toEpochMilli();
		String oldNo = "PO" + now.toEpochMilli();
		long base = -now.toEpochMilli();
		listings.save(new Listing(base, listedNo, null, "150105", xhh, "OUTFALL", Listing.Reason.OVERDUE, "150100",
				now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(10))));
		Listing lifted = new Listing(base - 1, liftedNo, null, "150105104", null, "GARBAGE", Listing.Reason.REWORK,
				"150100", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(12)));
		lifted.delist(now.minus(Duration.ofDays(1)));
		listings.save(lifted);
		Listing old = new Listing(base - 2, oldNo, null, "150105", null, "GARBAGE", Listing.Reason.OVERDUE, "150100",
				now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(100)));
		old.delist(now.minus(Duration.ofDays(31)));
		listings.save(old);

		List<PublicListedCase> found = queries.publiclyListedCases();
		PublicListedCase listed = found.stream().filter(c -> c.caseNo().equals(listedNo)).findFirst().orElseThrow();
		assertThat(listed.waterBodyName()).isEqualTo("小黑河");
		assertThat(listed.regionName()).isEqualTo("呼和浩特市赛罕区");
		assertThat(listed.category()).isEqualTo("OUTFALL");
		assertThat(listed.categoryName()).isEqualTo("排污口");
		assertThat(listed.status()).isEqualTo(ListingStatus.LISTED);

		PublicListedCase delisted = found.stream().filter(c -> c.caseNo().equals(liftedNo)).findFirst().orElseThrow();
		assertThat(delisted.status()).isEqualTo(ListingStatus.DELISTED);
		assertThat(delisted.regionName()).isEqualTo("呼和浩特市赛罕区金河镇");
		assertThat(found).noneMatch(c -> c.caseNo().equals(oldNo));
		// newest listing first
		assertThat(found.indexOf(listed)).isLessThan(found.indexOf(delisted));
	}

	@Test
	void thePublicRecordCarriesNoPrivateField() {
		assertThat(Arrays.stream(PublicListedCase.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("caseNo", "waterBodyName", "regionName", "category", "categoryName", "listedAt", "deadline",
					"status");
	}
}
