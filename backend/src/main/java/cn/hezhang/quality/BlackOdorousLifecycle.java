package cn.hezhang.quality;

import static cn.hezhang.quality.process.LifecycleProcess.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.hezhang.calendar.WorkingDays;
import cn.hezhang.quality.BlackOdorousViews.BodyDetail;
import cn.hezhang.quality.BlackOdorousViews.BodySummary;
import cn.hezhang.quality.BlackOdorousViews.EventView;
import cn.hezhang.quality.BlackOdorousViews.MilestoneView;
import cn.hezhang.quality.BlackOdorousViews.PublicBody;
import cn.hezhang.quality.BlackOdorousViews.SurveyResult;
import cn.hezhang.quality.domain.BlackOdorousBodies;
import cn.hezhang.quality.domain.BlackOdorousBody;
import cn.hezhang.quality.domain.BlackOdorousBody.Status;
import cn.hezhang.quality.domain.BodyEvent;
import cn.hezhang.quality.domain.BoEvents;
import cn.hezhang.quality.domain.Milestone;
import cn.hezhang.quality.domain.BoMilestones;
import cn.hezhang.quality.domain.MonitoringSite;
import cn.hezhang.quality.domain.Sample;
import cn.hezhang.quality.process.LifecycleProcess;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle of an urban black-odorous water body (processes/blackwater/BlackOdorousLifecycleProcess.bpmn):
 * identification by monitoring (its detection points grade it light or heavy) or by a public survey (≥ 100 valid
 * questionnaires of which more than 60 % call it black-odorous) → publication → remediation plan with measures and
 * milestones → initial effect (the latest samples of every point no longer black-odorous) → completion assessment
 * (all four indicators clear at every point and public satisfaction ≥ 90 %) → eliminated (销号) → long-term watch,
 * in which a light or heavy sample reopens it (返黑返臭) and opens a case. The steps belong to the city's office
 * (the guide makes the city government responsible); the record and its timeline live in {@code bo_*}.
 */
@Service
@Transactional
public class BlackOdorousLifecycle {
	/** Guide: public survey, valid questionnaires per water body ≥ 100. */
	static final int SURVEY_MIN_VALID = 100;
	/** Guide: identified when more than 60 % of the respondents call it black-odorous (strictly more). */
	static final int SURVEY_SHARE_PERCENT = 60;
	static final Duration WATCH = Duration.ofDays(730);

	private final BlackOdorousBodies bodies;
	private final BoMilestones milestones;
	private final BoEvents events;
	private final LifecycleProcess process;
	private final BodyGrading grading;
	private final MonitoringCases cases;
	private final WaterbodyCatalog waterbodies;
	private final RegionDirectory regions;
	private final WorkingDays workingDays;
	private final QualitySettings settings;
	private final Clock clock;

	BlackOdorousLifecycle(BlackOdorousBodies bodies, BoMilestones milestones, BoEvents events, LifecycleProcess process,
			BodyGrading grading, MonitoringCases cases, WaterbodyCatalog waterbodies, RegionDirectory regions,
			WorkingDays workingDays, QualitySettings settings, Clock clock) {
		this.bodies = bodies;
		this.milestones = milestones;
		this.events = events;
		this.process = process;
		this.grading = grading;
		this.cases = cases;
		this.waterbodies = waterbodies;
		this.regions = regions;
		this.workingDays = workingDays;
		this.settings = settings;
		this.clock = clock;
	}

	public record PublishCommand(String name, String city, String place, String grade, String responsiblePerson,
			String chiefName, LocalDate deadline) {
	}

	public record MilestoneInput(String measure, String title, LocalDate dueDate) {
	}

	public record PlanCommand(List<String> measures, String note, List<MilestoneInput> milestones, LocalDate deadline) {
	}

	// ------------------------------------------------------------------ monitoring

