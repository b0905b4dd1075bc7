package cn.hezhang.casework;

import static cn.hezhang.casework.process.CaseProcessVariables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.casework.domain.Categories;
import cn.hezhang.casework.domain.Category;
import cn.hezhang.casework.domain.DeadlineRule;
import cn.hezhang.casework.domain.DeadlineRules;
import cn.hezhang.casework.domain.ExtensionRequest;
import cn.hezhang.casework.domain.ExtensionRequests;
import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.casework.domain.IssueCases;
import cn.hezhang.casework.process.CaseProcess;
import cn.hezhang.casework.process.CaseProcess.OpenTask;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgKind;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case module's write API. Each step loads the case within the caller's scope (404 outside it), checks that
 * the process waits for this step and offers it to the caller (409 / 403), lets the aggregate change its state,
 * writes the timeline and completes the engine task — all in one transaction: a failure leaves neither.
 */
@Service
@Transactional
public class CaseManagement {
	/** Roughly mainland China and its waters: a WGS84 point outside is a device or typing error. */
	static final BigDecimal MIN_LAT = new BigDecimal("3.8"), MAX_LAT = new BigDecimal("53.6");
	static final BigDecimal MIN_LON = new BigDecimal("73.4"), MAX_LON = new BigDecimal("135.1");

