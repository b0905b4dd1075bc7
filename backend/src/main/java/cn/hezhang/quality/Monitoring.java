package cn.hezhang.quality;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.hezhang.quality.MonitoringViews.ImportResult;
import cn.hezhang.quality.MonitoringViews.SampleView;
import cn.hezhang.quality.MonitoringViews.SiteView;
import cn.hezhang.quality.MonitoringViews.Trend;
import cn.hezhang.quality.MonitoringViews.TrendPoint;
import cn.hezhang.quality.MonitoringViews.ValueView;
import cn.hezhang.quality.MonitoringViews.WaterBodyStatus;
import cn.hezhang.quality.domain.MonitoringSite;
import cn.hezhang.quality.domain.WqSites;
import cn.hezhang.quality.domain.Sample;
import cn.hezhang.quality.domain.SampleValue;
import cn.hezhang.quality.domain.WqSamples;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring: sites, samples entered one by one or imported from a file, each classified on save. Scope: a caller
 * sees the sites and samples located in his region subtree (an admin all; a unit none); out-of-scope ids answer
 * 404. Offices and admins enter and import; an import is one transaction: one bad row and nothing is saved.
 */
@Service
@Transactional
public class Monitoring {
	private final WqSites sites;
	private final WqSamples samples;
	private final SampleClassification classification;
	private final WaterbodyCatalog waterbodies;
	private final RegionDirectory regions;
	private final MonitoringCases cases;
	private final BlackOdorousLifecycle lifecycle;
	private final BodyGrading grading;
	private final Clock clock;

	Monitoring(WqSites sites, WqSamples samples, SampleClassification classification, WaterbodyCatalog waterbodies,
			RegionDirectory regions, MonitoringCases cases, BlackOdorousLifecycle lifecycle, BodyGrading grading,
			Clock clock) {
		this.sites = sites;
		this.samples = samples;
		this.classification = classification;
		this.waterbodies = waterbodies;
		this.regions = regions;
		this.cases = cases;
		this.lifecycle = lifecycle;
		this.grading = grading;
		this.clock = clock;
	}

	public record SiteCommand(String code, String name, String kind, Long waterBodyId, Long reachId, String regionCode,
			Integer seq, BigDecimal lat, BigDecimal lon) {
	}

	public record ValueInput(String item, BigDecimal value, String unit) {
	}

	public record SampleCommand(Long siteId, Instant sampledAt, BigDecimal waterDepthCm, List<ValueInput> values) {
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public List<MonitoringViews.Parameter> parameters() {
		return classification.parameters();
	}

