package cn.hezhang.patrol;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.hezhang.casework.Actor;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.media.MediaLibrary;
import cn.hezhang.patrol.domain.Finding;
import cn.hezhang.patrol.domain.Findings;
import cn.hezhang.patrol.domain.Patrol;
import cn.hezhang.patrol.domain.PatrolStatus;
import cn.hezhang.patrol.domain.Patrols;
import cn.hezhang.patrol.domain.TrackPointRow;
import cn.hezhang.patrol.domain.TrackPointRows;
import cn.hezhang.patrol.track.ReachLine;
import cn.hezhang.patrol.track.TrackRules;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a patrol from a phone that may be offline for a while: every write is idempotent (the patrol's and the
 * finding's ids come from the phone; points are unique per seq), rejects impossible data naming each point, and
 * commits whole or not at all.
 */
@Service
@Transactional
public class PatrolRecording {
	private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private final Patrols patrols;
	private final TrackPointRows points;
	private final Findings findings;
	private final PatrolDuties duties;
	private final WaterbodyCatalog waterbodies;
	private final MediaLibrary media;
	private final CaseManagement cases;
	private final PatrolSettings settings;
	private final TrackRules rules;
	private final Clock clock;

	PatrolRecording(Patrols patrols, TrackPointRows points, Findings findings, PatrolDuties duties,
			WaterbodyCatalog waterbodies, MediaLibrary media, CaseManagement cases, PatrolSettings settings, Clock clock) {
		this.patrols = patrols;
		this.points = points;
		this.findings = findings;
		this.duties = duties;
		this.waterbodies = waterbodies;
		this.media = media;
		this.cases = cases;
		this.settings = settings;
		this.rules = new TrackRules(settings);
		this.clock = clock;
	}

	public record Started(String id, boolean created) {
	}

	static void requirePatroller(CurrentUser user) {
		if (!(user.is(Role.CHIEF) || user.is(Role.INSPECTOR))) {
			throw new ForbiddenException("只有河长和巡河员可以巡河 / only chiefs and inspectors patrol");
		}
	}

	/** Starts a patrol; resending the same id returns the first (created false). */
	public Started start(PatrolCommands.Start command, CurrentUser user) {
		requirePatroller(user);
		if (command.id() == null || !UUID.matcher(command.id()).matches()) {
			throw new InvalidInputException("id", "请由手机生成 UUID / a client-generated UUID is required");
		}
		Optional<Patrol> existing = patrols.findById(command.id());
		if (existing.isPresent()) {
			if (!existing.get().userId().equals(user.id())) {
				throw new ConflictException("该巡河编号已被使用 / this patrol id is taken");
			}
			return new Started(command.id(), false);
		}
		Instant now = clock.instant();
		List<FieldError> errors = new ArrayList<>();
		Long waterBodyId = command.waterBodyId();
		String regionCode = null;
		String name = null;
		if (command.reachId() != null) {
			Optional<ReachView> reach = waterbodies.reach(command.reachId());
			if (reach.isEmpty() || !user.covers(reach.get().regionCode())) {
				errors.add(new FieldError("reachId", "河段不存在或不在您的辖区 / unknown reach or outside your region"));
			}
			else if (waterBodyId != null && !waterBodyId.equals(reach.get().waterBodyId())) {
				errors.add(new FieldError("reachId", "河段不属于所选水体 / the reach is not on this water body"));
			}
			else {
				waterBodyId = reach.get().waterBodyId();
				regionCode = reach.get().regionCode();
				name = reach.get().name();
			}
		}
		else if (waterBodyId == null) {
			errors.add(new FieldError("reachId", "请选择河段或水体 / choose a reach or a water body"));
		}
		else {
			Optional<WaterBodyView> body = waterbodies.waterBody(waterBodyId);
			boolean inScope = body.isPresent()
					&& waterbodies.reaches(waterBodyId).stream().anyMatch(r -> user.covers(r.regionCode()));
			if (!inScope) {
				errors.add(new FieldError("waterBodyId", "水体不存在或不在您的辖区 / unknown water body or outside your region"));
			}
			else {
				regionCode = user.regionCode();
				name = body.get().name();
			}
		}
		if (command.startedAt() == null) {
			errors.add(new FieldError("startedAt", "缺少开始时间 / start time missing"));
		}
		else if (command.startedAt().isAfter(now.plus(settings.track().maxClockSkew()))) {
			errors.add(new FieldError("startedAt", "开始时间晚于当前时间 / start time is in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		patrols.saveAndFlush(new Patrol(command.id(), user.id(), user.username(), user.displayName(), regionCode,
				waterBodyId, command.reachId(), name, command.mode() == null ? TravelMode.FOOT : command.mode(),
				command.startedAt(), now));
		return new Started(command.id(), true);
	}

	/** The caller's own patrol, locked: 404 when the caller may not see it, 403 when it is someone else's. */
	private Patrol own(String id, CurrentUser user) {
		requirePatroller(user);
		Patrol p = patrols.lockById(id).filter(x -> PatrolQueries.canSee(x, user))
			.orElseThrow(() -> new NotFoundException("巡河记录不存在 / no such patrol: " + id));
		if (!p.userId().equals(user.id())) {
			throw new ForbiddenException("只能记录自己的巡河 / you can only record your own patrol");
		}
		return p;
	}

	/** Appends a batch of points; points already stored (same seq) are counted as duplicates and not stored again. */
	public PatrolViews.AppendResult append(String id, PatrolCommands.Append command, CurrentUser user) {
		Patrol p = own(id, user);
		List<TrackPoint> batch = command.points() == null ? List.of() : command.points();
		if (batch.isEmpty()) {
			throw new InvalidInputException("points", "没有轨迹点 / no points");
		}
		if (batch.size() > settings.track().maxPointsPerBatch()) {
			throw new InvalidInputException("points", "每批最多 %d 个点 / at most %d points per batch"
				.formatted(settings.track().maxPointsPerBatch(), settings.track().maxPointsPerBatch()));
		}
		List<TrackPoint> stored = points.findByPatrolIdOrderBySeq(id).stream().map(TrackPointRow::point).toList();
		Set<Integer> storedSeqs = new HashSet<>();
		stored.forEach(s -> storedSeqs.add(s.seq()));
		List<TrackPoint> fresh = batch.stream().filter(b -> !storedSeqs.contains(b.seq())).toList();
		if (fresh.isEmpty()) {
			return new PatrolViews.AppendResult(id, batch.size(), 0, batch.size(), p.pointCount());
		}
		if (p.status() == PatrolStatus.ENDED) {
			throw new ConflictException("巡河已结束, 不能再追加轨迹 / the patrol has ended");
		}
		List<TrackRules.Violation> violations = rules.check(stored, batch, p.travelMode(), clock.instant());
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.stream()
				.map(v -> new FieldError(v.field(), "第 %d 点 (seq %d): %s".formatted(v.index(), v.seq(), v.message())))
				.toList());
		}
		fresh.forEach(f -> points.save(new TrackPointRow(id, f)));
		p.pointsAdded(fresh.size(), clock.instant());
		return new PatrolViews.AppendResult(id, batch.size(), fresh.size(), batch.size() - fresh.size(), p.pointCount());
	}

	/** Adds a finding; resending the same clientId returns the first. Optionally opens a case (source PATROL). */
	public record FindingAdded(Long id, boolean created) {
	}

	public FindingAdded addFinding(String patrolId, PatrolCommands.AddFinding command, List<PatrolCommands.Photo> photos,
			CurrentUser user) {
		Patrol p = own(patrolId, user);
		if (command.clientId() != null) {
			Optional<Finding> existing = findings.findByClientId(command.clientId());
			if (existing.isPresent()) {
				if (!existing.get().patrolId().equals(patrolId)) {
					throw new ConflictException("该发现编号已被使用 / this finding id is taken");
				}
				return new FindingAdded(existing.get().id(), false);
			}
		}
		List<FieldError> errors = new ArrayList<>();
		if (command.clientId() == null || !UUID.matcher(command.clientId()).matches()) {
			errors.add(new FieldError("clientId", "请由手机生成 UUID / a client-generated UUID is required"));
		}
		if (command.note() == null || command.note().isBlank()) {
			errors.add(new FieldError("note", "请描述发现的问题 / describe what you found"));
		}
		else if (command.note().length() > 2000) {
			errors.add(new FieldError("note", "最多 2000 字 / at most 2000 characters"));
		}
		if (command.at() == null) {
			errors.add(new FieldError("at", "缺少时间 / time missing"));
		}
		if (command.lat() == null || command.lon() == null || !rules.insideChina(command.lat(), command.lon())) {
			errors.add(new FieldError("lat", "坐标不在中国境内 (WGS84) / position outside China"));
		}
		List<PatrolCommands.Photo> list = photos == null ? List.of() : photos;
		if (list.size() > 9) {
			errors.add(new FieldError("photos", "最多 9 张照片 / at most 9 photos"));
		}
		if (command.openCase()) {
			if (command.category() == null || command.category().isBlank()) {
				errors.add(new FieldError("category", "立案须选择问题类别 / choose a category to open a case"));
			}
			if (list.isEmpty()) {
				errors.add(new FieldError("photos", "立案至少需要 1 张照片 / a case needs at least one photo"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<String> photoIds = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			photoIds.add(media.storePhoto("photos[" + i + "]", list.get(i).content(), list.get(i).originalName(),
					user.username()).id());
		}
		Finding f = findings.saveAndFlush(new Finding(command.clientId(), patrolId, command.at(), command.lat(),
				command.lon(), command.note().trim(), command.openCase() ? command.category() : null, photoIds,
				clock.instant()));
		if (command.openCase()) {
			ReportCommand report = new ReportCommand(CaseSource.PATROL, command.clientId(), p.waterBodyId(), p.reachId(),
					p.reachId() == null ? p.regionCode() : null, command.category(), command.note().trim(),
					BigDecimal.valueOf(command.lat()), BigDecimal.valueOf(command.lon()), null,
					new Reporter(user.id(), user.displayName(), null, null),
					list.stream().map(x -> new PhotoUpload(x.originalName(), x.content())).toList());
			f.openedCase(cases.report(report, Actor.of(user), user));
		}
		return new FindingAdded(f.id(), true);
	}

	/** Ends the patrol and judges it; resending returns the same result. An effective patrol completes its duties. */
	public void end(String id, PatrolCommands.End command, CurrentUser user) {
		Patrol p = own(id, user);
		if (p.status() == PatrolStatus.ENDED) {
			return;
		}
		Instant now = clock.instant();
		List<TrackPoint> track = points.findByPatrolIdOrderBySeq(id).stream().map(TrackPointRow::point).toList();
		if (command.endedAt() == null) {
			throw new InvalidInputException("endedAt", "缺少结束时间 / end time missing");
		}
		if (command.endedAt().isBefore(p.startedAt())) {
			throw new InvalidInputException("endedAt", "结束时间早于开始时间 / ends before it started");
		}
		if (command.endedAt().isAfter(now.plus(settings.track().maxClockSkew()))) {
			throw new InvalidInputException("endedAt", "结束时间晚于当前时间 / end time is in the future");
		}
		TrackRules.Summary summary = rules.summarize(track, p.startedAt(), command.endedAt(), lineOf(p));
		p.end(command.endedAt(), summary, now);
		if (summary.effective()) {
			duties.completeWith(p);
		}
	}

	ReachLine lineOf(Patrol p) {
		if (p.reachId() != null) {
			return ReachLine.parse(waterbodies.reach(p.reachId()).map(ReachView::geometry).orElse(null));
		}
		List<List<double[]>> parts = new ArrayList<>();
		waterbodies.reaches(p.waterBodyId()).forEach(r -> parts.addAll(ReachLine.parse(r.geometry()).parts()));
		return new ReachLine(parts);
	}
}
