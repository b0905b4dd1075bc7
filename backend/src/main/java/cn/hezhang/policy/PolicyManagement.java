package cn.hezhang.policy;

import static cn.hezhang.policy.process.PolicyProcessVariables.*;

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

import cn.hezhang.policy.PolicyViews.ItemInput;
import cn.hezhang.policy.PolicyViews.ItemView;
import cn.hezhang.policy.PolicyViews.OpenTaskView;
import cn.hezhang.policy.PolicyViews.OpinionView;
import cn.hezhang.policy.PolicyViews.PolicyDetail;
import cn.hezhang.policy.PolicyViews.PolicyDraft;
import cn.hezhang.policy.PolicyViews.PolicySummary;
import cn.hezhang.policy.PolicyViews.Progress;
import cn.hezhang.policy.PolicyViews.ProgressView;
import cn.hezhang.policy.PolicyViews.UnitTaskView;
import cn.hezhang.policy.domain.Opinion;
import cn.hezhang.policy.domain.Opinions;
import cn.hezhang.policy.domain.Policies;
import cn.hezhang.policy.domain.Policy;
import cn.hezhang.policy.domain.PolicyItem;
import cn.hezhang.policy.domain.PolicyItems;
import cn.hezhang.policy.domain.ProgressReport;
import cn.hezhang.policy.domain.ProgressReports;
import cn.hezhang.policy.process.PolicyProcess;
import cn.hezhang.policy.process.PolicyProcess.OpenTask;
import cn.hezhang.region.OrgDirectory;
import cn.hezhang.region.OrgKind;
import cn.hezhang.region.OrgView;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ChiefRole;
import cn.hezhang.waterbody.ChiefRoster;
import cn.hezhang.waterbody.RegistryEditor;
import cn.hezhang.waterbody.RegistryViews.AppointmentView;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一河（湖）一策: drafting by the office of the policy's level, approval through {@code PolicyApprovalProcess}
 * (opinions of the lower chiefs along the water body, then the chief of that level), versions, and the progress
 * of the approved tasks. Scope: a policy of a water body the caller cannot see is unknown (404); only the office
 * whose subtree holds the policy's level edits it; a unit sees only its own tasks.
 */
@Service
@Transactional(readOnly = true)
public class PolicyManagement {
	static final String STEP_OPINION = "下级河长提出意见";
	static final String STEP_APPROVE = "河长审批方案";

	private final Policies policies;
	private final PolicyItems items;
	private final Opinions opinions;
	private final ProgressReports progress;
	private final PolicyProcess process;
	private final WaterbodyCatalog catalog;
	private final RegistryEditor registry;
	private final ChiefRoster roster;
	private final RegionDirectory regions;
	private final OrgDirectory orgs;
	private final UserDirectory users;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration opinionTime;
	private final Duration approvalTime;

	PolicyManagement(Policies policies, PolicyItems items, Opinions opinions, ProgressReports progress,
			PolicyProcess process, WaterbodyCatalog catalog, RegistryEditor registry, ChiefRoster roster,
			RegionDirectory regions, OrgDirectory orgs, UserDirectory users, ApplicationEventPublisher events, Clock clock,
			@Value("${hezhang.policy.opinion-time:P10D}") Duration opinionTime,
			@Value("${hezhang.policy.approval-time:P15D}") Duration approvalTime) {
		this.policies = policies;
		this.items = items;
		this.opinions = opinions;
		this.progress = progress;
		this.process = process;
		this.catalog = catalog;
		this.registry = registry;
		this.roster = roster;
		this.regions = regions;
		this.orgs = orgs;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.opinionTime = opinionTime;
		this.approvalTime = approvalTime;
	}

	// ---------------------------------------------------------------- reading

	public List<PolicySummary> list(Long waterBodyId, PolicyStatus status, CurrentUser user) {
		if (user.is(Role.UNIT)) {
			Set<Long> ids = new LinkedHashSet<>();
			items.findApprovedTasks(user.orgId(), null).forEach(i -> ids.add(i.policyId()));
			return summaries(policies.findByIdIn(ids).stream()
				.filter(p -> (waterBodyId == null || p.waterBodyId().equals(waterBodyId))
						&& (status == null || p.status() == status))
				.toList(), user);
		}
		if (waterBodyId != null && !registry.canSee(waterBodyId, user)) {
			throw new NotFoundException("水体不存在 / Unknown water body " + waterBodyId);
		}
		List<Policy> found = policies.search(null, waterBodyId, status).stream()
			.filter(p -> waterBodyId != null || visible(p, user)).toList();
		return summaries(found, user);
	}

