package cn.hezhang.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.hezhang.casework.Actor;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.CaseworkSettings;
import cn.hezhang.casework.PublicCaseQueries;
import cn.hezhang.casework.PublicCaseQueries.PublicCase;
import cn.hezhang.casework.PublicCaseQueries.PublicCaseFilter;
import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.publicity.domain.Open311Ticket;
import cn.hezhang.publicity.domain.Open311Tickets;
import cn.hezhang.publicity.domain.Submission;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service requests of the Open311 GeoReport v2 API: a third-party app posts a problem (a case with source OPEN311)
 * and anyone follows the public cases. Errors are the shared exceptions (400 InvalidInput, 404 NotFound, 429); the
 * web layer writes them in the specification's format.
 */
@Service
public class Open311Requests {
	public static final String ATTR_WATER_BODY = "water_body";
	public static final String ATTR_REACH = "reach";
	static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/][^>]*>");
	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final CaseManagement cases;
	private final PublicCaseQueries publicCases;
	private final WaterbodyCatalog catalog;
	private final Locations locations;
	private final RateLimits limits;
	private final ApiKeys keys;
	private final Open311Tickets tickets;
	private final CaseworkSettings casework;
	private final PublicitySettings settings;
	private final Clock clock;

	Open311Requests(CaseManagement cases, PublicCaseQueries publicCases, WaterbodyCatalog catalog, Locations locations,
			RateLimits limits, ApiKeys keys, Open311Tickets tickets, CaseworkSettings casework,
			PublicitySettings settings, Clock clock) {
		this.cases = cases;
		this.publicCases = publicCases;
		this.catalog = catalog;
		this.locations = locations;
		this.limits = limits;
		this.keys = keys;
		this.tickets = tickets;
		this.casework = casework;
		this.settings = settings;
		this.clock = clock;
	}

	/** The arguments of POST requests; {@code attributes} by code (multivaluelist values as several entries). */
	public record Post(String serviceCode, BigDecimal lat, BigDecimal lon, String addressString, String addressId,
			Map<String, List<String>> attributes, String email, String deviceId, String accountId, String firstName,
			String lastName, String phone, String description, String mediaUrl) {
	}

	public record Created(String serviceRequestId, String token, String serviceNotice) {
	}

	/** A page of public requests ({@code ids} non-empty overrides every other filter). */
	public record Query(List<String> ids, List<String> serviceCodes, Open311Window window, Boolean open, int page,
			int pageSize) {
	}

	public List<PublicCategory> services() {
		return publicCases.publicCategories();
	}

	public Optional<PublicCategory> service(String code) {
		return services().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	@Transactional
	public Created create(Post post, ApiKeyView app, Origin origin) {
		RateLimits.Keys fingerprint = limits.keys(new Origin(origin == null ? null : origin.address(), post.deviceId()));
		limits.checkOpen311(app.id(), fingerprint);
		if (post.serviceCode() == null || post.serviceCode().isBlank()) {
			throw new InvalidInputException("service_code", "service_code 必填 / service_code is required");
		}
		PublicCategory service = service(post.serviceCode().trim())
			.orElseThrow(() -> new NotFoundException("service_code 不存在 / unknown service_code: " + post.serviceCode()));

		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		Map<String, List<String>> attributes = post.attributes() == null ? Map.of() : post.attributes();
		Long waterBodyId = null;
		String waterBodyCode = first(attributes.get(ATTR_WATER_BODY));
		if (waterBodyCode != null) {
			waterBodyId = catalog.waterBodyByCode(waterBodyCode).map(WaterBodyView::id).orElse(null);
			if (waterBodyId == null) {
				errors.add(new InvalidInputException.FieldError("attribute[water_body]", "水体编码不存在 / unknown water body code"));
			}
		}
		ReachView reach = null;
		String reachCode = first(attributes.get(ATTR_REACH));
		if (reachCode != null) {
			reach = catalog.reachByCode(reachCode).orElse(null);
			if (reach == null) {
				errors.add(new InvalidInputException.FieldError("attribute[reach]", "河段编码不存在 / unknown reach code"));
			}
		}
		BigDecimal lat = post.lat(), lon = post.lon();
		if ((lat == null) != (lon == null)) {
			errors.add(new InvalidInputException.FieldError(lat == null ? "lat" : "long", "lat 与 long 须同时提供 / give both lat and long"));
		}
		else if (lat == null) {
			if (reach != null && reach.centerLat() != null) {
				lat = reach.centerLat();
				lon = reach.centerLon();
			}
			else if (reachCode == null) {
				errors.add(new InvalidInputException.FieldError("lat", "需要位置: lat 和 long, 或 attribute[reach] (本系统不解析地址) / a location is required: lat and long, or attribute[reach] (addresses are not geocoded)"));
			}
		}
		String description = post.description() == null || post.description().isBlank()
				? service.nameZh() + " (未填写描述 / no description)" : post.description().trim();
		if (description.length() > 4000) {
			errors.add(new InvalidInputException.FieldError("description", "最多 4000 字 / at most 4000 characters"));
		}
		else if (HTML.matcher(description).find()) {
			errors.add(new InvalidInputException.FieldError("description", "不得包含 HTML / no HTML"));
		}
		String email = PublicReports.blankToNull(post.email());
		if (email != null && (email.length() > 128 || !EMAIL.matcher(email).matches())) {
			errors.add(new InvalidInputException.FieldError("email", "电子邮箱无效 / invalid e-mail"));
		}
		String phone = PublicReports.blankToNull(post.phone());
		if (phone != null && !PublicReports.PHONE.matcher(phone).matches()) {
			errors.add(new InvalidInputException.FieldError("phone", "电话号码无效 / invalid phone number"));
		}
		String name = PublicReports.blankToNull(String.join(" ", nonNull(post.firstName()), nonNull(post.lastName())).trim());
		if (name != null && name.length() > 64) {
			errors.add(new InvalidInputException.FieldError("first_name", "姓名最多 64 字 / name at most 64 characters"));
		}
		if (post.deviceId() != null && post.deviceId().length() > 64) {
			errors.add(new InvalidInputException.FieldError("device_id", "最多 64 字 / at most 64 characters"));
		}
		String mediaUrl = PublicReports.blankToNull(post.mediaUrl());
		if (mediaUrl != null && (mediaUrl.length() > 1000 || !mediaUrl.matches("(?i)https?://\\S+"))) {
			errors.add(new InvalidInputException.FieldError("media_url", "须为 http(s) 链接 / must be an http(s) URL"));
		}
		String address = PublicReports.blankToNull(post.addressString());
		if (address != null && address.length() > 200) {
			errors.add(new InvalidInputException.FieldError("address_string", "最多 200 字 / at most 200 characters"));
		}
		Locations.Place place = errors.isEmpty()
				? locations.resolve(waterBodyId, reach == null ? null : reach.id(), lat, lon, "attribute[water_body]", errors)
				: null;
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Long caseId = cases.report(new ReportCommand(CaseSource.OPEN311, null, place.waterBodyId(), place.reachId(),
				place.regionCode(), service.code(), description, lat, lon, address, new Reporter(null, name, phone, email),
				List.of()), new Actor(null, "Open311 · " + app.name(), "PUBLIC"), null);
		String caseNo = publicCases.caseNo(caseId).orElseThrow();
		String token = UUID.randomUUID().toString();
		tickets.save(new Open311Ticket(token, caseId, caseNo, app.id(), mediaUrl, clock.instant()));
		limits.record(Submission.Channel.OPEN311, fingerprint, app.id(), caseId);
		keys.markUsed(app.id());
		return new Created(caseNo, token, "已收到, 河长办将在 %d 个工作日内受理 / received; the river-chief office triages it within %d working day(s)"
			.formatted(casework.triageWorkingDays(), casework.triageWorkingDays()));
	}

	@Transactional(readOnly = true)
	public PageResult<PublicCase> list(Query query) {
		return publicCases.list(new PublicCaseFilter(PublicReports.PUBLIC_SOURCES, query.ids(), query.serviceCodes(), null,
				query.window() == null ? null : query.window().from(), query.window() == null ? null : query.window().to(),
				query.open()), query.page(), query.pageSize());
	}

	@Transactional(readOnly = true)
	public Optional<PublicCase> find(String serviceRequestId) {
		return publicCases.byCaseNo(serviceRequestId, PublicReports.PUBLIC_SOURCES);
	}

	/** The request id a token stands for (tokens are issued by our POST only). */
	@Transactional(readOnly = true)
	public Optional<String> byToken(String token) {
		return token == null ? Optional.empty() : tickets.findByToken(token.trim()).map(Open311Ticket::caseNo);
	}

	/** The media_url each app gave with its request, by request id. */
	@Transactional(readOnly = true)
	public Map<String, String> mediaUrls(Collection<String> caseNos) {
		Map<String, String> urls = new HashMap<>();
		if (!caseNos.isEmpty()) {
			tickets.findByCaseNoIn(caseNos).forEach(t -> {
				if (t.mediaUrl() != null) {
					urls.put(t.caseNo(), t.mediaUrl());
				}
			});
		}
		return urls;
	}

	private static String first(List<String> values) {
		return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).findFirst()
			.orElse(null);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s.trim();
	}
}
