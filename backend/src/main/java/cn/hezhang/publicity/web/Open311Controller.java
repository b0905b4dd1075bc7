package cn.hezhang.publicity.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.PublicCaseQueries.PublicCase;
import cn.hezhang.casework.PublicCaseQueries.PublicCategory;
import cn.hezhang.casework.PublicCaseQueries.PublicNote;
import cn.hezhang.publicity.ApiKeyView;
import cn.hezhang.publicity.ApiKeys;
import cn.hezhang.publicity.Open311Requests;
import cn.hezhang.publicity.Open311Window;
import cn.hezhang.publicity.Origin;
import cn.hezhang.publicity.PublicPortal;
import cn.hezhang.publicity.PublicitySettings;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (open311.github.io/GeoReport/v2): discovery, services, service definitions, requests and
 * tokens, each as {@code .xml} and {@code .json}. Services are the public issue categories; a request is a case
 * from the public (portal or Open311); {@code status} is open/closed with the finer state in
 * {@code status_notes}, {@code agency_responsible} the assigned unit, {@code expected_datetime} the deadline.
 */
@RestController
@RequestMapping("/open311/v2")
@Tag(name = "open311", description = "Open311 GeoReport v2 (XML and JSON)")
class Open311Controller {
	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	private final Open311Requests requests;
	private final PublicPortal portal;
	private final ApiKeys keys;
	private final ClientAddresses addresses;
	private final PublicitySettings settings;
	private final ObjectMapper json;
	private final Clock clock;

	Open311Controller(Open311Requests requests, PublicPortal portal, ApiKeys keys, ClientAddresses addresses,
			PublicitySettings settings, ObjectMapper json, Clock clock) {
		this.requests = requests;
		this.portal = portal;
		this.keys = keys;
		this.addresses = addresses;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/discovery.{format}")
	@Operation(summary = "Service discovery: the endpoint, its formats and where to get an api_key")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Open311Format f = format(format);
		PublicitySettings.Open311 o = settings.open311();
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", SPECIFICATION);
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
		endpoint.put("changeset", o.changeset());
		endpoint.put("type", o.endpointType());
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("changeset", o.changeset());
		body.put("contact", o.contact());
		body.put("key_service", o.keyService());
		body.put("endpoints", List.of(endpoint));
		return f.answer(200, "discovery", body, json);
	}