	/** A detection point got a sample: identify, mark initial effect, or reopen on rebound. */
	void pointSampled(WaterBodyView body, MonitoringSite site, Sample sample) {
		Instant now = clock.instant();
		Optional<BlackOdorousBody> existing = bodies.lockByWaterBodyId(body.id());
		Optional<WaterBodyAssessment> assessment = grading.grade(body.id());
		if (existing.isEmpty()) {
			if (assessment.isPresent() && assessment.get().grade() != BlackOdorousGrade.NONE) {
				BlackOdorousBody b = identify(body, assessment.get().grade(), BlackOdorousBody.IdentifiedBy.MONITORING,
						null, null, now);
				event(b, "IDENTIFIED", "监测识别: " + assessment.get().heavyPoints() + "/" + assessment.get().points()
						+ " 个检测点重度黑臭，级别" + assessment.get().grade().label(), "水质监测", now);
			}
			return;
		}
		BlackOdorousBody b = existing.get();
		switch (b.status()) {
			case ELIMINATED -> {
				if (sample.boGrade() != BlackOdorousGrade.NONE) {
					b.rebound(sample.boGrade(), now);
					Optional<Long> caseId = cases.rebound(body, site, sample);
					event(b, "REBOUND", "检测点 " + site.name() + " 监测为" + sample.boGrade().label() + "黑臭，返黑返臭，重新整治"
							+ caseId.map(id -> "（已立案 #" + id + "）").orElse(""), "水质监测", now);
					if (b.processInstanceId() != null && process.waitsFor(b.processInstanceId(), MSG_REBOUND)) {
						process.correlate(b.processInstanceId(), MSG_REBOUND, Map.of(OFFICE_DUE, officeDue(now)));
					}
				}
			}
			case REMEDIATING -> {
				assessment.ifPresent(a -> b.regrade(a.grade(), now));
				if (grading.cleanOverWindow(body.id())) {
					b.initialEffect(now);
					event(b, "INITIAL_EFFECT", "各检测点最近 " + settings.pointWindow() + " 次监测均不再黑臭，初见成效，待整治效果评估",
							"水质监测", now);
					if (b.processInstanceId() != null && process.waitsFor(b.processInstanceId(), MSG_INITIAL_EFFECT)) {
						process.correlate(b.processInstanceId(), MSG_INITIAL_EFFECT, Map.of(OFFICE_DUE, officeDue(now)));
					}
				}
			}
			default -> assessment.ifPresent(a -> b.regrade(a.grade(), now));
		}
	}

	private BlackOdorousBody identify(WaterBodyView body, BlackOdorousGrade grade, BlackOdorousBody.IdentifiedBy by,
			Integer valid, Integer black, Instant now) {
		String office = officeRegion(body.regionCode());
		String city = regions.ancestorAt(body.regionCode(), AdminLevel.CITY).map(RegionView::name).orElse(null);
		BlackOdorousBody b = bodies.saveAndFlush(new BlackOdorousBody(body.id(), body.name(), city, body.regionCode(),
				office, grade, by, valid, black, now));
		Map<String, Object> vars = new HashMap<>();
		vars.put(BODY_ID, b.id());
		vars.put(OFFICE_GROUP, TaskGroups.office(office));
		vars.put(OFFICE_DUE, officeDue(now));
		b.attachProcess(process.start(b.businessKey(), vars));
		return b;
	}

	/** The city office (盟市河长办) handles black-odorous bodies: the guide makes the city government responsible. */
	private String officeRegion(String regionCode) {
		return regions.ancestorAt(regionCode, AdminLevel.CITY).map(RegionView::code).orElse(regionCode);
	}

	private Instant officeDue(Instant now) {
		return workingDays.deadlineAfter(now, 5);
	}

	// ------------------------------------------------------------------ survey

