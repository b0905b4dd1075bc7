package cn.hezhang.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseQueries;
import cn.hezhang.casework.DeadlineExtended;
import cn.hezhang.casework.CaseViews.CaseSummary;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.Times;
import cn.hezhang.supervision.domain.Ladder;
import cn.hezhang.supervision.domain.Ladders;
import cn.hezhang.supervision.domain.Listing;
import cn.hezhang.supervision.domain.Listings;
import cn.hezhang.supervision.domain.SupervisionNotice;
import cn.hezhang.supervision.domain.SupervisionNotices;
import cn.hezhang.supervision.process.LadderProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdue ladder (催办 → 督办 → 挂牌督办/提级) of the cases, driven by {@code SupervisionLadderProcess}: started once
 * per case by {@link CaseOverdue} (or by the rework limit), stopped by {@link CaseClosed}. Every step is idempotent.
 */
@Service
@Transactional
public class SupervisionLadder {
	static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.CHINA);

	private final Ladders ladders;
	private final SupervisionNotices notices;
	private final Listings listings;
	private final LadderProcess process;
	private final CaseQueries cases;
	private final RegionDirectory regions;
	private final WorkingDays workingDays;
	private final SupervisionSettings settings;
	private final ApplicationEventPublisher events;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	SupervisionLadder(Ladders ladders, SupervisionNotices notices, Listings listings, LadderProcess process,
			CaseQueries cases, RegionDirectory regions, WorkingDays workingDays, SupervisionSettings settings,
			ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.ladders = ladders;
		this.notices = notices;
		this.listings = listings;
		this.process = process;
		this.cases = cases;
		this.regions = regions;
		this.workingDays = workingDays;
		this.settings = settings;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LadderSchedule schedule() {
		return LadderSchedule.of(workingDays.rules(), workingDays.endOfDay(), settings);
	}

	// ------------------------------------------------------------------ events of the case

	/** Starts the ladder of an overdue case, once; a closed case or a second event starts nothing. */
	public Optional<Long> onOverdue(CaseOverdue e) {
		Optional<Ladder> existing = ladders.findByCaseId(e.caseId());
		if (existing.isPresent()) {
			existing.get().reworked(e.reworkCount());
			return Optional.empty();
		}
		if (!stillOpen(e.caseNo())) {
			return Optional.empty();
		}
		Ladder ladder = ladders.saveAndFlush(new Ladder(e.caseId(), e.caseNo(), e.regionCode(), e.handlingRegionCode(),
				e.unitId(), e.category(), e.deadline(), e.reworkCount(), schedule().superviseAt(e.deadline()),
				clock.instant()));
		start(ladder, e.reworkCount() >= settings.reworkLimit() ? "LIST" : "URGE");
		return Optional.of(ladder.id());
	}

	/** Counts a rework; at the limit the case is listed at once (from any rung below, or without a ladder yet). */
	public void onAcceptanceFailed(AcceptanceFailed e) {
		Optional<Ladder> existing = ladders.findByCaseId(e.caseId());
		if (existing.isPresent()) {
			Ladder ladder = existing.get();
			ladder.reworked(e.reworkCount());
			if (e.reworkCount() >= settings.reworkLimit() && ladder.active() && ladder.rung() != LadderRung.LISTED) {
				process.reworkLimitReached(ladder.processInstanceId());
			}
			return;
		}
		if (e.reworkCount() < settings.reworkLimit()) {
			return;
		}
		CaseSummary c = cases.summariesByCaseNo(List.of(e.caseNo())).get(e.caseNo());
		if (c == null || !c.status().isOpen()) {
			return;
		}
		Ladder ladder = ladders.saveAndFlush(new Ladder(e.caseId(), e.caseNo(), e.regionCode(), e.handlingRegionCode(),
				e.unitId(), c.category(), c.deadline() == null ? e.at() : c.deadline(), e.reworkCount(), null,
				clock.instant()));
		start(ladder, "LIST");
	}

	/**
	 * The chief extended the deadline. On 催办 the 督办 moves to N working days after the new deadline (the unit was
	 * given the time); a 督办单 or a listing, once issued, stands until the case closes.
	 */
	public void onDeadlineExtended(DeadlineExtended e) {
		ladders.findByCaseId(e.caseId()).filter(Ladder::waitingForSupervision).ifPresent(ladder -> {
			Instant superviseAt = schedule().superviseAt(e.newDeadline());
			if (process.postponeSupervision(ladder.processInstanceId(), superviseAt)) {
				ladder.postpone(e.newDeadline(), superviseAt);
			}
		});
	}

	/** The case closed: the ladder stops on any rung and a listing is lifted (摘牌). */
	public void onClosed(CaseClosed e) {
		Instant now = clock.instant();
		ladders.findByCaseId(e.caseId()).ifPresent(ladder -> {
			if (ladder.stop(e.closedAt() == null ? now : e.closedAt())) {
				process.caseClosed(ladder.processInstanceId());
			}
		});
		listings.findByCaseId(e.caseId()).ifPresent(l -> l.delist(e.closedAt() == null ? now : e.closedAt()));
	}

	private boolean stillOpen(String caseNo) {
		CaseSummary c = cases.summariesByCaseNo(List.of(caseNo)).get(caseNo);
		return c != null && c.status().isOpen();
	}

	private void start(Ladder ladder, String startRung) {
		Map<String, Object> vars = new HashMap<>();
		vars.put(LadderProcess.CASE_ID, ladder.caseId());
		vars.put(LadderProcess.LADDER_ID, ladder.id());
		vars.put(LadderProcess.UNIT_GROUP, ladder.unitId() == null ? TaskGroups.office(ladder.handlingRegionCode())
				: TaskGroups.unit(ladder.unitId()));
		vars.put(LadderProcess.START_RUNG, startRung);
		vars.put(LadderProcess.SUPERVISE_AT, ladder.superviseAt() == null ? clock.instant() : ladder.superviseAt());
		ladder.attachProcess(process.start(ladder.caseNo(), vars));
	}

	// ------------------------------------------------------------------ the process's steps

	/** 催办: the urge notice to the unit (once); answers the acknowledgement due date. */
	public Map<String, Object> issueUrge(Long ladderId) {
		Ladder ladder = ladder(ladderId);
		Instant now = clock.instant();
		SupervisionNotice notice = notices.findByLadderIdAndKind(ladderId, NoticeKind.URGE).orElse(null);
		if (notice == null && ladder.urged(now)) {
			Instant due = schedule().acknowledgeBy(now);
			String content = "你单位承办的问题 %s 整改期限 %s 已到期，尚未整改验收到位。请于 %s 前签收本催办通知，并抓紧整改；逾期 %d 个工作日仍未整改的，将下发督办单。"
				.formatted(ladder.caseNo(), AT.format(ladder.deadline()), AT.format(due), settings.superviseAfterWorkingDays());
			notice = notices.save(new SupervisionNotice(ladder, NoticeKind.URGE, "催办-" + ladder.caseNo(),
					ladder.handlingRegionCode(), content, now, due));
			events.publishEvent(new UrgeIssued(notice.id(), ladder.caseId(), ladder.caseNo(), ladder.regionCode(),
					ladder.handlingRegionCode(), ladder.unitId(), ladder.deadline(), due, now));
		}
		return Map.of(LadderProcess.ACK_DUE, notice == null ? schedule().acknowledgeBy(now) : notice.dueAt());
	}

	/** 督办: the numbered 督办单 of the office of the case's level (once); answers the reply and listing dates. */
	public Map<String, Object> issueSupervisionNotice(Long ladderId) {
		Ladder ladder = ladder(ladderId);
		Instant now = clock.instant();
		LadderSchedule schedule = schedule();
		Instant listAt = schedule.listAt(ladder.superviseAt() == null ? now : ladder.superviseAt());
		SupervisionNotice notice = notices.findByLadderIdAndKind(ladderId, NoticeKind.SUPERVISION).orElse(null);
		if (notice == null && ladder.supervised(now, listAt)) {
			Instant due = schedule.replyBy(now);
			String issuer = ladder.handlingRegionCode();
			String officeName = regions.find(issuer).map(RegionView::name).orElse(issuer) + "河长制办公室";
			int year = now.atZone(Times.CHINA).getYear();
			String no = "%s督〔%d〕%d号".formatted(regions.find(issuer).map(RegionView::name).orElse(issuer), year,
					nextNumber(issuer, year));
			String content = ("你单位承办的问题 %s 整改期限 %s 已过，经催办仍未整改到位。现予督办：请立即组织整改，并于 %s 前书面回复整改情况、"
					+ "责任人和完成时限。逾期仍未整改的，将挂牌督办并提请上一级河长办和河长督导。（%s）")
				.formatted(ladder.caseNo(), AT.format(ladder.deadline()), AT.format(due), officeName);
			notice = notices.save(new SupervisionNotice(ladder, NoticeKind.SUPERVISION, no, issuer, content, now, due));
			events.publishEvent(new SupervisionNoticeIssued(notice.id(), no, ladder.caseId(), ladder.caseNo(),
					ladder.regionCode(), issuer, ladder.unitId(), due, now));
		}
		return Map.of(LadderProcess.LIST_AT, ladder.listAt() == null ? listAt : ladder.listAt(), LadderProcess.REPLY_DUE,
				notice == null ? schedule.replyBy(now) : notice.dueAt());
	}

	/** 挂牌督办/提级 (once): the public listing, escalated to the office and chief one level above the handling office. */
	public void list(Long ladderId) {
		Ladder ladder = ladder(ladderId);
		Instant now = clock.instant();
		if (!ladder.listed(now) || listings.findByCaseId(ladder.caseId()).isPresent()) {
			return;
		}
		Listing.Reason reason = ladder.reworkCount() >= settings.reworkLimit() ? Listing.Reason.REWORK
				: Listing.Reason.OVERDUE;
		String escalatedTo = regions.parent(ladder.handlingRegionCode()).map(RegionView::code)
			.orElse(ladder.handlingRegionCode());
		Long waterBodyId = Optional.ofNullable(cases.summariesByCaseNo(List.of(ladder.caseNo())).get(ladder.caseNo()))
			.map(CaseSummary::waterBodyId).orElse(null);
		listings.save(new Listing(ladder.caseId(), ladder.caseNo(), ladder.id(), ladder.regionCode(), waterBodyId,
				ladder.category() == null ? "OTHER" : ladder.category(), reason, escalatedTo, now, ladder.deadline()));
		events.publishEvent(new CaseListed(ladder.caseId(), ladder.caseNo(), ladder.regionCode(),
				ladder.handlingRegionCode(), escalatedTo, ladder.unitId(), reason.name(), now));
	}

	int nextNumber(String issuingRegionCode, int year) {
		int updated = jdbc.update(
				"UPDATE sv_notice_seq SET last_no = last_no + 1 WHERE issuing_region_code = ? AND seq_year = ?",
				issuingRegionCode, year);
		if (updated == 0) {
			try {
				jdbc.update("INSERT INTO sv_notice_seq (issuing_region_code, seq_year, last_no) VALUES (?, ?, 1)",
						issuingRegionCode, year);
				return 1;
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				jdbc.update("UPDATE sv_notice_seq SET last_no = last_no + 1 WHERE issuing_region_code = ? AND seq_year = ?",
						issuingRegionCode, year);
			}
		}
		return jdbc.queryForObject("SELECT last_no FROM sv_notice_seq WHERE issuing_region_code = ? AND seq_year = ?",
				Integer.class, issuingRegionCode, year);
	}

	// ------------------------------------------------------------------ the unit answers

	/** The unit acknowledges the urge (签收) or replies to the 督办单 (回复); recorded once, then the task completes. */
	public SupervisionNotice respond(Long noticeId, String text, CurrentUser user) {
		SupervisionNotice notice = notices.findById(noticeId).filter(n -> SupervisionReads.canSee(n, user))
			.orElseThrow(() -> new NotFoundException("通知不存在 / no such notice"));
		if (!(user.is(Role.UNIT) && notice.unitId() != null && notice.unitId().equals(user.orgId()))) {
			throw new ForbiddenException("只有被督办的责任单位可以签收或回复 / only the supervised unit may answer");
		}
		String trimmed = text == null ? "" : text.trim();
		if (notice.kind() == NoticeKind.SUPERVISION && trimmed.isEmpty()) {
			throw new InvalidInputException("text", "请填写整改情况 / describe the rectification");
		}
		if (trimmed.length() > 2000) {
			throw new InvalidInputException("text", "最多 2000 字 / at most 2000 characters");
		}
		Ladder ladder = ladder(notice.ladderId());
		if (!ladder.active()) {
			throw new ConflictException("问题已销号，督办已停止 / the case is closed");
		}
		if (!notice.respond(trimmed.isEmpty() ? "已签收" : trimmed, user.displayName(), clock.instant())) {
			throw new ConflictException("已签收或已回复 / already answered");
		}
		process.completeTask(ladder.processInstanceId(),
				notice.kind() == NoticeKind.URGE ? LadderProcess.TASK_ACKNOWLEDGE : LadderProcess.TASK_REPLY);
		return notice;
	}

	/**
	 * 提前督办: the office of the case's handling region (or one above it) or a supervisor issues the 督办单 now,
	 * without waiting for the N working days — for a case that cannot wait. Only on 催办.
	 */
	public void superviseNow(Long ladderId, CurrentUser user) {
		Ladder ladder = ladders.findById(ladderId)
			.filter(l -> user.covers(l.handlingRegionCode()))
			.orElseThrow(() -> new NotFoundException("没有督办记录 / no such ladder"));
		if (!ladder.waitingForSupervision() || !process.superviseNow(ladder.processInstanceId())) {
			throw new ConflictException("只能对处于催办阶段的问题提前督办 / only a case on 催办 can be supervised early");
		}
	}

	private Ladder ladder(Long id) {
		return ladders.findById(id).orElseThrow(() -> new NotFoundException("督办记录不存在 / no such ladder"));
	}
}