	@GetMapping("/services.{format}")
	@Operation(summary = "Service list: the public issue categories")
	ResponseEntity<String> services(@PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		List<Map<String, Object>> services = requests.services().stream().map(s -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("service_code", s.code());
			m.put("service_name", s.nameZh());
			m.put("description", s.nameZh() + " / " + s.nameEn());
			m.put("metadata", true);
			m.put("type", "realtime");
			m.put("keywords", String.join(",", s.code().toLowerCase(java.util.Locale.ROOT), s.nameEn()));
			m.put("group", "河湖问题 / river and lake problems");
			return m;
		}).toList();
		return f.answer(200, "services", services, json);
	}

	@GetMapping("/services/{code}.{format}")
	@Operation(summary = "Service definition: the attributes a request of this service may carry")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		PublicCategory service = requests.service(code)
			.orElseThrow(() -> new Open311Exception(404, "service_code 不存在 / unknown service_code: " + code));
		List<Map<String, Object>> values = portal.waterBodies(null, null, null, 0, 10_000).items().stream().map(b -> {
			Map<String, Object> v = new LinkedHashMap<>();
			v.put("key", b.code());
			v.put("name", b.name());
			return (Map<String, Object>) v;
		}).toList();
		Map<String, Object> waterBody = attribute(Open311Requests.ATTR_WATER_BODY, "singlevaluelist", false, 1,
				"水体 (可选; 不填则按位置取最近的河段) / water body (optional; else the nearest reach to lat/long)",
				"水体编码 / water body code", values);
		Map<String, Object> reach = attribute(Open311Requests.ATTR_REACH, "string", false, 2,
				"河段编码 (可选; 无 lat/long 时以河段中心为位置) / reach code (optional; without lat/long its centre is the location)",
				"河段编码, 见 /api/public/waterbodies / reach code, see /api/public/waterbodies", null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("service_code", service.code());
		body.put("attributes", List.of(waterBody, reach));
		return f.answer(200, "service_definition", body, json);
	}

	private static Map<String, Object> attribute(String code, String datatype, boolean required, int order,
			String description, String datatypeDescription, List<Map<String, Object>> values) {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("variable", true);
		a.put("code", code);
		a.put("datatype", datatype);
		a.put("required", required);
		a.put("datatype_description", datatypeDescription);
		a.put("order", order);
		a.put("description", description);
		if (values != null) {
			a.put("values", values);
		}
		return a;
	}

	@PostMapping("/requests.{format}")
	@Operation(summary = "Create a request (api_key required): a case with source OPEN311 in the office's triage")
	ResponseEntity<String> create(@PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		ApiKeyView app = keys.authenticate(request.getParameter("api_key"))
			.orElseThrow(() -> new Open311Exception(403, "api_key 缺失、无效或已吊销 / api_key missing, invalid or revoked"));
		Map<String, List<String>> attributes = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith("attribute[") && name.contains("]")) {
				String code = name.substring("attribute[".length(), name.indexOf(']'));
				attributes.computeIfAbsent(code, k -> new ArrayList<>()).addAll(Arrays.asList(values));
			}
		});
		Open311Requests.Post post = new Open311Requests.Post(param(request, "service_code"), decimal(request, "lat"),
				decimal(request, "long"), param(request, "address_string"), param(request, "address_id"), attributes,
				param(request, "email"), param(request, "device_id"), param(request, "account_id"),
				param(request, "first_name"), param(request, "last_name"), param(request, "phone"),
				param(request, "description"), param(request, "media_url"));
		Open311Requests.Created created = requests.create(post, app, new Origin(addresses.of(request), null));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", created.serviceRequestId());
		answer.put("token", created.token());
		answer.put("service_notice", created.serviceNotice());
		answer.put("account_id", null);
		return f.answer(201, "service_requests", List.of(answer), json);
	}

	@GetMapping("/requests.{format}")
	@Operation(summary = "Public requests: by id list, or by service_code, start_date/end_date (≤ 90 days, default the last 90) and status; page/page_size (≤ 1000)")
	ResponseEntity<String> list(@PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		List<String> ids = list(param(request, "service_request_id"));
		int pageSize = integer(request, "page_size", settings.open311().maxPageSize());
		if (pageSize < 1 || pageSize > settings.open311().maxPageSize()) {
			throw new Open311Exception(400, "page_size: 1–%d".formatted(settings.open311().maxPageSize()));
		}
		int page = integer(request, "page", 1);
		if (page < 1) {
			throw new Open311Exception(400, "page: ≥ 1");
		}
		Open311Requests.Query query;
		if (!ids.isEmpty()) {
			query = new Open311Requests.Query(ids, null, null, null, 0, settings.open311().maxPageSize());
		}
		else {
			Instant start = datetime(request, "start_date"), end = datetime(request, "end_date");
			Open311Window window = Open311Window.resolve(start, end, clock.instant(), settings.open311().window());
			query = new Open311Requests.Query(null, list(param(request, "service_code")), window, status(request), page - 1,
					pageSize);
		}
		PageResult<PublicCase> found = requests.list(query);
		boolean extensions = "true".equalsIgnoreCase(param(request, "extensions"));
		return f.answer(200, "service_requests", answers(found.items(), extensions), json);
	}

	@GetMapping("/requests/{id}.{format}")
	@Operation(summary = "One request by its id (the case number)")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		PublicCase c = requests.find(id)
			.orElseThrow(() -> new Open311Exception(404, "service_request_id 不存在 / unknown service_request_id: " + id));
		boolean extensions = "true".equalsIgnoreCase(param(request, "extensions"));
		return f.answer(200, "service_requests", answers(List.of(c), extensions), json);
	}

	@GetMapping("/tokens/{token}.{format}")
	@Operation(summary = "The request id a token of POST requests stands for")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
		Open311Format f = format(format);
		jurisdiction(request);
		String id = requests.byToken(token)
			.orElseThrow(() -> new Open311Exception(404, "token 不存在 / unknown token: " + token));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", id);
		answer.put("token", token);
		return f.answer(200, "service_requests", List.of(answer), json);
	}

	/** Anything else under the endpoint: the specification's 404, not the app's page. */
	@RequestMapping("/**")
	ResponseEntity<String> unknown(HttpServletRequest request) {
		throw new Open311Exception(404, "未知的方法 / unknown method: " + request.getRequestURI());
	}

	// ---------------------------------------------------------------- answers

	private List<Map<String, Object>> answers(List<PublicCase> cases, boolean extensions) {
		Map<String, PublicCategory> categories = portalCategories();
		Map<String, String> media = requests.mediaUrls(cases.stream().map(PublicCase::caseNo).toList());
		return cases.stream().map(c -> {
			Map<String, Object> r = new LinkedHashMap<>();
			PublicCategory category = categories.get(c.category());
			r.put("service_request_id", c.caseNo());
			r.put("status", c.open() ? "open" : "closed");
			r.put("status_notes", statusNotes(c));
			r.put("service_name", category == null ? c.category() : category.nameZh());
			r.put("service_code", c.category());
			r.put("description", c.description());
			r.put("agency_responsible", c.unitName());
			r.put("service_notice", null);
			r.put("requested_datetime", Open311Format.datetime(c.reportedAt()));
			r.put("updated_datetime", Open311Format.datetime(c.updatedAt()));
			r.put("expected_datetime", Open311Format.datetime(c.deadline()));
			r.put("address", c.address());
			r.put("address_id", null);
			r.put("zipcode", null);
			r.put("lat", c.lat());
			r.put("long", c.lon());
			r.put("media_url", media.get(c.caseNo()));
			if (extensions) {
				r.put("notes", c.notes().stream().map(Open311Controller::note).toList());
			}
			return r;
		}).toList();
	}

	private Map<String, PublicCategory> portalCategories() {
		return portal.allCategories().stream().collect(Collectors.toMap(PublicCategory::code, Function.identity()));
	}

	private static Map<String, Object> note(PublicNote n) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("datetime", Open311Format.datetime(n.at()));
		m.put("summary", n.note());
		m.put("type", n.action().name().toLowerCase(java.util.Locale.ROOT));
		return m;
	}

	/** The finer state in words (受理 → 交办 → 整改 → 验收 → 销号), the overdue flag and the latest public note. */
	static String statusNotes(PublicCase c) {
		String state = switch (c.status()) {
			case REPORTED -> "待受理 / awaiting triage";
			case ACCEPTED -> "已受理, 待交办 / accepted, to be assigned";
			case RECTIFYING -> "已交办, 整改中 / assigned, in rectification";
			case SUBMITTED -> "整改完成, 待验收 / rectified, awaiting acceptance";
			case AWAITING_CLOSURE_APPROVAL -> "验收通过, 待河长审批销号 / accepted on site, awaiting the chief's closure";
			case CLOSED -> "已销号 / closed";
			case REJECTED -> "不予受理 / not accepted";
		};
		StringBuilder notes = new StringBuilder(c.status().name()).append(": ").append(state);
		if (c.overdue() && c.status() != CaseStatus.CLOSED && c.status() != CaseStatus.REJECTED) {
			notes.append(" · 已超期, 督办中 / overdue, under supervision");
		}
		if (!c.notes().isEmpty()) {
			notes.append(" · ").append(c.notes().get(c.notes().size() - 1).note());
		}
		return notes.toString();
	}

	// ---------------------------------------------------------------- arguments

	private static Open311Format format(String extension) {
		Open311Format f = Open311Format.of(extension);
		if (f == null) {
			throw new Open311Exception(404, "格式只有 xml 和 json / formats: xml, json");
		}
		return f;
	}

	private void jurisdiction(HttpServletRequest request) {
		String j = param(request, "jurisdiction_id");
		if (j != null && !j.equals(settings.open311().jurisdictionId())) {
			throw new Open311Exception(404, "jurisdiction_id 不存在 / unknown jurisdiction_id: " + j);
		}
	}

	/** An empty parameter counts as absent (GeoReport v2). */
	static String param(HttpServletRequest request, String name) {
		String v = request.getParameter(name);
		return v == null || v.isBlank() ? null : v.trim();
	}

	static List<String> list(String commaList) {
		if (commaList == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String s : commaList.split(",")) {
			if (!s.isBlank()) {
				items.add(s.trim());
			}
		}
		return List.copyOf(items);
	}

	private static BigDecimal decimal(HttpServletRequest request, String name) {
		String v = param(request, name);
		try {
			return v == null ? null : new BigDecimal(v);
		}
		catch (NumberFormatException e) {
			throw new Open311Exception(400, name + ": 须为数字 / must be a number");
		}
	}

	private static int integer(HttpServletRequest request, String name, int fallback) {
		String v = param(request, name);
		try {
			return v == null ? fallback : Integer.parseInt(v);
		}
		catch (NumberFormatException e) {
			throw new Open311Exception(400, name + ": 须为整数 / must be an integer");
		}
	}

	/** W3C datetimes with a zone; a date or a datetime without zone is read as Beijing time. */
	static Instant datetime(HttpServletRequest request, String name) {
		String v = param(request, name);
		if (v == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(v).toInstant();
		}
		catch (DateTimeParseException e) {
			// fall through
		}
		try {
			return LocalDateTime.parse(v).atZone(Times.CHINA).toInstant();
		}
		catch (DateTimeParseException e) {
			// fall through
		}
		try {
			return LocalDate.parse(v).atStartOfDay(Times.CHINA).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new Open311Exception(400, name + ": 须为 W3C 日期时间, 如 2026-11-01T00:00:00+08:00 / must be a W3C datetime");
		}
	}

	private static Boolean status(HttpServletRequest request) {
		List<String> statuses = list(param(request, "status"));
		boolean open = false, closed = false;
		for (String s : statuses) {
			switch (s.toLowerCase(java.util.Locale.ROOT)) {
				case "open" -> open = true;
				case "closed" -> closed = true;
				default -> throw new Open311Exception(400, "status: open 或 closed / open or closed");
			}
		}
		return open == closed ? null : open;
	}
}