	public PolicyDetail detail(Long id, CurrentUser user) {
		Policy p = visibleOrThrow(id, user);
		List<PolicyItem> list = items.findByPolicyIdOrderByKindAscSortOrderAsc(id);
		if (user.is(Role.UNIT)) {
			list = list.stream().filter(i -> i.kind() == ListKind.TASK && user.orgId().equals(i.unitOrgId())).toList();
		}
		List<OpenTask> open = p.status() == PolicyStatus.IN_APPROVAL || p.processInstanceId() != null
				? process.openTasks(p.businessKey()) : List.of();
		return new PolicyDetail(summaries(List.of(p), user).get(0), p.summary(), p.returnComment(), p.approvalComment(),
				itemViews(list),
				user.is(Role.UNIT) ? List.of() : opinions.findByPolicyIdOrderByRecordedAtAsc(id).stream()
					.map(o -> new OpinionView(o.approvalRound(), o.username(), o.personName(), o.opinion(), o.outcome(),
							o.recordedAt()))
					.toList(),
				open.stream().map(t -> new OpenTaskView(t.key(), t.name(), t.assignee(), t.due())).toList(),
				actions(p, open, user));
	}

	/** Approved tasks: a unit's own, or those of the policies in the caller's subtree. */
	public List<UnitTaskView> tasks(CurrentUser user) {
		List<PolicyItem> found = user.is(Role.UNIT) ? items.findApprovedTasks(user.orgId(), null)
				: items.findApprovedTasks(null, user.isAdmin() ? null : user.scopePrefix());
		Map<Long, Policy> byId = new HashMap<>();
		policies.findByIdIn(found.stream().map(PolicyItem::policyId).toList()).forEach(p -> byId.put(p.id(), p));
		List<ItemView> views = itemViews(found);
		List<UnitTaskView> out = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Policy p = byId.get(found.get(i).policyId());
			out.add(new UnitTaskView(views.get(i), p.id(), p.title(), p.waterBodyId(),
					catalog.waterBody(p.waterBodyId()).map(WaterBodyView::name).orElse(null), p.regionCode()));
		}
		return out;
	}

	/** The units a policy of this level can give tasks to: those in the region's subtree. */
	public List<OrgView> units(String regionCode, CurrentUser user) {
		if (regionCode == null || regions.find(regionCode).isEmpty() || !(user.isAdmin() || user.covers(regionCode))) {
			throw new NotFoundException("行政区划不存在 / Unknown region " + regionCode);
		}
		return orgs.unitsUnder(regionCode);
	}

	public List<ProgressView> progressOf(Long itemId, CurrentUser user) {
		PolicyItem item = taskVisibleOrThrow(itemId, user);
		return progress.findByItemIdOrderByReportedAtDesc(item.id()).stream()
			.map(r -> new ProgressView(r.reportedBy(), r.progressPct(), r.note(), r.reportedAt())).toList();
	}

	// ---------------------------------------------------------------- drafting

	@Transactional
	public PolicyDetail create(PolicyDraft d, CurrentUser user) {
		List<FieldError> errors = new ArrayList<>();
		WaterBodyView body = d.waterBodyId() == null ? null
				: catalog.waterBody(d.waterBodyId()).filter(b -> registry.canSee(b.id(), user)).orElse(null);
		if (body == null) {
			errors.add(new FieldError("waterBodyId", "水体不存在 / unknown water body"));
			throw new InvalidInputException(errors);
		}
		String region = d.regionCode() == null || d.regionCode().isBlank() ? body.regionCode() : d.regionCode();
		if (!region.equals(body.regionCode())
				&& catalog.reaches(body.id()).stream().noneMatch(r -> r.regionCode().equals(region))) {
			errors.add(new FieldError("regionCode", "该水体在此行政区无河段 / the water body has no reach in this region"));
		}
		else if (!canEdit(region, user)) {
			errors.add(new FieldError("regionCode", "只能编制本辖区的方案 / outside your jurisdiction"));
		}
		period(d, errors);
		errors.addAll(header(d.title()));
		errors.addAll(itemErrors(d.items(), false));
		throwIfAny(errors);
		if (policies.findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(body.id(), region, d.periodFrom(),
				PolicyStatus.DRAFT).isPresent()
				|| policies.findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(body.id(), region, d.periodFrom(),
						PolicyStatus.IN_APPROVAL).isPresent()) {
			throw new ConflictException("该水体本期已有未批准的方案版本 / an unapproved version of this policy exists");
		}
		int version = policies.maxVersion(body.id(), region, d.periodFrom()) + 1;
		Policy p = policies.save(new Policy(body.id(), region, d.periodFrom(), d.periodTo(), version, d.title().trim(),
				d.summary(), user.username(), clock.instant()));
		saveItems(p.id(), d.items());
		return detail(p.id(), user);
	}

	@Transactional
	public PolicyDetail update(Long id, PolicyDraft d, CurrentUser user) {
		Policy p = editableOrThrow(id, user);
		if (p.status() != PolicyStatus.DRAFT) {
			throw new ConflictException("只有草稿可以修改 / only a draft can be edited");
		}
		List<FieldError> errors = new ArrayList<>(header(d.title()));
		if (d.periodTo() == null || d.periodTo() < p.periodFrom() || d.periodTo() > p.periodFrom() + 10) {
			errors.add(new FieldError("periodTo", "规划期末年份有误 / bad period end"));
		}
		errors.addAll(itemErrors(d.items(), false));
		throwIfAny(errors);
		p.edit(d.title().trim(), d.summary(), d.periodTo(), clock.instant());
		items.deleteByPolicyId(id);
		items.flush();
		saveItems(id, d.items());
		return detail(id, user);
	}

	/** A new draft version from an approved one (the approved one stays in force until the new one is approved). */
	@Transactional
	public PolicyDetail revise(Long id, CurrentUser user) {
		Policy p = editableOrThrow(id, user);
		if (p.status() != PolicyStatus.APPROVED) {
			throw new ConflictException("只能基于已批准的方案修订 / only an approved policy can be revised");
		}
		if (policies.findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(p.waterBodyId(), p.regionCode(),
				p.periodFrom(), PolicyStatus.DRAFT).isPresent()
				|| policies.findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(p.waterBodyId(), p.regionCode(),
						p.periodFrom(), PolicyStatus.IN_APPROVAL).isPresent()) {
			throw new ConflictException("已有修订中的版本 / a revision is already under way");
		}
		Policy next = policies.save(new Policy(p.waterBodyId(), p.regionCode(), p.periodFrom(), p.periodTo(),
				policies.maxVersion(p.waterBodyId(), p.regionCode(), p.periodFrom()) + 1, p.title(), p.summary(),
				user.username(), clock.instant()));
		List<ItemInput> copy = items.findByPolicyIdOrderByKindAscSortOrderAsc(id).stream()
			.map(i -> new ItemInput(i.kind(), i.content(), i.indicator(), i.comparator(), i.targetValue(),
					i.targetClass(), i.targetDate(), i.unitOrgId(), i.person(), i.deadline()))
			.toList();
		saveItems(next.id(), copy);
		return detail(next.id(), user);
	}

	// ---------------------------------------------------------------- approval

	/** Sends a draft for approval: the lower chiefs' opinions first, then the chief of the policy's level. */
	@Transactional
	public PolicyDetail submit(Long id, CurrentUser user) {
		Policy p = editableOrThrow(id, user);
		if (p.status() != PolicyStatus.DRAFT) {
			throw new ConflictException("只有草稿可以报送 / only a draft can be sent for approval");
		}
		List<PolicyItem> list = items.findByPolicyIdOrderByKindAscSortOrderAsc(id);
		throwIfAny(itemErrors(list.stream().map(PolicyManagement::input).toList(), true));
		WaterBodyView body = catalog.waterBody(p.waterBodyId()).orElseThrow();
		List<AppointmentView> chiefs = roster.currentChiefs(body.id());
		String approver = approver(body, p.regionCode(), chiefs)
			.orElseThrow(() -> new ConflictException("本级尚未任命有账号的河（湖）长, 无法报送审批 / no chief with a login at this level"));
		List<String> givers = opinionGivers(p.regionCode(), chiefs, approver);
		Instant now = clock.instant();
		p.submitted(approver, now);
		Map<String, Object> vars = new HashMap<>();
		vars.put(APPROVER, approver);
		vars.put(OPINION_GIVERS, new ArrayList<>(givers));
		vars.put(OPINION_DUE, now.plus(opinionTime));
		vars.put(APPROVAL_DUE, now.plus(opinionTime).plus(approvalTime));
		vars.put(REDRAFT_DUE, now.plus(approvalTime));
		if (p.processInstanceId() != null && !process.openTasks(p.businessKey()).isEmpty()) {
			process.complete(process.taskFor(p.businessKey(), TASK_REDRAFT, user, "按意见修改方案"), vars);
		}
		else {
			vars.put(POLICY_ID, p.id());
			vars.put(OFFICE_GROUP, TaskGroups.office(p.regionCode()));
			p.started(process.start(p.businessKey(), vars));
		}
		return detail(id, user);
	}

	@Transactional
	public PolicyDetail giveOpinion(Long id, String opinion, CurrentUser user) {
		Policy p = visibleOrThrow(id, user);
		OpenTask task = process.taskFor(p.businessKey(), TASK_GIVE_OPINION, user, STEP_OPINION);
		if (opinion == null || opinion.isBlank() || opinion.length() > 2000) {
			throw new InvalidInputException("opinion", "请填写意见 (最多 2000 字) / an opinion is required (max 2000)");
		}
		opinions.save(new Opinion(p.id(), p.approvalRound(), user.username(), user.displayName(), opinion.trim(),
				Opinion.GIVEN, clock.instant()));
		process.complete(task, Map.of());
		return detail(id, user);
	}

	@Transactional
	public PolicyDetail decide(Long id, boolean approve, String comment, CurrentUser user) {
		Policy p = visibleOrThrow(id, user);
		OpenTask task = process.taskFor(p.businessKey(), TASK_APPROVE, user, STEP_APPROVE);
		if (!approve && (comment == null || comment.isBlank())) {
			throw new InvalidInputException("comment", "退回须写明修改意见 / a return needs comments");
		}
		if (comment != null && comment.length() > 2000) {
			throw new InvalidInputException("comment", "最多 2000 字 / max 2000 characters");
		}
		Instant now = clock.instant();
		if (approve) {
			policies.findFirstByWaterBodyIdAndRegionCodeAndPeriodFromAndStatus(p.waterBodyId(), p.regionCode(),
					p.periodFrom(), PolicyStatus.APPROVED).ifPresent(old -> old.superseded(now));
			policies.flush();
			p.approved(comment, now);
		}
		else {
			p.returned(comment.trim(), now);
		}
		process.complete(task, Map.of(APPROVED, approve));
		return detail(id, user);
	}

	/** Called by the process when the opinions' due date passed: who was asked and gave none is recorded. */
	@Transactional
	public void recordMissedOpinions(Long policyId, List<String> askedUsernames) {
		Policy p = policies.findById(policyId).orElse(null);
		if (p == null) {
			return;
		}
		Set<String> answered = new LinkedHashSet<>();
		opinions.findByPolicyIdAndApprovalRound(policyId, p.approvalRound()).forEach(o -> answered.add(o.username()));
		for (String username : askedUsernames) {
			if (!answered.contains(username)) {
				String name = users.findByUsername(username).map(UserDirectory.UserSummary::displayName).orElse(username);
				opinions.save(new Opinion(policyId, p.approvalRound(), username, name, null, Opinion.MISSED,
						clock.instant()));
			}
		}
	}

	/** A chief was succeeded: his open approval tasks of that water body's policies move to the successor. */
	@Transactional
	public int moveApprovalTasks(Long waterBodyId, String from, String to) {
		List<Policy> open = policies.findByWaterBodyIdOrderByPeriodFromDescRegionCodeAscVersionNoDesc(waterBodyId)
			.stream().filter(p -> p.status() == PolicyStatus.IN_APPROVAL).toList();
		open.stream().filter(p -> from.equals(p.approverUsername())).forEach(p -> p.approverChanged(to, clock.instant()));
		return process.reassign(open.stream().map(Policy::businessKey).toList(), from, to);
	}

	// ---------------------------------------------------------------- tasks and progress

	@Transactional
	public ItemView reportProgress(Long itemId, Integer percent, String note, CurrentUser user) {
		PolicyItem item = taskVisibleOrThrow(itemId, user);
		Policy p = policies.findById(item.policyId()).orElseThrow();
		boolean mayReport = user.is(Role.UNIT) || user.isAdmin() || (user.is(Role.OFFICE) && user.covers(p.regionCode()));
		if (!mayReport) {
			throw new ForbiddenException("只有责任单位或河长办可以填报进展 / only the unit or the office reports progress");
		}
		if (percent == null || percent < 0 || percent > 100) {
			throw new InvalidInputException("percent", "进度应在 0–100 之间 / percent must be 0–100");
		}
		if (percent < item.progressPct()) {
			throw new InvalidInputException("percent", "进度不能倒退 / progress cannot go back");
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidInputException("note", "最多 1000 字 / max 1000 characters");
		}
		Instant now = clock.instant();
		progress.save(new ProgressReport(item.id(), user.username(), percent, note, now));
		if (item.progress(percent, now)) {
			LocalDate today = LocalDate.ofInstant(now, Times.CHINA);
			events.publishEvent(new PolicyTaskCompleted(p.id(), item.id(), p.waterBodyId(), p.regionCode(),
					item.unitOrgId(), item.deadline(), now, item.deadline() == null || !today.isAfter(item.deadline())));
		}
		return itemViews(List.of(item)).get(0);
	}

	/** Flags every approved task past its deadline once, publishing {@link PolicyTaskOverdue}; returns how many. */
	@Transactional
	public int flagOverdueTasks() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Times.CHINA);
		int flagged = 0;
		for (PolicyItem item : items.findNewlyOverdue(PolicyStatus.APPROVED, today)) {
			if (item.flagOverdue(now)) {
				Policy p = policies.findById(item.policyId()).orElseThrow();
				events.publishEvent(new PolicyTaskOverdue(p.id(), item.id(), p.waterBodyId(), p.regionCode(),
						item.unitOrgId(), truncate(item.content(), 200), item.deadline(), now));
				flagged++;
			}
		}
		return flagged;
	}

	// ---------------------------------------------------------------- rules

	/** The chief of the policy's level: the water body's own chief at its region, else the reach chief there. */
	static Optional<String> approver(WaterBodyView body, String regionCode, List<AppointmentView> chiefs) {
		boolean top = regionCode.equals(body.regionCode());
		return chiefs.stream()
			.filter(a -> a.username() != null)
			.filter(a -> top ? a.reachId() == null : regionCode.equals(a.regionCode()) && a.reachId() != null)
			.sorted(Comparator.comparing((AppointmentView a) -> rank(a.role())))
			.map(AppointmentView::username).findFirst();
	}

	/** The chiefs (not deputies) of the reaches below the policy's level, each once. */
	List<String> opinionGivers(String regionCode, List<AppointmentView> chiefs, String approver) {
		String prefix = regions.find(regionCode).map(RegionView::scopePrefix).orElse(regionCode);
		Set<String> givers = new LinkedHashSet<>();
		chiefs.stream()
			.filter(a -> a.username() != null && a.reachId() != null && a.role() != ChiefRole.DEPUTY)
			.filter(a -> a.regionCode().startsWith(prefix) && !a.regionCode().equals(regionCode))
			.sorted(Comparator.comparing(AppointmentView::regionCode))
			.forEach(a -> givers.add(a.username()));
		givers.remove(approver);
		return List.copyOf(givers);
	}

	private static int rank(ChiefRole role) {
		return switch (role) {
			case CHIEF -> 0;
			case GENERAL -> 1;
			case DEPUTY -> 2;
		};
	}

	private boolean visible(Policy p, CurrentUser user) {
		if (user.isAdmin()) {
			return true;
		}
		if (user.is(Role.UNIT)) {
			return items.findApprovedTasks(user.orgId(), null).stream().anyMatch(i -> i.policyId().equals(p.id()));
		}
		return registry.canSee(p.waterBodyId(), user);
	}

	private boolean canEdit(String regionCode, CurrentUser user) {
		return user.isAdmin() || (user.is(Role.OFFICE) && user.covers(regionCode));
	}

	private Policy visibleOrThrow(Long id, CurrentUser user) {
		return policies.findById(id).filter(p -> visible(p, user))
			.orElseThrow(() -> new NotFoundException("方案不存在 / Unknown policy " + id));
	}

	private Policy editableOrThrow(Long id, CurrentUser user) {
		return policies.findById(id).filter(p -> canEdit(p.regionCode(), user))
			.orElseThrow(() -> new NotFoundException("方案不存在 / Unknown policy " + id));
	}

	private PolicyItem taskVisibleOrThrow(Long itemId, CurrentUser user) {
		PolicyItem item = items.findById(itemId).filter(i -> i.kind() == ListKind.TASK).orElse(null);
		Policy p = item == null ? null : policies.findById(item.policyId()).orElse(null);
		boolean ok = p != null && p.status() == PolicyStatus.APPROVED
				&& (user.is(Role.UNIT) ? user.orgId().equals(item.unitOrgId()) : visible(p, user));
		if (!ok) {
			throw new NotFoundException("任务不存在 / Unknown task " + itemId);
		}
		return item;
	}

	private List<String> actions(Policy p, List<OpenTask> open, CurrentUser user) {
		List<String> actions = new ArrayList<>();
		boolean editable = canEdit(p.regionCode(), user);
		if (editable && p.status() == PolicyStatus.DRAFT) {
			actions.add("EDIT");
			actions.add("SUBMIT");
		}
		if (open.stream().anyMatch(t -> t.key().equals(TASK_GIVE_OPINION) && user.username().equals(t.assignee()))) {
			actions.add("OPINION");
		}
		if (open.stream().anyMatch(t -> t.key().equals(TASK_APPROVE) && user.username().equals(t.assignee()))) {
			actions.add("DECIDE");
		}
		if (editable && p.status() == PolicyStatus.APPROVED) {
			actions.add("REVISE");
		}
		return actions;
	}

	private static void period(PolicyDraft d, List<FieldError> errors) {
		if (d.periodFrom() == null || d.periodFrom() < 2000 || d.periodFrom() > 2100) {
			errors.add(new FieldError("periodFrom", "规划期起始年份有误 / bad period start"));
		}
		if (d.periodTo() == null || d.periodFrom() != null && (d.periodTo() < d.periodFrom() || d.periodTo() > d.periodFrom() + 10)) {
			errors.add(new FieldError("periodTo", "规划期末年份有误 / bad period end"));
		}
	}

	private static List<FieldError> header(String title) {
		if (title == null || title.isBlank()) {
			return List.of(new FieldError("title", "标题必填 / title is required"));
		}
		if (title.length() > 200) {
			return List.of(new FieldError("title", "最多 200 字 / max 200 characters"));
		}
		return List.of();
	}

	/** Field errors of the five lists; {@code complete}: what sending for approval needs besides. */
	List<FieldError> itemErrors(List<ItemInput> list, boolean complete) {
		List<FieldError> errors = new ArrayList<>();
		List<ItemInput> all = list == null ? List.of() : list;
		for (int i = 0; i < all.size(); i++) {
			ItemInput it = all.get(i);
			String f = "items[" + i + "].";
			if (it.kind() == null) {
				errors.add(new FieldError(f + "kind", "清单类别必填 / list is required"));
				continue;
			}
			if (it.content() == null || it.content().isBlank()) {
				errors.add(new FieldError(f + "content", "内容必填 / content is required"));
			}
			else if (it.content().length() > 1000) {
				errors.add(new FieldError(f + "content", "最多 1000 字 / max 1000 characters"));
			}
			if (it.comparator() != null && !it.comparator().isBlank() && !Set.of("LE", "GE").contains(it.comparator())) {
				errors.add(new FieldError(f + "comparator", "应为 LE (≤) 或 GE (≥) / must be LE or GE"));
			}
			if (it.unitOrgId() != null && orgs.find(it.unitOrgId()).filter(o -> o.kind() == OrgKind.UNIT).isEmpty()) {
				errors.add(new FieldError(f + "unitOrgId", "责任单位不存在 / unknown unit"));
			}
			if (!complete) {
				continue;
			}
			switch (it.kind()) {
				case GOAL -> {
					boolean measured = it.indicator() != null && !it.indicator().isBlank() && it.comparator() != null
							&& !it.comparator().isBlank() && it.targetValue() != null;
					boolean classed = it.targetClass() != null && !it.targetClass().isBlank();
					if (!measured && !classed) {
						errors.add(new FieldError(f + "targetValue",
								"目标须可考核: 指标 ≤/≥ 数值, 或水质类别 / a goal needs an indicator ≤/≥ a value, or a class"));
					}
					if (it.targetDate() == null) {
						errors.add(new FieldError(f + "targetDate", "目标须有完成时间 / a goal needs a date"));
					}
				}
				case TASK -> {
					if (it.unitOrgId() == null) {
						errors.add(new FieldError(f + "unitOrgId", "任务须有责任单位 / a task needs a unit"));
					}
					if (it.deadline() == null) {
						errors.add(new FieldError(f + "deadline", "任务须有完成时限 / a task needs a deadline"));
					}
				}
				case RESPONSIBILITY -> {
					if (it.unitOrgId() == null && (it.person() == null || it.person().isBlank())) {
						errors.add(new FieldError(f + "unitOrgId", "须有责任单位或责任人 / a unit or a person is required"));
					}
				}
				default -> {
				}
			}
		}
		if (complete) {
			if (all.stream().noneMatch(i -> i.kind() == ListKind.GOAL)) {
				errors.add(new FieldError("items", "至少一项目标 / at least one goal"));
			}
			if (all.stream().noneMatch(i -> i.kind() == ListKind.TASK)) {
				errors.add(new FieldError("items", "至少一项任务 / at least one task"));
			}
		}
		return errors;
	}

	private void saveItems(Long policyId, List<ItemInput> list) {
		if (list == null) {
			return;
		}
		Map<ListKind, Integer> order = new HashMap<>();
		for (ItemInput it : list) {
			int n = order.merge(it.kind(), 1, Integer::sum);
			items.save(new PolicyItem(policyId, it.kind(), n, it.content().trim(), blank(it.indicator()),
					blank(it.comparator()), it.targetValue(), blank(it.targetClass()), it.targetDate(), it.unitOrgId(),
					blank(it.person()), it.deadline()));
		}
	}

	private static ItemInput input(PolicyItem i) {
		return new ItemInput(i.kind(), i.content(), i.indicator(), i.comparator(), i.targetValue(), i.targetClass(),
				i.targetDate(), i.unitOrgId(), i.person(), i.deadline());
	}

	private List<ItemView> itemViews(List<PolicyItem> list) {
		Map<Long, String> unitNames = new HashMap<>();
		return list.stream().map(i -> new ItemView(i.id(), i.kind(), i.content(), i.indicator(), i.comparator(),
				i.targetValue(), i.targetClass(), i.targetDate(), i.unitOrgId(),
				i.unitOrgId() == null ? null
						: unitNames.computeIfAbsent(i.unitOrgId(), u -> orgs.find(u).map(OrgView::name).orElse(null)),
				i.person(), i.deadline(), i.progressPct(), i.completedAt(), i.overdue())).toList();
	}

	private List<PolicySummary> summaries(List<Policy> list, CurrentUser user) {
		Map<Long, List<PolicyItem>> tasksByPolicy = new HashMap<>();
		items.findByPolicyIdInAndKind(list.stream().map(Policy::id).toList(), ListKind.TASK)
			.forEach(i -> tasksByPolicy.computeIfAbsent(i.policyId(), k -> new ArrayList<>()).add(i));
		Map<Long, WaterBodyView> bodies = new HashMap<>();
		return list.stream().map(p -> {
			WaterBodyView b = bodies.computeIfAbsent(p.waterBodyId(), id -> catalog.waterBody(id).orElse(null));
			return new PolicySummary(p.id(), p.waterBodyId(), b == null ? null : b.code(), b == null ? null : b.name(),
					p.regionCode(), regions.find(p.regionCode()).map(RegionView::name).orElse(null), p.periodFrom(),
					p.periodTo(), p.versionNo(), p.title(), p.status(), p.status().label(), p.approverUsername(),
					p.submittedAt(), p.approvedAt(), rollUp(tasksByPolicy.getOrDefault(p.id(), List.of())));
		}).toList();
	}

	static Progress rollUp(List<PolicyItem> tasks) {
		if (tasks.isEmpty()) {
			return new Progress(0, 0, 0, 0);
		}
		int sum = tasks.stream().mapToInt(PolicyItem::progressPct).sum();
		int done = (int) tasks.stream().filter(t -> t.completedAt() != null).count();
		int overdue = (int) tasks.stream().filter(t -> t.overdue() && t.completedAt() == null).count();
		return new Progress(tasks.size(), done, overdue, Math.round((float) sum / tasks.size()));
	}

	private static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String truncate(String s, int max) {
		return s.length() > max ? s.substring(0, max) : s;
	}
}
