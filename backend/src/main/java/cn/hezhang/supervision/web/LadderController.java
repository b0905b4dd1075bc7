package cn.hezhang.supervision.web;

import java.nio.charset.StandardCharsets;

import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import cn.hezhang.supervision.LadderRung;
import cn.hezhang.supervision.NoticeKind;
import cn.hezhang.supervision.SupervisionLadder;
import cn.hezhang.supervision.SupervisionReads;
import cn.hezhang.supervision.SupervisionViews.LadderRow;
import cn.hezhang.supervision.SupervisionViews.NoticeRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The overdue sheet with each case's ladder state, and the notices (催办通知, 督办单) with the unit's answers.
 * Supervisors, chiefs and offices see their region subtree; a unit sees its own notices; others nothing.
 */
@RestController
@RequestMapping("/api/supervision")
@Validated
@Tag(name = "supervision", description = "督办 / the overdue ladder, urge and supervision notices")
class LadderController {
	static final String READERS = "hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN')";

	private final SupervisionReads reads;
	private final SupervisionLadder ladder;
	private final CurrentUsers users;
	private final NoticePdf pdf;

	LadderController(SupervisionReads reads, SupervisionLadder ladder, CurrentUsers users, NoticePdf pdf) {
		this.reads = reads;
		this.ladder = ladder;
		this.users = users;
		this.pdf = pdf;
	}

	@GetMapping("/ladders")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN','UNIT')")
	@Operation(summary = "The overdue sheet: cases on the ladder, most overdue first")
	PageResult<LadderRow> ladders(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) LadderRung rung, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "true") boolean activeOnly, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return reads.ladders(users.current(),
				new SupervisionReads.Filter(regionCode, rung, null, category, activeOnly ? Boolean.TRUE : null), page, size);
	}

	@PostMapping("/ladders/{id}/supervise-now")
	@PreAuthorize("hasAnyRole('SUPERVISOR','OFFICE')")
	@Operation(summary = "提前督办: issue the 督办单 of a case on 催办 now instead of after N working days")
	LadderRow superviseNow(@PathVariable Long id) {
		ladder.superviseNow(id, users.current());
		return reads.ladder(id, users.current());
	}

	@GetMapping("/ladders/by-case/{caseId}")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN','UNIT')")
	LadderRow ladderOfCase(@PathVariable Long caseId) {
		return reads.ladderOfCase(caseId, users.current());
	}

	@GetMapping("/notices")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN','UNIT')")
	@Operation(summary = "Urge and supervision notices, newest first")
	PageResult<NoticeRow> notices(@RequestParam(required = false) String regionCode,
			@RequestParam(required = false) NoticeKind kind, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		return reads.notices(users.current(), new SupervisionReads.Filter(regionCode, null, kind, null, null), page, size);
	}

	@GetMapping("/notices/{id}")
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN','UNIT')")
	NoticeRow notice(@PathVariable Long id) {
		return reads.notice(id, users.current());
	}

	@GetMapping(path = "/notices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('SUPERVISOR','CHIEF','OFFICE','ADMIN','UNIT')")
	@Operation(summary = "The printable 督办单 / 催办通知")
	ResponseEntity<byte[]> pdf(@PathVariable Long id) {
		NoticeRow n = reads.notice(id, users.current());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(n.kindLabel() + "-" + n.caseNo() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(pdf.render(n));
	}

	record Answer(String text) {
	}

	@PostMapping("/notices/{id}/answer")
	@PreAuthorize("hasRole('UNIT')")
	@Operation(summary = "The unit acknowledges an urge (签收) or replies to a 督办单 (回复); once")
	NoticeRow answer(@PathVariable Long id, @RequestBody(required = false) Answer answer) {
		ladder.respond(id, answer == null ? null : answer.text(), users.current());
		return reads.notice(id, users.current());
	}
}
