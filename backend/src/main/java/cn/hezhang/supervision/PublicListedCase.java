package cn.hezhang.supervision;

import java.time.Instant;

/**
 * A case under public listing (挂牌督办) as the public portal may show it: no reporter, unit person, description or
 * location details. {@code category} is the category code, {@code categoryName} its Chinese name;
 * {@code regionName} reads like "呼和浩特市赛罕区"; {@code deadline} is the rectification deadline that was missed.
 */
public record PublicListedCase(String caseNo, String waterBodyName, String regionName, String category,
		String categoryName, Instant listedAt, Instant deadline, ListingStatus status) {
}