	private final IssueCases cases;
	private final ExtensionRequests extensions;
	private final Categories categories;
	private final DeadlineRules deadlineRules;
	private final CaseTimeline timeline;
	private final CaseProcess process;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final WaterbodyCatalog waterbodies;
	private final WorkingDays workingDays;
	private final CaseworkSettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseManagement(IssueCases cases, ExtensionRequests extensions, Categories categories, DeadlineRules deadlineRules,
			CaseTimeline timeline, CaseProcess process, RegionDirectory regions, OrgDirectory orgs,
			WaterbodyCatalog waterbodies, WorkingDays workingDays, CaseworkSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.extensions = extensions;
		this.categories = categories;
		this.deadlineRules = deadlineRules;
		this.timeline = timeline;
		this.process = process;
		this.regions = regions;
		this.orgs = orgs;
		this.waterbodies = waterbodies;
		this.workingDays = workingDays;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	// ------------------------------------------------------------------ report

	/** A report by a logged-in inspector, chief or office, inside the caller's region. */
	public Long report(ReportCommand command, CurrentUser user) {
		if (!(user.is(Role.INSPECTOR) || user.is(Role.CHIEF) || user.is(Role.OFFICE))) {
			throw new ForbiddenException("只有巡河员、河长和河长办可以报告问题 / only inspectors, chiefs and offices report problems");
		}
		return report(command, Actor.of(user), user);
	}

	/**
	 * A report from another module (patrol finding, public portal, Open311, monitoring, supervision). The caller
	 * has checked who may report; {@code scopeOf} (nullable) limits the reach to a user's region.
	 */
	public Long report(ReportCommand command, Actor actor, CurrentUser scopeOf) {
		if (command.clientId() != null) {
			Optional<IssueCase> existing = cases.findByClientId(command.clientId());
			if (existing.isPresent()) {
				return existing.get().id();
			}
		}
		Instant now = clock.instant();
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		String regionCode = command.regionCode();
		Long waterBodyId = command.waterBodyId();
		if (command.reachId() != null) {
			Optional<ReachView> reach = waterbodies.reach(command.reachId());
			if (reach.isEmpty() || (scopeOf != null && !scopeOf.covers(reach.get().regionCode()))) {
				errors.add(new InvalidInputException.FieldError("reachId", "河段不存在或不在您的辖区 / unknown reach or outside your region"));
			}
			else {
				if (waterBodyId != null && !waterBodyId.equals(reach.get().waterBodyId())) {
					errors.add(new InvalidInputException.FieldError("reachId", "河段不属于所选水体 / the reach is not on this water body"));
				}
				waterBodyId = reach.get().waterBodyId();
				regionCode = reach.get().regionCode();
			}
		}
		else if (regionCode == null || regions.find(regionCode).isEmpty()) {
			errors.add(new InvalidInputException.FieldError(command.source() == CaseSource.PUBLIC
					|| command.source() == CaseSource.OPEN311 ? "regionCode" : "reachId", "请选择河段 / choose a reach"));
		}
		Category category = categories.findById(command.category() == null ? "" : command.category()).orElse(null);
		if (category == null || !category.active()) {
			errors.add(new InvalidInputException.FieldError("category", "未知的问题类别 / unknown category"));
		}
		if (command.description() == null || command.description().isBlank()) {
			errors.add(new InvalidInputException.FieldError("description", "请描述问题 / describe the problem"));
		}
		else if (command.description().length() > 4000) {
			errors.add(new InvalidInputException.FieldError("description", "最多 4000 字 / at most 4000 characters"));
		}
		checkLocation(command.lat(), command.lon(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		boolean fromStaff = command.source() == CaseSource.INSPECTOR || command.source() == CaseSource.CHIEF
				|| command.source() == CaseSource.OFFICE || command.source() == CaseSource.PATROL;
		CaseTimeline.requirePhotos(command.photos(), fromStaff ? 1 : 0, 9);

		RegionView office = regions.handlingOffice(regionCode);
		IssueCase c = IssueCase.report(command.source(), command.clientId(), waterBodyId, command.reachId(), regionCode,
				office.code(), category.code(), command.description().trim(), command.lat(), command.lon(),
				CaseTimeline.blankToNull(command.address()),
				command.reporter() == null ? Reporter.anonymous() : command.reporter(), now);
		cases.saveAndFlush(c);
		c.numberFrom(now);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("source", command.source());
		details.put("category", category.code());
		timeline.record(c, StepAction.REPORTED, actor, now, null, details, "已收到", command.photos(), PhotoKind.REPORT);

		Map<String, Object> vars = new HashMap<>(groupsFor(office.code()));
		vars.put(CASE_ID, c.id());
		vars.put(OFFICE_DUE, workingDays.deadlineAfter(now, settings.triageWorkingDays()));
		c.attachProcess(process.start(c.caseNo(), vars));
		events.publishEvent(new CaseReported(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(), c.category(),
				c.source(), c.waterBodyId(), now));
		return c.id();
	}

	static void checkLocation(BigDecimal lat, BigDecimal lon, List<InvalidInputException.FieldError> errors) {
		if (lat == null || lat.compareTo(MIN_LAT) < 0 || lat.compareTo(MAX_LAT) > 0) {
			errors.add(new InvalidInputException.FieldError("lat", "纬度不在中国境内 (WGS84) / latitude outside China"));
		}
		if (lon == null || lon.compareTo(MIN_LON) < 0 || lon.compareTo(MAX_LON) > 0) {
			errors.add(new InvalidInputException.FieldError("lon", "经度不在中国境内 (WGS84) / longitude outside China"));
		}
	}

	// ------------------------------------------------------------------ triage

	public void triage(Long caseId, CaseCommands.Triage command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_TRIAGE, user, "受理研判");
		Instant now = clock.instant();
		if (command.decision() == null) {
			throw new InvalidInputException("decision", "请选择研判结果 / choose a decision");
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(TRIAGE_DECISION, command.decision().name());
		switch (command.decision()) {
			case ACCEPT -> {
				List<InvalidInputException.FieldError> errors = new ArrayList<>();
				String category = command.category() == null ? c.category() : command.category();
				if (categories.findById(category).filter(Category::active).isEmpty()) {
					errors.add(new InvalidInputException.FieldError("category", "未知的问题类别 / unknown category"));
				}
				if (command.severity() == null) {
					errors.add(new InvalidInputException.FieldError("severity", "请选择问题等级 / choose a severity"));
				}
				if (!errors.isEmpty()) {
					throw new InvalidInputException(errors);
				}
				c.accept(category, command.severity(), now);
				timeline.record(c, StepAction.ACCEPTED, Actor.of(user), now, command.reason(),
						Map.of("category", category, "severity", command.severity()), "已受理", null, null);
				vars.put(OFFICE_DUE, workingDays.deadlineAfter(now, settings.triageWorkingDays()));
				process.complete(task, vars);
				events.publishEvent(new CaseAccepted(c.id(), c.caseNo(), c.regionCode(), category, command.severity(), now));
			}
			case REJECT -> {
				List<InvalidInputException.FieldError> errors = new ArrayList<>();
				if (command.rejectKind() == null) {
					errors.add(new InvalidInputException.FieldError("rejectKind", "请选择不予受理的原因 / choose why"));
				}
				if (CaseTimeline.blankToNull(command.reason()) == null) {
					errors.add(new InvalidInputException.FieldError("reason", "请说明理由 / give a reason"));
				}
				Long duplicateOf = null;
				if (command.rejectKind() == RejectKind.DUPLICATE) {
					Optional<IssueCase> original = command.duplicateOfCaseNo() == null ? Optional.empty()
							: cases.findByCaseNo(command.duplicateOfCaseNo().trim());
					if (original.isEmpty() || original.get().id().equals(c.id())) {
						errors.add(new InvalidInputException.FieldError("duplicateOfCaseNo", "重复的案件编号不存在 / no such case"));
					}
					else {
						duplicateOf = original.get().id();
					}
				}
				if (!errors.isEmpty()) {
					throw new InvalidInputException(errors);
				}
				c.reject(command.rejectKind(), duplicateOf, now);
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("rejectKind", command.rejectKind());
				if (command.duplicateOfCaseNo() != null) {
					details.put("duplicateOfCaseNo", command.duplicateOfCaseNo().trim());
				}
				timeline.record(c, StepAction.REJECTED, Actor.of(user), now, command.reason(), details,
						command.rejectKind() == RejectKind.DUPLICATE ? "重复问题, 已合并处理" : "经核实不予受理", null, null);
				process.complete(task, vars);
				events.publishEvent(new CaseRejected(c.id(), c.caseNo(), c.regionCode(), command.rejectKind(), now));
			}
			case TRANSFER -> {
				RegionView target = command.targetRegionCode() == null ? null
						: regions.find(command.targetRegionCode()).orElse(null);
				if (target == null || target.level() == AdminLevel.TOWNSHIP || target.level() == AdminLevel.REGION) {
					throw new InvalidInputException("targetRegionCode", "请选择要转办的旗县区或盟市 / choose a county or city");
				}
				if (target.code().equals(c.handlingRegionCode())) {
					throw new InvalidInputException("targetRegionCode", "不能转办给本级 / that is this office");
				}
				reroute(c, task, vars, target, target.code(), StepAction.TRANSFERRED, command.reason(), user, now, false);
			}
			case ESCALATE -> {
				RegionView parent = regions.parent(c.handlingRegionCode())
					.orElseThrow(() -> new ConflictException("自治区级已是最高级, 不能再上报 / already at the top level"));
				reroute(c, task, vars, parent, null, StepAction.ESCALATED, command.reason(), user, now, true);
			}
		}
	}

	private void reroute(IssueCase c, OpenTask task, Map<String, Object> vars, RegionView to, String newRegionCode,
			StepAction action, String reason, CurrentUser user, Instant now, boolean escalated) {
		if (CaseTimeline.blankToNull(reason) == null) {
			throw new InvalidInputException("reason", "请说明理由 / give a reason");
		}
		String from = c.handlingRegionCode();
		c.reroute(to.code(), newRegionCode, now);
		timeline.record(c, action, Actor.of(user), now, reason,
				Map.of("from", from, "to", to.code(), "toName", to.name()), escalated ? "已上报上级" : "已转办", null, null);
		vars.putAll(groupsFor(to.code()));
		vars.put(OFFICE_DUE, workingDays.deadlineAfter(now, settings.triageWorkingDays()));
		process.complete(task, vars);
		events.publishEvent(new CaseRerouted(c.id(), c.caseNo(), from, to.code(), escalated, now));
	}

	// ------------------------------------------------------------------ assignment

	/** The deadline the rule table gives for a category and severity, from now. */
	@Transactional(readOnly = true)
	public DefaultDeadline defaultDeadline(String category, Severity severity) {
		int days = deadlineRules.findById(new DeadlineRule.Key(category, severity.name()))
			.map(DeadlineRule::workingDays).orElse(10);
		return new DefaultDeadline(workingDays.deadlineAfter(clock.instant(), days), days);
	}

	public record DefaultDeadline(Instant deadline, int workingDays) {
	}

	public void assign(Long caseId, CaseCommands.Assign command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_ASSIGN, user, "交办");
		Instant now = clock.instant();
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		OrgView unit = orgs.find(command.unitId()).orElse(null);
		if (unit == null || unit.kind() != OrgKind.UNIT || !unit.active()
				|| !regions.get(c.handlingRegionCode()).contains(unit.regionCode())) {
			errors.add(new InvalidInputException.FieldError("unitId", "请选择本辖区的责任单位 / choose a unit of this region"));
		}
		if (CaseTimeline.blankToNull(command.requirement()) == null) {
			errors.add(new InvalidInputException.FieldError("requirement", "请填写整改要求 / state the requirement"));
		}
		if (command.urgency() == null) {
			errors.add(new InvalidInputException.FieldError("urgency", "请选择紧急程度 / choose the urgency"));
		}
		if (command.deadline() != null && !command.deadline().isAfter(now)) {
			errors.add(new InvalidInputException.FieldError("deadline", "整改期限必须在将来 / the deadline must be in the future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		boolean byRule = command.deadline() == null;
		DefaultDeadline rule = byRule ? defaultDeadline(c.category(), c.severity()) : null;
		Instant deadline = byRule ? rule.deadline() : command.deadline();
		Instant warningAt = warningFor(deadline, now);
		c.assign(unit.id(), command.requirement().trim(), command.urgency(), deadline, warningAt, now);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("unitId", unit.id());
		details.put("unitName", unit.name());
		details.put("deadline", deadline);
		details.put("urgency", command.urgency());
		if (byRule) {
			details.put("workingDays", rule.workingDays());
		}
		timeline.record(c, StepAction.ASSIGNED, Actor.of(user), now, command.requirement(), details,
				"已交办责任单位整改", null, null);
		process.complete(task, Map.of(UNIT_GROUP, TaskGroups.unit(unit.id()), DEADLINE, deadline, WARNING_AT, warningAt));
		events.publishEvent(new CaseAssigned(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(), unit.id(),
				deadline, now));
	}

	private Instant warningFor(Instant deadline, Instant now) {
		Instant warningAt = workingDays.workingDaysBefore(deadline, settings.warningWorkingDays());
		return warningAt.isBefore(now) ? now : warningAt;
	}

	// ------------------------------------------------------------------ the unit's steps

	public void handBack(Long caseId, String reason, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_RECTIFY, user, "整改");
		if (CaseTimeline.blankToNull(reason) == null) {
			throw new InvalidInputException("reason", "请说明退回理由 / give a reason");
		}
		Instant now = clock.instant();
		Long unitId = c.unitOrgId();
		c.handBack(now, settings.handbackWindow());
		extensions.findFirstByCaseIdAndStatus(c.id(), ExtensionRequest.PENDING).ifPresent(e -> e.withdraw(now));
		timeline.record(c, StepAction.HANDED_BACK, Actor.of(user), now, reason, Map.of(), null, null, null);
		process.setVariables(c.processInstanceId(),
				Map.of(OFFICE_DUE, workingDays.deadlineAfter(now, settings.triageWorkingDays())));
		process.complete(task, Map.of(UNIT_OUTCOME, OUTCOME_HANDED_BACK));
		events.publishEvent(new CaseHandedBack(c.id(), c.caseNo(), c.handlingRegionCode(), unitId, now));
	}

	public void progress(Long caseId, CaseCommands.Progress command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		process.taskFor(c.caseNo(), TASK_RECTIFY, user, "整改");
		if (CaseTimeline.blankToNull(command.note()) == null) {
			throw new InvalidInputException("note", "请填写进展 / describe the progress");
		}
		CaseTimeline.requirePhotos(command.photos(), 0, 9);
		Instant now = clock.instant();
		c.recordProgress(now);
		timeline.record(c, StepAction.PROGRESS, Actor.of(user), now, command.note(), Map.of(), "整改进行中",
				command.photos(), PhotoKind.PROGRESS);
	}

	public void requestExtension(Long caseId, CaseCommands.RequestExtension command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		process.taskFor(c.caseNo(), TASK_RECTIFY, user, "整改");
		c.requireExtensible();
		if (extensions.findFirstByCaseIdAndStatus(c.id(), ExtensionRequest.PENDING).isPresent()) {
			throw new ConflictException("已有待审批的延期申请 / an extension request is already pending");
		}
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		if (command.requestedDeadline() == null || !command.requestedDeadline().isAfter(c.deadline())) {
			errors.add(new InvalidInputException.FieldError("requestedDeadline", "新期限必须晚于当前期限 / must be after the current deadline"));
		}
		if (CaseTimeline.blankToNull(command.reason()) == null) {
			errors.add(new InvalidInputException.FieldError("reason", "请说明延期理由 / give a reason"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = clock.instant();
		extensions.save(new ExtensionRequest(c.id(), command.requestedDeadline(), c.deadline(), command.reason().trim(),
				user.id(), now));
		timeline.record(c, StepAction.EXTENSION_REQUESTED, Actor.of(user), now, command.reason(),
				Map.of("requestedDeadline", command.requestedDeadline(), "currentDeadline", c.deadline()), null, null, null);
		process.extensionRequested(c.processInstanceId(),
				workingDays.deadlineAfter(now, settings.extensionDecisionWorkingDays()));
	}

	public void decideExtension(Long caseId, CaseCommands.Decision command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_DECIDE_EXTENSION, user, "审批延期");
		if (!command.approved() && CaseTimeline.blankToNull(command.opinion()) == null) {
			throw new InvalidInputException("opinion", "不批准时请说明理由 / give a reason for refusing");
		}
		Instant now = clock.instant();
		ExtensionRequest request = extensions.findFirstByCaseIdAndStatus(c.id(), ExtensionRequest.PENDING)
			.orElseThrow(() -> new ConflictException("没有待审批的延期申请 / no pending extension request"));
		request.decide(command.approved(), user.id(), command.opinion(), now);
		if (command.approved()) {
			Instant previous = c.deadline();
			Instant deadline = request.requestedDeadline();
			Instant warningAt = warningFor(deadline, now);
			c.extendDeadline(deadline, warningAt, now);
			timeline.record(c, StepAction.EXTENSION_APPROVED, Actor.of(user), now, command.opinion(),
					Map.of("previousDeadline", previous, "deadline", deadline), "整改期限已延长", null, null);
			process.complete(task, Map.of(EXTENSION_APPROVED, true));
			process.deadlineChanged(c.processInstanceId(), c.caseNo(), deadline, warningAt);
			events.publishEvent(new DeadlineExtended(c.id(), c.caseNo(), c.regionCode(), previous, deadline));
		}
		else {
			timeline.record(c, StepAction.EXTENSION_REFUSED, Actor.of(user), now, command.opinion(),
					Map.of("requestedDeadline", request.requestedDeadline()), null, null, null);
			process.complete(task, Map.of(EXTENSION_APPROVED, false));
		}
	}

	public void submitRectification(Long caseId, CaseCommands.Rectification command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_RECTIFY, user, "整改");
		if (CaseTimeline.blankToNull(command.description()) == null) {
			throw new InvalidInputException("description", "请描述整改情况 / describe the rectification");
		}
		CaseTimeline.requirePhotos(command.photos(), 1, 9);
		Instant now = clock.instant();
		c.submitRectification(now);
		timeline.record(c, StepAction.RECTIFICATION_SUBMITTED, Actor.of(user), now, command.description(), Map.of(),
				"整改完成, 待验收", command.photos(), PhotoKind.AFTER);
		process.complete(task, Map.of(UNIT_OUTCOME, OUTCOME_SUBMITTED, ACCEPTANCE_DUE,
				workingDays.deadlineAfter(now, settings.acceptanceWorkingDays())));
		events.publishEvent(new RectificationSubmitted(c.id(), c.caseNo(), c.regionCode(), c.unitOrgId(), now));
	}

	// ------------------------------------------------------------------ acceptance and closure

	public void accept(Long caseId, CaseCommands.Acceptance command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_ACCEPT, user, "验收");
		if (!command.passed() && CaseTimeline.blankToNull(command.opinion()) == null) {
			throw new InvalidInputException("opinion", "验收不通过时请说明理由 / give the reason it failed");
		}
		CaseTimeline.requirePhotos(command.photos(), 0, 9);
		Instant now = clock.instant();
		if (command.passed()) {
			c.passAcceptance(now);
			timeline.record(c, StepAction.ACCEPTANCE_PASSED, Actor.of(user), now, command.opinion(), Map.of(),
					"验收通过", command.photos(), PhotoKind.ACCEPTANCE);
			boolean needsChief = c.status() == CaseStatus.AWAITING_CLOSURE_APPROVAL;
			process.complete(task, Map.of(ACCEPTANCE_PASSED, true, NEEDS_CHIEF_APPROVAL, needsChief, APPROVAL_DUE,
					workingDays.deadlineAfter(now, settings.closureApprovalWorkingDays())));
			if (!needsChief) {
				closed(c, now);
			}
		}
		else {
			c.failAcceptance(now);
			timeline.record(c, StepAction.ACCEPTANCE_FAILED, Actor.of(user), now, command.opinion(),
					Map.of("reworkCount", c.reworkCount()), "验收未通过, 继续整改", command.photos(), PhotoKind.ACCEPTANCE);
			process.complete(task, Map.of(ACCEPTANCE_PASSED, false));
			events.publishEvent(new AcceptanceFailed(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(),
					c.unitOrgId(), c.reworkCount(), now));
		}
	}

	public void approveClosure(Long caseId, CaseCommands.Decision command, CurrentUser user) {
		IssueCase c = visible(caseId, user);
		OpenTask task = process.taskFor(c.caseNo(), TASK_APPROVE_CLOSURE, user, "审批销号");
		Instant now = clock.instant();
		if (command.approved()) {
			c.approveClosure(now);
			timeline.record(c, StepAction.CLOSURE_APPROVED, Actor.of(user), now, command.opinion(), Map.of(), null, null,
					null);
			process.complete(task, Map.of(CLOSURE_APPROVED, true));
			closed(c, now);
		}
		else {
			if (CaseTimeline.blankToNull(command.opinion()) == null) {
				throw new InvalidInputException("opinion", "不同意销号时请说明理由 / give a reason");
			}
			c.refuseClosure(now);
			timeline.record(c, StepAction.CLOSURE_REFUSED, Actor.of(user), now, command.opinion(),
					Map.of("reworkCount", c.reworkCount()), "继续整改", null, null);
			process.complete(task, Map.of(CLOSURE_APPROVED, false));
			events.publishEvent(new AcceptanceFailed(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(),
					c.unitOrgId(), c.reworkCount(), now));
		}
	}

	private void closed(IssueCase c, Instant now) {
		extensions.findFirstByCaseIdAndStatus(c.id(), ExtensionRequest.PENDING).ifPresent(e -> e.withdraw(now));
		timeline.record(c, StepAction.CLOSED, Actor.SYSTEM, now, null, Map.of("onTime", c.closedOnTime()), "已办结",
				null, null);
		events.publishEvent(new CaseClosed(c.id(), c.caseNo(), c.regionCode(), c.category(), c.unitOrgId(),
				c.reportedAt(), c.deadline(), now, Boolean.TRUE.equals(c.closedOnTime()), c.reworkCount()));
	}

	// ------------------------------------------------------------------ scope

	IssueCase visible(Long caseId, CurrentUser user) {
		IssueCase c = cases.findById(caseId).orElseThrow(() -> notFound(caseId));
		if (!CaseScope.canSee(c, user)) {
			throw notFound(caseId);
		}
		return c;
	}

	static NotFoundException notFound(Object id) {
		return new NotFoundException("案件不存在 / no such case: " + id);
	}

	private static Map<String, Object> groupsFor(String handlingRegionCode) {
		return Map.of(OFFICE_GROUP, TaskGroups.office(handlingRegionCode), CHIEF_GROUP,
				TaskGroups.chief(handlingRegionCode), INSPECTOR_GROUP, TaskGroups.inspector(handlingRegionCode));
	}
}