	/**
	 * Identification by public survey: identified when at least 100 questionnaires are valid and more than 60 % of
	 * them call the water black-odorous. Below that nothing is stored and the answer says why.
	 */
	public SurveyResult survey(Long waterBodyId, Integer valid, Integer black, CurrentUser user) {
		requireOffice(user);
		WaterBodyView body = waterbodies.waterBody(waterBodyId).filter(w -> user.covers(w.regionCode()))
			.orElseThrow(() -> new NotFoundException("水体不存在 / no such water body"));
		List<FieldError> errors = new ArrayList<>();
		if (valid == null || valid < 0) {
			errors.add(new FieldError("valid", "有效问卷数不能为负 / must not be negative"));
		}
		if (black == null || black < 0 || (valid != null && black > valid)) {
			errors.add(new FieldError("black", "认为黑臭的问卷数应在 0 与有效问卷数之间 / between 0 and the valid count"));
		}
		if (body.type() != WaterBodyType.BLACK_ODOROUS) {
			errors.add(new FieldError("waterBodyId", "只对城市黑臭水体（建成区水体）开展调查 / urban water bodies only"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String share = valid == 0 ? "0" : new java.math.BigDecimal(black * 100).divide(new java.math.BigDecimal(valid), 1,
				java.math.RoundingMode.HALF_UP).toPlainString();
		if (valid < SURVEY_MIN_VALID) {
			return new SurveyResult(false, valid, black, share, "有效问卷不足 100 份 / fewer than 100 valid questionnaires", null);
		}
		if (black * 100 <= valid * SURVEY_SHARE_PERCENT) {
			return new SurveyResult(false, valid, black, share, "认为黑臭的比例未超过 60% / not more than 60 %", null);
		}
		if (bodies.lockByWaterBodyId(waterBodyId).isPresent()) {
			throw new ConflictException("该水体已在黑臭水体清单中 / already listed");
		}
		Instant now = clock.instant();
		BlackOdorousGrade grade = grading.grade(waterBodyId).map(WaterBodyAssessment::grade)
			.filter(g -> g != BlackOdorousGrade.NONE)
			.orElse(BlackOdorousGrade.LIGHT);
		BlackOdorousBody b = identify(body, grade, BlackOdorousBody.IdentifiedBy.SURVEY, valid, black, now);
		event(b, "IDENTIFIED", "公众调查识别: 有效问卷 " + valid + " 份，" + share + "% 认为黑臭", user.displayName(), now);
		return new SurveyResult(true, valid, black, share, null, b.id());
	}

	// ------------------------------------------------------------------ steps

	public BodyDetail publish(Long id, PublishCommand c, CurrentUser user) {
		BlackOdorousBody b = visible(id, user);
		LifecycleProcess.OpenTask task = process.taskFor(b.businessKey(), TASK_PUBLISH, user, "公示黑臭水体");
		Instant now = clock.instant();
		List<FieldError> errors = new ArrayList<>();
		required(c.name(), "name", 128, errors);
		required(c.city(), "city", 64, errors);
		required(c.place(), "place", 255, errors);
		required(c.responsiblePerson(), "responsiblePerson", 64, errors);
		required(c.chiefName(), "chiefName", 64, errors);
		BlackOdorousGrade grade = null;
		try {
			grade = BlackOdorousGrade.valueOf(c.grade() == null ? "" : c.grade());
		}
		catch (IllegalArgumentException e) {
			// reported below
		}
		if (grade == null || grade == BlackOdorousGrade.NONE) {
			errors.add(new FieldError("grade", "级别应为轻度或重度 / LIGHT or HEAVY"));
		}
		if (c.deadline() == null || !c.deadline().isAfter(today())) {
			errors.add(new FieldError("deadline", "整治期限应晚于今天 / the deadline must be after today"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		b.publish(c.name().strip(), c.city().strip(), c.place().strip(), grade, c.responsiblePerson().strip(),
				c.chiefName().strip(), c.deadline(), now);
		event(b, "PUBLISHED", "公示: " + b.name() + "，" + grade.label() + "黑臭，责任人 " + b.responsiblePerson() + "，河长 "
				+ b.chiefName() + "，整治期限 " + c.deadline(), user.displayName(), now);
		process.complete(task, Map.of(DEADLINE, endOf(c.deadline()), OFFICE_DUE, officeDue(now)));
		return detail(id, user);
	}

	public BodyDetail plan(Long id, PlanCommand c, CurrentUser user) {
		BlackOdorousBody b = visible(id, user);
		LifecycleProcess.OpenTask task = process.taskFor(b.businessKey(), TASK_PLAN, user, "制定整治方案");
		Instant now = clock.instant();
		List<FieldError> errors = new ArrayList<>();
		Set<RemediationMeasure> measures = new LinkedHashSet<>();
		if (c.measures() == null || c.measures().isEmpty()) {
			errors.add(new FieldError("measures", "至少选择一项整治措施 / choose at least one measure"));
		}
		else {
			for (String m : c.measures()) {
				try {
					measures.add(RemediationMeasure.valueOf(m));
				}
				catch (IllegalArgumentException | NullPointerException e) {
					errors.add(new FieldError("measures", "未知措施 " + m + " / unknown measure"));
				}
			}
		}
		LocalDate deadline = c.deadline() != null ? c.deadline() : b.deadline();
		if (deadline == null || !deadline.isAfter(today())) {
			errors.add(new FieldError("deadline", "整治期限应晚于今天 / the deadline must be after today"));
		}
		List<MilestoneInput> ms = c.milestones() == null ? List.of() : c.milestones();
		for (int i = 0; i < ms.size(); i++) {
			MilestoneInput m = ms.get(i);
			if (m == null || m.title() == null || m.title().isBlank() || m.title().length() > 255) {
				errors.add(new FieldError("milestones[" + i + "].title", "请填写里程碑 / title required"));
			}
			if (m == null || m.dueDate() == null || !m.dueDate().isAfter(today())
					|| (deadline != null && m.dueDate().isAfter(deadline))) {
				errors.add(new FieldError("milestones[" + i + "].dueDate", "日期应在今天之后、整治期限之前 / after today, by the deadline"));
			}
			try {
				if (m != null && !measures.contains(RemediationMeasure.valueOf(m.measure()))) {
					errors.add(new FieldError("milestones[" + i + "].measure", "里程碑的措施须在方案中 / measure not in the plan"));
				}
			}
			catch (IllegalArgumentException | NullPointerException e) {
				errors.add(new FieldError("milestones[" + i + "].measure", "未知措施 / unknown measure"));
			}
		}
		if (c.note() != null && c.note().length() > 2000) {
			errors.add(new FieldError("note", "最多 2000 字 / at most 2000 characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		boolean rebound = b.status() == Status.REBOUNDED;
		b.plan(String.join(",", measures.stream().map(Enum::name).toList()), c.note(), now);
		if (c.deadline() != null && !c.deadline().equals(b.deadline())) {
			b.changeDeadline(c.deadline(), now);
		}
		for (MilestoneInput m : ms) {
			milestones.save(new Milestone(b.id(), m.measure(), m.title().strip(), m.dueDate()));
		}
		recomputeProgress(b, now);
		event(b, "PLANNED", (rebound ? "返黑返臭后重新制定方案: " : "整治方案: ")
				+ String.join("、", measures.stream().map(RemediationMeasure::label).toList()) + "；里程碑 " + ms.size() + " 个",
				user.displayName(), now);
		Optional<Instant> next = nextMilestone(b.id(), today());
		Map<String, Object> vars = new HashMap<>();
		vars.put(DEADLINE, endOf(deadline));
		vars.put(HAS_NEXT_MILESTONE, next.isPresent());
		vars.put(NEXT_MILESTONE_DUE, next.orElse(null));
		process.complete(task, vars);
		return detail(id, user);
	}

	public BodyDetail milestoneDone(Long id, Long milestoneId, CurrentUser user) {
		requireOffice(user);
		BlackOdorousBody b = visible(id, user);
		if (b.status() != Status.REMEDIATING && b.status() != Status.INITIAL_EFFECT) {
			throw new ConflictException("只有整治中可以完成里程碑 / only during remediation");
		}
		Milestone m = milestones.findById(milestoneId).filter(x -> x.bodyId().equals(b.id()))
			.orElseThrow(() -> new NotFoundException("里程碑不存在 / no such milestone"));
		Instant now = clock.instant();
		if (m.doneAt() == null) {
			m.done(now);
			recomputeProgress(b, now);
			event(b, "MILESTONE_DONE", "完成: " + RemediationMeasure.valueOf(m.measure()).label() + " — " + m.title(),
					user.displayName(), now);
		}
		return detail(id, user);
	}

	/**
	 * 整治效果评估: passes when all four indicators are clear at every point (each point's latest sample) and
	 * public satisfaction is at least 90 %; otherwise remediation goes on.
	 */
	public BodyDetail assess(Long id, Integer satisfaction, String note, CurrentUser user) {
		BlackOdorousBody b = visible(id, user);
		LifecycleProcess.OpenTask task = process.taskFor(b.businessKey(), TASK_ASSESS, user, "整治效果评估");
		if (satisfaction == null || satisfaction < 0 || satisfaction > 100) {
			throw new InvalidInputException("satisfaction", "公众满意度应为 0–100 / between 0 and 100");
		}
		Instant now = clock.instant();
		boolean clear = grading.allFourClearNow(b.waterBodyId());
		boolean passed = clear && satisfaction >= settings.satisfactionPercent();
		if (passed) {
			b.eliminate(satisfaction, now);
			event(b, "ELIMINATED", "评估通过，销号: 四项指标均不黑臭，公众满意度 " + satisfaction + "%"
					+ (note == null || note.isBlank() ? "" : "。" + note.strip()), user.displayName(), now);
		}
		else {
			b.assessmentFailed(satisfaction, now);
			event(b, "ASSESSMENT_FAILED", "评估未通过: " + (clear ? "" : "仍有指标黑臭或未测全四项；")
					+ (satisfaction >= settings.satisfactionPercent() ? "" : "公众满意度 " + satisfaction + "% 低于 "
							+ settings.satisfactionPercent() + "%；")
					+ "继续整治", user.displayName(), now);
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(COMPLETION_PASSED, passed);
		vars.put(WATCH_UNTIL, now.plus(WATCH));
		Optional<Instant> next = nextMilestone(b.id(), today());
		vars.put(HAS_NEXT_MILESTONE, next.isPresent());
		vars.put(NEXT_MILESTONE_DUE, next.orElse(null));
		process.complete(task, vars);
		return detail(id, user);
	}

	// ------------------------------------------------------------------ timers

	/** Flags milestones past due and not done (once); the next milestone date after today, if any. */
	public Optional<Instant> milestoneDue(Long bodyId) {
		LocalDate today = today();
		Instant now = clock.instant();
		bodies.findById(bodyId).ifPresent(b -> {
			for (Milestone m : milestones.findByBodyIdOrderByDueDateAscIdAsc(bodyId)) {
				if (m.doneAt() == null && !m.overdue() && !m.dueDate().isAfter(today)) {
					m.markOverdue();
					event(b, "MILESTONE_OVERDUE", "里程碑到期未完成: " + m.title() + "（" + m.dueDate() + "）", "系统", now);
				}
			}
		});
		return nextMilestone(bodyId, today);
	}

	public void remediationOverdue(Long bodyId) {
		bodies.findById(bodyId).ifPresent(b -> {
			if (!b.overdue() && b.status() != Status.ELIMINATED) {
				Instant now = clock.instant();
				b.markOverdue(now);
				event(b, "OVERDUE", "整治期限 " + b.deadline() + " 已到，尚未消除黑臭", "系统", now);
			}
		});
	}

	private Optional<Instant> nextMilestone(Long bodyId, LocalDate today) {
		return milestones.findByBodyIdOrderByDueDateAscIdAsc(bodyId).stream()
			.filter(m -> m.doneAt() == null && m.dueDate().isAfter(today))
			.map(m -> endOf(m.dueDate()))
			.findFirst();
	}

	// ------------------------------------------------------------------ reading

	@Transactional(readOnly = true)
	public List<BodySummary> list(CurrentUser user) {
		Monitoring.requireReader(user);
		return bodies.findInScope(user.isAdmin() ? "" : user.scopePrefix()).stream().map(BlackOdorousLifecycle::summary)
			.toList();
	}

	@Transactional(readOnly = true)
	public BodyDetail detail(Long id, CurrentUser user) {
		BlackOdorousBody b = visible(id, user);
		List<String> actions = new ArrayList<>();
		for (LifecycleProcess.OpenTask t : process.openTasks(b.businessKey())) {
			if (user.isAdmin() || t.offeredTo(user)) {
				actions.add(switch (t.key()) {
					case TASK_PUBLISH -> "PUBLISH";
					case TASK_PLAN -> "PLAN";
					case TASK_ASSESS -> "ASSESS";
					default -> t.key();
				});
			}
		}
		Optional<WaterBodyAssessment> current = grading.grade(b.waterBodyId());
		return new BodyDetail(summary(b), b.identifiedBy().name(), b.surveyValid(), b.surveyBlack(),
				b.measures() == null || b.measures().isBlank() ? List.of() : List.of(b.measures().split(",")),
				b.planNote(), b.satisfaction(), b.identifiedAt(), b.publishedAt(), b.eliminatedAt(),
				milestones.findByBodyIdOrderByDueDateAscIdAsc(b.id()).stream()
					.map(m -> new MilestoneView(m.id(), m.measure(), m.title(), m.dueDate(), m.doneAt(), m.overdue()))
					.toList(),
				events.findByBodyIdOrderByAtAscIdAsc(b.id()).stream()
					.map(e -> new EventView(e.action(), e.note(), e.actor(), e.at()))
					.toList(),
				actions, current.map(a -> a.grade().name()).orElse(null),
				current.map(WaterBodyAssessment::heavyPoints).orElse(null),
				current.map(WaterBodyAssessment::points).orElse(null));
	}

	@Transactional(readOnly = true)
	public Optional<BodySummary> byWaterBody(Long waterBodyId, CurrentUser user) {
		return bodies.findByWaterBodyId(waterBodyId).filter(b -> user.isAdmin() || user.covers(b.regionCode()))
			.map(BlackOdorousLifecycle::summary);
	}

	/** The public data set: every published black-odorous body (none before its publication). */
	@Transactional(readOnly = true)
	public List<PublicBody> publicList() {
		return bodies.findPublished().stream().map(BlackOdorousLifecycle::publicView).toList();
	}

	static PublicBody publicView(BlackOdorousBody b) {
		return new PublicBody(b.name(), b.city(), b.place(), b.grade().name(), gradeLabel(b), b.status().name(),
				b.status().label(), b.responsiblePerson(), b.chiefName(), b.deadline(), b.progress());
	}

	static String gradeLabel(BlackOdorousBody b) {
		return b.grade() == BlackOdorousGrade.NONE ? "已消除" : b.grade().label() + "黑臭";
	}

	static BodySummary summary(BlackOdorousBody b) {
		return new BodySummary(b.id(), b.waterBodyId(), b.name(), b.city(), b.place(), b.regionCode(), b.grade().name(),
				gradeLabel(b), b.status().name(), b.status().label(), b.responsiblePerson(), b.chiefName(), b.deadline(),
				b.progress(), b.overdue(), b.rebounds());
	}

	List<BlackOdorousBody> allPublished() {
		return bodies.findPublished();
	}

	// ------------------------------------------------------------------ helpers

	private BlackOdorousBody visible(Long id, CurrentUser user) {
		Monitoring.requireReader(user);
		return bodies.findById(id).filter(b -> user.isAdmin() || user.covers(b.regionCode()))
			.orElseThrow(() -> new NotFoundException("黑臭水体不存在 / no such black-odorous water body"));
	}

	private static void requireOffice(CurrentUser user) {
		if (!(user.isAdmin() || user.is(Role.OFFICE))) {
			throw new ForbiddenException("只有河长办可以操作 / offices only");
		}
	}

	private void recomputeProgress(BlackOdorousBody b, Instant now) {
		List<Milestone> all = milestones.findByBodyIdOrderByDueDateAscIdAsc(b.id());
		long done = all.stream().filter(m -> m.doneAt() != null).count();
		b.progress(all.isEmpty() ? 0 : (int) (done * 100 / all.size()), now);
	}

	private void event(BlackOdorousBody b, String action, String note, String actor, Instant at) {
		events.save(new BodyEvent(b.id(), action, note, actor, at));
	}

	private static void required(String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "必填 / required"));
		}
		else if (value.length() > max) {
			errors.add(new FieldError(field, "最多 " + max + " 字 / at most " + max + " characters"));
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Times.CHINA);
	}

	/** The end of a Beijing date (its deadline moment). */
	static Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(Times.CHINA).toInstant().minusSeconds(1);
	}

	static Comparator<BlackOdorousBody> byName() {
		return Comparator.comparing(BlackOdorousBody::name);
	}
}