	@Transactional(readOnly = true)
	public List<SiteView> sites(CurrentUser user, Long waterBodyId) {
		requireReader(user);
		return sites.findInScope(prefix(user), waterBodyId).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public PageResult<SampleView> samples(CurrentUser user, Long waterBodyId, Long siteId, int page, int size) {
		requireReader(user);
		Map<Long, MonitoringSite> siteCache = new HashMap<>();
		return PageResult.of(samples.findInScope(prefix(user), waterBodyId, siteId, PageRequest.of(page, size)))
			.map(s -> view(s, siteCache.computeIfAbsent(s.siteId(), id -> sites.findById(id).orElseThrow())));
	}

	@Transactional(readOnly = true)
	public SampleView sample(Long id, CurrentUser user) {
		requireReader(user);
		Sample s = samples.findById(id).filter(x -> user.covers(x.regionCode()))
			.orElseThrow(() -> new NotFoundException("样品不存在 / no such sample"));
		return view(s, sites.findById(s.siteId()).orElseThrow());
	}

	/** The latest GB class against the target and the black-odorous grade of a water body with sites in scope. */
	@Transactional(readOnly = true)
	public WaterBodyStatus status(Long waterBodyId, CurrentUser user) {
		requireReader(user);
		WaterBodyView body = waterbodies.waterBody(waterBodyId)
			.orElseThrow(() -> new NotFoundException("水体不存在 / no such water body"));
		List<MonitoringSite> bodySites = sites.findByWaterBodyIdOrderBySeqAscCodeAsc(waterBodyId).stream()
			.filter(s -> user.covers(s.regionCode()))
			.toList();
		if (bodySites.isEmpty() && !user.covers(body.regionCode())) {
			throw new NotFoundException("水体不存在 / no such water body");
		}
		return statusOf(body, bodySites);
	}

	WaterBodyStatus statusOf(WaterBodyView body, List<MonitoringSite> bodySites) {
		Optional<Sample> latest = samples.findFirstByWaterBodyIdAndOverallClassIsNotNullOrderBySampledAtDescIdDesc(body.id())
			.filter(s -> bodySites.stream().anyMatch(site -> site.id().equals(s.siteId())));
		Optional<WaterBodyAssessment> grade = bodyGrade(body.id());
		String target = SampleClassification.targetOf(body).map(Target::description).orElse(null);
		return new WaterBodyStatus(body.id(), body.code(), body.name(), body.type().name(), target,
				latest.map(s -> s.overallClass().name()).orElse(null),
				latest.map(s -> s.overallClass().displayName()).orElse(null), latest.map(Sample::targetMet).orElse(null),
				latest.map(Sample::failingItems).orElse(null), latest.map(Sample::sampledAt).orElse(null),
				grade.map(g -> g.grade().name()).orElse(null), grade.map(WaterBodyAssessment::heavyPoints).orElse(null),
				grade.map(WaterBodyAssessment::points).orElse(null), bodySites.stream().map(this::view).toList());
	}

	/** The black-odorous grade of a water body from its detection points; empty without data. */
	@Transactional(readOnly = true)
	public Optional<WaterBodyAssessment> bodyGrade(Long waterBodyId) {
		return grading.grade(waterBodyId);
	}

	/** One parameter's values over time, at a site or at every site of a water body. */
	@Transactional(readOnly = true)
	public Trend trend(Long waterBodyId, Long siteId, String itemCode, CurrentUser user) {
		requireReader(user);
		String code;
		try {
			code = SampleClassification.canonicalCode(itemCode);
		}
		catch (InvalidMeasurementException e) {
			throw new InvalidInputException("item", "未知指标 / unknown parameter");
		}
		WaterBodyView body = waterbodies.waterBody(waterBodyId)
			.orElseThrow(() -> new NotFoundException("水体不存在 / no such water body"));
		List<MonitoringSite> inScope = sites.findByWaterBodyIdOrderBySeqAscCodeAsc(waterBodyId).stream()
			.filter(s -> user.covers(s.regionCode()) && (siteId == null || s.id().equals(siteId)))
			.toList();
		if (inScope.isEmpty()) {
			throw new NotFoundException("没有监测点位 / no site in scope");
		}
		List<Long> ids = inScope.stream().map(MonitoringSite::id).toList();
		Instant since = clock.instant().minus(java.time.Duration.ofDays(3 * 366));
		List<TrendPoint> points = new ArrayList<>();
		for (Sample s : samples.findByWaterBodyIdAndSampledAtGreaterThanEqualOrderBySampledAtAscIdAsc(waterBodyId, since)) {
			if (!ids.contains(s.siteId())) {
				continue;
			}
			for (SampleValue v : s.values()) {
				if (v.itemCode().equals(code)) {
					points.add(new TrendPoint(s.sampledAt(), v.amount(),
							v.itemClass() == null ? null : v.itemClass().name(), s.siteId()));
				}
			}
		}
		List<BigDecimal> limits = new ArrayList<>();
		String direction = "NONE";
		String nameZh = code;
		String unit = classification.unitOf(code);
		if (!SampleClassification.BLACK_ODOROUS_ONLY.contains(code)) {
			Gb3838Item item = Gb3838Item.fromCode(code);
			nameZh = classification.gb().describe(item).nameZh();
			WaterBodyKind kind = SampleClassification.kindOf(body);
			if (item == Gb3838Item.PH) {
				direction = "RANGE";
				limits = List.of(new BigDecimal("6"), new BigDecimal("9"));
			}
			else if (item.isClassedFor(kind)) {
				direction = item == Gb3838Item.DO ? "MIN" : "MAX";
				for (WaterClass c : List.of(WaterClass.I, WaterClass.II, WaterClass.III, WaterClass.IV, WaterClass.V)) {
					limits.add(classification.gb().limit(item, c, kind));
				}
			}
		}
		else {
			nameZh = BlackOdorousIndicator.fromCode(code).nameZh();
		}
		return new Trend(code, nameZh, unit, direction, limits, points);
	}

	// ------------------------------------------------------------------ writing

	public SiteView createSite(SiteCommand command, CurrentUser user) {
		requireWriter(user);
		List<FieldError> errors = new ArrayList<>();
		MonitoringSite.Kind kind = null;
		try {
			kind = MonitoringSite.Kind.valueOf(command.kind() == null ? "" : command.kind());
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError("kind", "SECTION 或 POINT / SECTION or POINT"));
		}
		if (command.code() == null || command.code().isBlank() || command.code().length() > 40) {
			errors.add(new FieldError("code", "请填写编码（最多40字）/ code required, at most 40 characters"));
		}
		else if (sites.findByCode(command.code().strip()).isPresent()) {
			errors.add(new FieldError("code", "编码已存在 / code already used"));
		}
		if (command.name() == null || command.name().isBlank() || command.name().length() > 128) {
			errors.add(new FieldError("name", "请填写名称 / name required"));
		}
		Optional<WaterBodyView> body = waterbodies.waterBody(command.waterBodyId());
		if (body.isEmpty()) {
			errors.add(new FieldError("waterBodyId", "水体不存在 / unknown water body"));
		}
		String regionCode = command.regionCode();
		if (command.reachId() != null) {
			Optional<ReachView> reach = waterbodies.reach(command.reachId());
			if (reach.isEmpty() || body.isEmpty() || !reach.get().waterBodyId().equals(body.get().id())) {
				errors.add(new FieldError("reachId", "河段不属于该水体 / the reach is not on this water body"));
			}
			else {
				regionCode = reach.get().regionCode();
			}
		}
		if (regionCode == null && body.isPresent()) {
			regionCode = body.get().regionCode();
		}
		if (regionCode == null || regions.find(regionCode).isEmpty() || !user.covers(regionCode)) {
			errors.add(new FieldError("regionCode", "行政区划不存在或不在您的辖区 / unknown region or outside yours"));
		}
		if (kind == MonitoringSite.Kind.POINT && body.isPresent() && body.get().type() != WaterBodyType.BLACK_ODOROUS) {
			errors.add(new FieldError("kind", "检测点只设在城市黑臭水体上 / detection points are for black-odorous water bodies"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		MonitoringSite site = sites.save(new MonitoringSite(command.code().strip(), command.name().strip(), kind,
				body.get().id(), command.reachId(), regionCode, command.seq() == null ? 0 : command.seq(), command.lat(),
				command.lon(), clock.instant()));
		return view(site);
	}

	public SampleView record(SampleCommand command, CurrentUser user) {
		requireWriter(user);
		MonitoringSite site = command.siteId() == null ? null
				: sites.findById(command.siteId()).filter(s -> user.covers(s.regionCode())).orElse(null);
		List<FieldError> errors = new ArrayList<>();
		if (site == null) {
			errors.add(new FieldError("siteId", "监测点位不存在或不在您的辖区 / unknown site or outside your region"));
		}
		checkTime(command.sampledAt(), "sampledAt", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (samples.existsBySiteIdAndSampledAt(site.id(), command.sampledAt())) {
			throw new InvalidInputException("sampledAt", "该点位此时刻已有样品 / this site already has a sample at that time");
		}
		List<SampleClassification.Input> inputs = new ArrayList<>();
		List<ValueInput> values = command.values() == null ? List.of() : command.values();
		for (int i = 0; i < values.size(); i++) {
			ValueInput v = values.get(i);
			inputs.add(new SampleClassification.Input(v == null ? null : v.item(), v == null ? null : v.value(),
					v == null ? null : v.unit(), "values[" + i + "]"));
		}
		Sample sample = save(site, command.sampledAt(), command.waterDepthCm(), inputs, Sample.Source.ENTRY, user, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return view(sample, site);
	}

	/**
	 * Imports a file of samples in long format, one value per row: {@code site,sampled_at,item,value,unit} and
	 * optionally {@code water_depth_cm}; rows of the same site and time form one sample. Every row is checked
	 * (unknown site, unit mismatch, impossible value, duplicate); one bad row and nothing is saved (400 with every
	 * bad row, field {@code rows[<line>].<column>}).
	 */
	public ImportResult importFile(String filename, byte[] content, CurrentUser user) {
		requireWriter(user);
		List<SampleFiles.FileRow> rows = SampleFiles.read(filename, content);
		List<FieldError> errors = new ArrayList<>();
		record Key(MonitoringSite site, Instant at) {
		}
		Map<Key, List<SampleFiles.FileRow>> groups = new LinkedHashMap<>();
		Map<String, Optional<MonitoringSite>> siteCache = new HashMap<>();
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "文件没有数据行 / the file has no data rows");
		}
		for (String column : List.of("site", "sampled_at", "item", "value", "unit")) {
			if (!rows.get(0).cells().containsKey(column)) {
				errors.add(new FieldError("file", "缺少列 " + column + " / missing column " + column));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (SampleFiles.FileRow row : rows) {
			String code = row.get("site");
			Optional<MonitoringSite> site = code == null ? Optional.empty()
					: siteCache.computeIfAbsent(code, c -> sites.findByCode(c).filter(s -> user.covers(s.regionCode())));
			if (site.isEmpty()) {
				errors.add(new FieldError(field(row, "site"), "未知点位 " + (code == null ? "" : code)
						+ " / unknown site (or outside your region)"));
			}
			Instant at = parseTime(row.get("sampled_at"), field(row, "sampled_at"), errors);
			if (site.isPresent() && at != null) {
				groups.computeIfAbsent(new Key(site.get(), at), k -> new ArrayList<>()).add(row);
			}
		}
		List<Sample> saved = new ArrayList<>();
		int imported = 0;
		for (Map.Entry<Key, List<SampleFiles.FileRow>> group : groups.entrySet()) {
			MonitoringSite site = group.getKey().site();
			Instant at = group.getKey().at();
			SampleFiles.FileRow first = group.getValue().get(0);
			if (samples.existsBySiteIdAndSampledAt(site.id(), at)) {
				errors.add(new FieldError(field(first, "sampled_at"), "该点位此时刻已有样品（重复导入？）/ already imported"));
				continue;
			}
			BigDecimal depth = null;
			List<SampleClassification.Input> inputs = new ArrayList<>();
			for (SampleFiles.FileRow row : group.getValue()) {
				BigDecimal d = number(row.get("water_depth_cm"), field(row, "water_depth_cm"), errors);
				if (d != null) {
					if (depth != null && depth.compareTo(d) != 0) {
						errors.add(new FieldError(field(row, "water_depth_cm"), "同一样品的水深不一致 / depths differ"));
					}
					depth = d;
				}
				BigDecimal value = number(row.get("value"), field(row, "value"), errors);
				if (row.get("value") != null && value == null) {
					continue;
				}
				inputs.add(new SampleClassification.Input(row.get("item"), value, row.get("unit"), field(row, "item")));
			}
			int before = errors.size();
			Sample s = save(site, at, depth, inputs, Sample.Source.IMPORT, user, errors);
			if (errors.size() == before) {
				saved.add(s);
				imported += group.getValue().size();
			}
		}
		if (!errors.isEmpty()) {
			// one transaction: throwing rolls back every sample saved above
			throw new InvalidInputException(errors);
		}
		Map<Long, MonitoringSite> byId = new HashMap<>();
		groups.keySet().forEach(k -> byId.put(k.site().id(), k.site()));
		return new ImportResult(saved.size(), imported,
				saved.stream().map(s -> view(s, byId.get(s.siteId()))).toList());
	}

	private Sample save(MonitoringSite site, Instant at, BigDecimal depth, List<SampleClassification.Input> inputs,
			Sample.Source source, CurrentUser user, List<FieldError> errors) {
		WaterBodyView body = waterbodies.waterBody(site.waterBodyId()).orElseThrow();
		Sample sample = new Sample(site, at, depth, source, user.username(), clock.instant());
		int before = errors.size();
		classification.classify(sample, body, inputs, errors);
		if (errors.size() > before) {
			return sample;
		}
		samples.saveAndFlush(sample);
		if (Boolean.FALSE.equals(sample.targetMet())) {
			cases.targetMissed(body, site, sample);
		}
		if (site.kind() == MonitoringSite.Kind.POINT && sample.boGrade() != null) {
			lifecycle.pointSampled(body, site, sample);
		}
		return sample;
	}

	// ------------------------------------------------------------------ helpers

	private static String field(SampleFiles.FileRow row, String column) {
		return "rows[" + row.line() + "]." + column;
	}

	private void checkTime(Instant at, String field, List<FieldError> errors) {
		if (at == null) {
			errors.add(new FieldError(field, "请填写采样时间 / sampling time required"));
		}
		else if (at.isAfter(clock.instant().plus(java.time.Duration.ofMinutes(10)))) {
			errors.add(new FieldError(field, "采样时间不能在将来 / the sampling time cannot be in the future"));
		}
	}

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ][ 'T']H:mm[:ss]");

	/** ISO with offset, or Beijing local time {@code yyyy-MM-dd HH:mm[:ss]}. */
	private Instant parseTime(String text, String field, List<FieldError> errors) {
		if (text == null) {
			errors.add(new FieldError(field, "请填写采样时间 / sampling time required"));
			return null;
		}
		Instant at = null;
		try {
			at = OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				at = LocalDateTime.parse(text.replace('T', ' ').replaceAll("\\.\\d+$", ""), LOCAL).atZone(Times.CHINA).toInstant();
			}
			catch (DateTimeParseException e2) {
				errors.add(new FieldError(field, "时间格式应为 yyyy-MM-dd HH:mm / expected yyyy-MM-dd HH:mm: " + text));
				return null;
			}
		}
		int before = errors.size();
		checkTime(at, field, errors);
		return errors.size() == before ? at : null;
	}

	private static BigDecimal number(String text, String field, List<FieldError> errors) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			errors.add(new FieldError(field, "不是数字 / not a number: " + text));
			return null;
		}
	}

	private static String prefix(CurrentUser user) {
		return user.isAdmin() ? "" : Objects.requireNonNullElse(user.scopePrefix(), "\u0000");
	}

	static void requireReader(CurrentUser user) {
		if (user.is(Role.UNIT)) {
			throw new ForbiddenException("责任单位无权查看监测数据 / units do not see monitoring data");
		}
	}

	static void requireWriter(CurrentUser user) {
		if (!(user.isAdmin() || user.is(Role.OFFICE))) {
			throw new ForbiddenException("只有河长办录入监测数据 / only offices enter monitoring data");
		}
	}

	SiteView view(MonitoringSite s) {
		Optional<WaterBodyView> body = waterbodies.waterBody(s.waterBodyId());
		return new SiteView(s.id(), s.code(), s.name(), s.kind().name(), s.waterBodyId(),
				body.map(WaterBodyView::name).orElse(null), body.map(WaterBodyView::code).orElse(null), s.reachId(),
				s.regionCode(), s.seq(), s.lat(), s.lon());
	}

	SampleView view(Sample s, MonitoringSite site) {
		List<ValueView> values = s.values().stream()
			.sorted(Comparator.comparing(SampleValue::itemCode))
			.map(v -> new ValueView(v.itemCode(), nameOf(v.itemCode()), v.amount(), v.unit(),
					v.itemClass() == null ? null : v.itemClass().name(),
					v.itemClass() == null ? null : v.itemClass().displayName(),
					v.boGrade() == null ? null : v.boGrade().name()))
			.toList();
		return new SampleView(s.id(), s.siteId(), site.code(), site.name(), s.waterBodyId(), s.sampledAt(),
				s.waterDepthCm(), s.overallClass() == null ? null : s.overallClass().name(),
				s.overallClass() == null ? null : s.overallClass().displayName(), s.targetLabel(), s.targetMet(),
				s.failingItems(), s.boGrade() == null ? null : s.boGrade().name(), s.source().name(), values);
	}

	private String nameOf(String code) {
		if (SampleClassification.BLACK_ODOROUS_ONLY.contains(code)) {
			return BlackOdorousIndicator.fromCode(code).nameZh();
		}
		return classification.gb().describe(Gb3838Item.fromCode(code)).nameZh();
	}
}
