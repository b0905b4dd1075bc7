package cn.hezhang.patrol.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.patrol.PatrolCommands;
import cn.hezhang.patrol.PatrolQueries;
import cn.hezhang.patrol.PatrolRecording;
import cn.hezhang.patrol.PatrolViews.AppendResult;
import cn.hezhang.patrol.PatrolViews.ComplianceRow;
import cn.hezhang.patrol.PatrolViews.DutyView;
import cn.hezhang.patrol.PatrolViews.FindingView;
import cn.hezhang.patrol.PatrolViews.PatrolDetail;
import cn.hezhang.patrol.PatrolViews.PatrolSummary;
import cn.hezhang.patrol.PatrolViews.PatrolTarget;
import cn.hezhang.patrol.TrackPoint;
import cn.hezhang.patrol.TravelMode;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import cn.hezhang.shared.Times;
import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The patrol API: recording from the phone (every write safe to resend), history, duties and compliance. Roles
 * are checked here; which patrol a caller may see is decided by PatrolQueries (outside scope → 404).
 */
@RestController
@RequestMapping("/api/patrol")
@Validated
@Tag(name = "patrol", description = "巡河巡湖 / patrols: recording, tracks, findings, duties, compliance")
class PatrolController {
	private static final String PATROLLERS = "hasAnyRole('CHIEF','INSPECTOR')";
	private static final String READERS = "hasAnyRole('CHIEF','INSPECTOR','OFFICE','SUPERVISOR','ADMIN')";
	private static final String OVERSEERS = "hasAnyRole('CHIEF','OFFICE','SUPERVISOR','ADMIN')";

	private final PatrolRecording recording;
	private final PatrolQueries queries;
	private final CurrentUsers users;
	private final Clock clock;

	PatrolController(PatrolRecording recording, PatrolQueries queries, CurrentUsers users, Clock clock) {
		this.recording = recording;
		this.queries = queries;
		this.users = users;
		this.clock = clock;
	}

	record StartRequest(@NotNull String id, Long waterBodyId, Long reachId, TravelMode mode, @NotNull Instant startedAt) {
	}

	record PointRequest(@NotNull Integer seq, @NotNull Instant at, @NotNull Double lat, @NotNull Double lon,
			Double accuracy) {
	}

	record AppendRequest(Integer batch, @NotNull @Size(min = 1) List<@Valid PointRequest> points) {
	}

	record FindingRequest(String clientId, Instant at, Double lat, Double lon, String note, Boolean openCase,
			String category) {
	}

	record EndRequest(@NotNull Instant endedAt) {
	}

	@PostMapping("/patrols")
	@PreAuthorize(PATROLLERS)
	@Operation(summary = "Start a patrol with a client-generated UUID; resending the same id answers 200 with the first")
	ResponseEntity<PatrolSummary> start(@Valid @RequestBody StartRequest body) {
		CurrentUser user = users.current();
		boolean created;
		try {
			created = recording.start(new PatrolCommands.Start(body.id(), body.waterBodyId(), body.reachId(), body.mode(),
					body.startedAt()), user).created();
		}
		catch (DataIntegrityViolationException e) {
			created = false; // the same start arrived twice at the same moment
		}
		PatrolSummary s = queries.detail(body.id(), user).orElseThrow().patrol();
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(s);
	}

	@PostMapping("/patrols/{id}/points")
	@PreAuthorize(PATROLLERS)
	@Operation(summary = "Append a batch of track points (seq per point); points already stored are not stored again")
	AppendResult append(@PathVariable String id, @Valid @RequestBody AppendRequest body) {
		List<TrackPoint> points = body.points().stream()
			.map(p -> new TrackPoint(p.seq(), p.at(), p.lat(), p.lon(), p.accuracy())).toList();
		return recording.append(id, new PatrolCommands.Append(body.batch(), points), users.current());
	}

	@PostMapping(path = "/patrols/{id}/findings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(PATROLLERS)
	@Operation(summary = "Add a finding (note, position, photos); openCase files a case (source PATROL); resend-safe by clientId")
	ResponseEntity<FindingView> addFinding(@PathVariable String id, @RequestPart("finding") FindingRequest body,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		List<PatrolCommands.Photo> uploads = new ArrayList<>();
		if (photos != null) {
			for (MultipartFile f : photos) {
				try {
					uploads.add(new PatrolCommands.Photo(f.getOriginalFilename(), f.getBytes()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		PatrolRecording.FindingAdded added = recording.addFinding(id, new PatrolCommands.AddFinding(body.clientId(),
				body.at(), body.lat(), body.lon(), body.note(), Boolean.TRUE.equals(body.openCase()), body.category()),
				uploads, users.current());
		return ResponseEntity.status(added.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(queries.finding(added.id()).orElseThrow());
	}

	@PostMapping("/patrols/{id}/end")
	@PreAuthorize(PATROLLERS)
	@Operation(summary = "End the patrol: the server computes duration, distance, near-reach share and effectiveness")
	PatrolSummary end(@PathVariable String id, @Valid @RequestBody EndRequest body) {
		CurrentUser user = users.current();
		recording.end(id, new PatrolCommands.End(body.endedAt()), user);
		return queries.detail(id, user).orElseThrow().patrol();
	}

	@GetMapping("/patrols")
	@PreAuthorize(READERS)
	PageResult<PatrolSummary> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) Long waterBodyId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return queries.list(users.current(), mine, waterBodyId, from, to, page, size);
	}

	@GetMapping("/patrols/{id}")
	@PreAuthorize(READERS)
	PatrolDetail get(@PathVariable String id) {
		return queries.detail(id, users.current())
			.orElseThrow(() -> new NotFoundException("巡河记录不存在 / no such patrol: " + id));
	}

	@GetMapping("/duties/mine")
	@PreAuthorize(PATROLLERS)
	List<DutyView> myDuties() {
		return queries.openDuties(users.current());
	}

	@GetMapping("/targets")
	@PreAuthorize(PATROLLERS)
	List<PatrolTarget> targets() {
		return queries.targets(users.current());
	}

	@GetMapping("/compliance")
	@PreAuthorize(OVERSEERS)
	@Operation(summary = "Compliance per person or per sub-region over duties whose period ends in [from, to]")
	List<ComplianceRow> compliance(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "PERSON") PatrolQueries.GroupBy groupBy) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.CHINA);
		return queries.compliance(users.current(), regionCode, from == null ? today.withDayOfYear(1) : from,
				to == null ? today.withDayOfYear(today.lengthOfYear()) : to, groupBy);
	}

	record WaterBodyPatrols(List<PatrolSummary> recent, List<ComplianceRow> compliance, LocalDate from, LocalDate to) {
	}

	@GetMapping("/waterbodies/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A water body's recent patrols and its per-person compliance this year (dossier section)")
	WaterBodyPatrols waterBody(@PathVariable Long id) {
		CurrentUser user = users.current();
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.CHINA);
		LocalDate from = today.withDayOfYear(1), to = today.withDayOfYear(today.lengthOfYear());
		return new WaterBodyPatrols(queries.recentOnWaterBody(user, id, 10),
				queries.waterBodyCompliance(user, id, from, to), from, to);
	}
}
