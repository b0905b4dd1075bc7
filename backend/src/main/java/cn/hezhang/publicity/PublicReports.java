package cn.hezhang.publicity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.hezhang.casework.Actor;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.casework.PublicCaseQueries;
import cn.hezhang.casework.PublicCaseQueries.NearbyCase;
import cn.hezhang.casework.PublicCaseQueries.PublicCase;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.publicity.domain.Submission;
import cn.hezhang.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting a problem on the public portal and following it by its number. A report is checked (limits first,
 * then the form), enters the case workflow's triage with source PUBLIC and is counted for the limits — in one
 * transaction, so a refused report stores nothing.
 */
@Service
public class PublicReports {
	/** Cases whose number a citizen may follow; staff reports stay internal. */
	public static final Set<CaseSource> PUBLIC_SOURCES = Set.of(CaseSource.PUBLIC, CaseSource.OPEN311);
	static final String CLIENT_ID_PREFIX = "pub:";
	static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_\\-]{8,60}");
	static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

	private final CaseManagement cases;
	private final CaseQueries caseQueries;
	private final PublicCaseQueries publicCases;
	private final Locations locations;
	private final RateLimits limits;
	private final PublicitySettings settings;

	PublicReports(CaseManagement cases, CaseQueries caseQueries, PublicCaseQueries publicCases, Locations locations,
			RateLimits limits, PublicitySettings settings) {
		this.cases = cases;
		this.caseQueries = caseQueries;
		this.publicCases = publicCases;
		this.locations = locations;
		this.limits = limits;
		this.settings = settings;
	}

	@Transactional
	public ReportTicket submit(PublicReport report, Origin origin) {
		String clientId = report.clientId() == null || report.clientId().isBlank() ? null : report.clientId().trim();
		if (clientId != null && CLIENT_ID.matcher(clientId).matches()) {
			Optional<String> seen = caseQueries.idByClientId(CLIENT_ID_PREFIX + clientId).flatMap(publicCases::caseNo);
			if (seen.isPresent()) {
				return new ReportTicket(seen.get(), false);
			}
		}
		RateLimits.Keys keys = limits.keys(origin);
		limits.checkPortal(keys);

		PublicitySettings.Reports rules = settings.reports();
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (clientId != null && !CLIENT_ID.matcher(clientId).matches()) {
			errors.add(error("clientId", "8–60 位字母、数字、_ 或 - / 8 to 60 letters, digits, _ or -"));
		}
		if (report.category() == null || publicCases.publicCategories().stream().noneMatch(c -> c.code().equals(report.category()))) {
			errors.add(error("category", "请选择问题类别 / choose a category"));
		}
		if (report.description() == null || report.description().isBlank()) {
			errors.add(error("description", "请描述问题 / describe the problem"));
		}
		else if (report.description().trim().length() > rules.maxDescriptionLength()) {
			errors.add(error("description", "最多 %d 字 / at most %d characters".formatted(rules.maxDescriptionLength(),
					rules.maxDescriptionLength())));
		}
		if (report.lat() == null) {
			errors.add(error("lat", "请在地图上标出位置或允许定位 / pin the place on the map or share your position"));
		}
		if (report.lon() == null) {
			errors.add(error("lon", "请在地图上标出位置或允许定位 / pin the place on the map or share your position"));
		}
		if (report.address() != null && report.address().trim().length() > 200) {
			errors.add(error("address", "最多 200 字 / at most 200 characters"));
		}
		if (report.name() != null && report.name().trim().length() > 32) {
			errors.add(error("name", "最多 32 字 / at most 32 characters"));
		}
		if (report.phone() != null && !report.phone().isBlank() && !PHONE.matcher(report.phone().trim()).matches()) {
			errors.add(error("phone", "请填写有效的电话号码 / enter a valid phone number"));
		}
		List<PhotoUpload> photos = report.photos() == null ? List.of() : report.photos();
		checkPhotos(photos, rules, errors);
		Locations.Place place = locations.resolve(report.waterBodyId(), report.reachId(), report.lat(), report.lon(),
				"waterBodyId", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Long caseId = cases.report(new ReportCommand(CaseSource.PUBLIC, clientId == null ? null : CLIENT_ID_PREFIX + clientId,
				place.waterBodyId(), place.reachId(), place.regionCode(), report.category(), report.description().trim(),
				report.lat(), report.lon(), blankToNull(report.address()),
				new Reporter(null, blankToNull(report.name()), blankToNull(report.phone()), null), photos),
				Actor.publicReporter(), null);
		limits.record(Submission.Channel.PORTAL, keys, null, caseId);
		return new ReportTicket(publicCases.caseNo(caseId).orElseThrow(), true);
	}

	static void checkPhotos(List<PhotoUpload> photos, PublicitySettings.Reports rules,
			List<InvalidInputException.FieldError> errors) {
		if (photos.size() > rules.maxPhotos()) {
			errors.add(error("photos", "最多 %d 张照片 / at most %d photos".formatted(rules.maxPhotos(), rules.maxPhotos())));
			return;
		}
		for (int i = 0; i < photos.size(); i++) {
			byte[] content = photos.get(i).content();
			if (content != null && content.length > rules.maxPhotoSize().toBytes()) {
				errors.add(error("photos[" + i + "]", "照片不得超过 %d MB / at most %d MB".formatted(rules.maxPhotoSize().toMegabytes(),
						rules.maxPhotoSize().toMegabytes())));
			}
		}
	}

	/** The number of the case a portal client id created, if any (a resend that raced the first send). */
	public Optional<String> caseNoByClientId(String clientId) {
		return clientId == null || clientId.isBlank() ? Optional.empty()
				: caseQueries.idByClientId(CLIENT_ID_PREFIX + clientId.trim()).flatMap(publicCases::caseNo);
	}

	/** The status page of a public report (404 for unknown numbers and for cases that staff reported). */
	public Optional<PublicCase> status(String caseNo) {
		return publicCases.byCaseNo(caseNo, PUBLIC_SOURCES);
	}

	/** "Is this the same problem?": open cases of the category near the point. */
	public List<NearbyCase> nearby(String category, BigDecimal lat, BigDecimal lon) {
		return publicCases.nearbyOpen(category, lat, lon, settings.reports().nearbyRadiusMeters(), 10);
	}

	static InvalidInputException.FieldError error(String field, String message) {
		return new InvalidInputException.FieldError(field, message);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
