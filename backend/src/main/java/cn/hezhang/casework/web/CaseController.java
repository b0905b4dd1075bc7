package cn.hezhang.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.casework.CaseCommands;
import cn.hezhang.casework.CaseFilter;
import cn.hezhang.casework.CaseManagement;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.CaseViews.CaseDetail;
import cn.hezhang.casework.CaseViews.CaseSummary;
import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.casework.ReportCommand;
import cn.hezhang.casework.Reporter;
import cn.hezhang.casework.Severity;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * The case API. Roles are checked here coarsely; which case and which step a user may touch is decided by
 * CaseManagement (scope → 404, step not offered to the user → 403, step not open → 409).
 */
@RestController
@RequestMapping("/api/casework")
@Validated
@Tag(name = "casework", description = "问题交办 / cases: report, triage, assign, rectify, accept, close")
class CaseController {
	private final CaseManagement management;
	private final CaseQueries queries;
	private final CurrentUsers users;
	private final CaseWebMapper mapper;

	CaseController(CaseManagement management, CaseQueries queries, CurrentUsers users, CaseWebMapper mapper) {
		this.management = management;
		this.queries = queries;
		this.users = users;
		this.mapper = mapper;
	}

	@GetMapping("/categories")
	List<CategoryView> categories() {
		return queries.categories().stream().map(c -> new CategoryView(c.code(), c.nameZh(), c.nameEn())).toList();
	}

	record CategoryView(String code, String nameZh, String nameEn) {
	}

	@PostMapping(path = "/cases", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('INSPECTOR','CHIEF','OFFICE')")
	@Operation(summary = "Report a problem with 1–9 photos; resending the same clientId returns the first case (200)")
	ResponseEntity<CaseDetail> report(@Valid @RequestPart("report") CaseRequests.ReportRequest report,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		CurrentUser user = users.current();
		if (report.clientId() != null) {
			var existing = queries.idByClientId(report.clientId());
			if (existing.isPresent()) {
				return ResponseEntity.ok(queries.detailAfterAction(existing.get(), user));
			}
		}
		CaseSource source = switch (user.role()) {
			case CHIEF -> CaseSource.CHIEF;
			case OFFICE -> CaseSource.OFFICE;
			default -> CaseSource.INSPECTOR;
		};
		ReportCommand command = new ReportCommand(source, report.clientId(), report.waterBodyId(), report.reachId(), null,
				report.category(), report.description(), report.lat(), report.lon(), report.address(),
				new Reporter(user.id(), user.displayName(), null, null), uploads(photos));
		Long id;
		try {
			id = management.report(command, user);
		}
		catch (DataIntegrityViolationException e) {
			// the same clientId arrived twice at the same moment: the other request created it
			id = report.clientId() == null ? null : queries.idByClientId(report.clientId()).orElse(null);
			if (id == null) {
				throw e;
			}
			return ResponseEntity.ok(queries.detailAfterAction(id, user));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(queries.detailAfterAction(id, user));
	}

	@GetMapping("/cases")
	PageResult<CaseSummary> list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String category, @RequestParam(required = false) Long waterBodyId,
			@RequestParam(required = false) String regionCode, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(required = false) Boolean open,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return queries.list(users.current().scope(),
				new CaseFilter(status, category, waterBodyId, regionCode, overdue, from, to, q, null, open), page, size);
	}

	@GetMapping("/cases/{id}")
	CaseDetail get(@PathVariable Long id) {
		return queries.detail(id, users.current()).orElseThrow(() -> new NotFoundException("案件不存在 / no such case: " + id));
	}

	@GetMapping("/cases/{id}/default-deadline")
	@PreAuthorize("hasRole('OFFICE')")
	CaseManagement.DefaultDeadline defaultDeadline(@PathVariable Long id, @RequestParam(required = false) String category,
			@RequestParam Severity severity) {
		CaseDetail c = get(id);
		return management.defaultDeadline(category == null ? c.category() : category, severity);
	}

	@PostMapping("/cases/{id}/triage")
	@PreAuthorize("hasRole('OFFICE')")
	CaseDetail triage(@PathVariable Long id, @Valid @RequestBody CaseRequests.TriageRequest body) {
		management.triage(id, mapper.toCommand(body), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping("/cases/{id}/assign")
	@PreAuthorize("hasRole('OFFICE')")
	CaseDetail assign(@PathVariable Long id, @Valid @RequestBody CaseRequests.AssignRequest body) {
		management.assign(id, mapper.toCommand(body), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping("/cases/{id}/handback")
	@PreAuthorize("hasRole('UNIT')")
	CaseDetail handBack(@PathVariable Long id, @Valid @RequestBody CaseRequests.HandBackRequest body) {
		management.handBack(id, body.reason(), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping(path = "/cases/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('UNIT')")
	CaseDetail progress(@PathVariable Long id, @Valid @RequestPart("progress") CaseRequests.ProgressRequest body,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		management.progress(id, new CaseCommands.Progress(body.note(), uploads(photos)), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping("/cases/{id}/extension")
	@PreAuthorize("hasRole('UNIT')")
	CaseDetail requestExtension(@PathVariable Long id, @Valid @RequestBody CaseRequests.ExtensionRequestBody body) {
		management.requestExtension(id, mapper.toCommand(body), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping("/cases/{id}/extension/decision")
	@PreAuthorize("hasRole('CHIEF')")
	CaseDetail decideExtension(@PathVariable Long id, @Valid @RequestBody CaseRequests.DecisionRequest body) {
		management.decideExtension(id, mapper.toCommand(body), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping(path = "/cases/{id}/rectification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('UNIT')")
	CaseDetail submit(@PathVariable Long id, @Valid @RequestPart("rectification") CaseRequests.RectificationRequest body,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		management.submitRectification(id, new CaseCommands.Rectification(body.description(), uploads(photos)),
				users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping(path = "/cases/{id}/acceptance", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('OFFICE','INSPECTOR')")
	CaseDetail accept(@PathVariable Long id, @Valid @RequestPart("acceptance") CaseRequests.AcceptanceRequest body,
			@RequestPart(name = "photos", required = false) List<MultipartFile> photos) {
		management.accept(id, new CaseCommands.Acceptance(body.passed(), body.opinion(), uploads(photos)), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	@PostMapping("/cases/{id}/closure-approval")
	@PreAuthorize("hasRole('CHIEF')")
	CaseDetail approveClosure(@PathVariable Long id, @Valid @RequestBody CaseRequests.DecisionRequest body) {
		management.approveClosure(id, mapper.toCommand(body), users.current());
		return queries.detailAfterAction(id, users.current());
	}

	static List<PhotoUpload> uploads(List<MultipartFile> files) {
		List<PhotoUpload> uploads = new ArrayList<>();
		if (files != null) {
			for (MultipartFile f : files) {
				if (f.isEmpty() && f.getOriginalFilename() == null) {
					continue;
				}
				try {
					uploads.add(new PhotoUpload(f.getOriginalFilename(), f.getBytes()));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return uploads;
	}

}
