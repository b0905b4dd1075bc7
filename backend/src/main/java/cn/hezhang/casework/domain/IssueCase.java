package cn.hezhang.casework.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import cn.hezhang.casework.CaseSource;
import cn.hezhang.casework.CaseStatus;
import cn.hezhang.casework.RejectKind;
import cn.hezhang.casework.Reporter;
import cn.hezhang.casework.Severity;
import cn.hezhang.casework.Urgency;
import cn.hezhang.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The case aggregate. Every state change is a method that first checks the current state and refuses (409) a
 * step the state does not allow; the BPMN process decides what comes next, this class decides what is allowed.
 */
@Entity
@Table(name = "cw_case")
public class IssueCase {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "client_id")
	private String clientId;

	@Enumerated(EnumType.STRING)
	private CaseSource source;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private String category;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "reach_id")
	private Long reachId;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "handling_region_code")
	private String handlingRegionCode;

	private String description;

	private BigDecimal lat;

	private BigDecimal lon;

	private String address;

	@Column(name = "reporter_user_id")
	private Long reporterUserId;

	@Column(name = "reporter_name")
	private String reporterName;

	@Column(name = "reporter_phone")
	private String reporterPhone;

	@Column(name = "reporter_email")
	private String reporterEmail;

	@Column(name = "unit_org_id")
	private Long unitOrgId;

	private String requirement;

	@Enumerated(EnumType.STRING)
	private Urgency urgency;

	private Instant deadline;

	@Column(name = "warning_at")
	private Instant warningAt;

	private boolean warned;

	private boolean overdue;

	@Column(name = "overdue_at")
	private Instant overdueAt;

	@Column(name = "rework_count")
	private int reworkCount;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_on_time")
	private Boolean closedOnTime;

	@Enumerated(EnumType.STRING)
	@Column(name = "reject_kind")
	private RejectKind rejectKind;

	@Column(name = "duplicate_of_case_id")
	private Long duplicateOfCaseId;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected IssueCase() {
	}

	public static IssueCase report(CaseSource source, String clientId, Long waterBodyId, Long reachId, String regionCode,
			String handlingRegionCode, String category, String description, BigDecimal lat, BigDecimal lon,
			String address, Reporter reporter, Instant now) {
		IssueCase c = new IssueCase();
		c.source = source;
		c.clientId = clientId;
		c.status = CaseStatus.REPORTED;
		c.waterBodyId = waterBodyId;
		c.reachId = reachId;
		c.regionCode = regionCode;
		c.handlingRegionCode = handlingRegionCode;
		c.category = category;
		c.description = description;
		c.lat = lat;
		c.lon = lon;
		c.address = address;
		c.reporterUserId = reporter.userId();
		c.reporterName = reporter.name();
		c.reporterPhone = reporter.phone();
		c.reporterEmail = reporter.email();
		c.reportedAt = now;
		c.createdAt = now;
		c.updatedAt = now;
		return c;
	}

	/** The human case number, from the database id: HZ2026-0000123. */
	public void numberFrom(Instant now) {
		if (caseNo == null && id != null) {
			caseNo = "HZ%d-%07d".formatted(now.atZone(cn.hezhang.shared.Times.CHINA).getYear(), id);
		}
	}

	public void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	// --- triage (受理研判)

	public void accept(String category, Severity severity, Instant now) {
		require(CaseStatus.REPORTED, "受理");
		this.category = category;
		this.severity = severity;
		this.status = CaseStatus.ACCEPTED;
		this.acceptedAt = now;
		touch(now);
	}

	public void reject(RejectKind kind, Long duplicateOf, Instant now) {
		require(CaseStatus.REPORTED, "不予受理");
		this.status = CaseStatus.REJECTED;
		this.rejectKind = kind;
		this.duplicateOfCaseId = duplicateOf;
		this.closedAt = now;
		touch(now);
	}

	/** 转办 to another county, or 上报 to the next level's office: triage starts again there. */
	public void reroute(String newHandlingRegionCode, String newRegionCode, Instant now) {
		require(CaseStatus.REPORTED, "转办/上报");
		this.handlingRegionCode = newHandlingRegionCode;
		if (newRegionCode != null) {
			this.regionCode = newRegionCode;
		}
		touch(now);
	}

	// --- assignment (交办) and rectification (整改)

	public void assign(Long unitId, String requirement, Urgency urgency, Instant deadline, Instant warningAt,
			Instant now) {
		require(CaseStatus.ACCEPTED, "交办");
		if (!deadline.isAfter(now)) {
			throw new ConflictException("整改期限必须在将来 / the deadline must be in the future");
		}
		this.unitOrgId = unitId;
		this.requirement = requirement;
		this.urgency = urgency;
		this.deadline = deadline;
		this.warningAt = warningAt;
		this.warned = false;
		this.overdue = false;
		this.overdueAt = null;
		this.assignedAt = now;
		this.status = CaseStatus.RECTIFYING;
		touch(now);
	}

	/** 退回: a unit may hand a case back within the window after assignment, before it has submitted anything. */
	public void handBack(Instant now, Duration window) {
		require(CaseStatus.RECTIFYING, "退回");
		if (!canHandBack(now, window)) {
			throw new ConflictException("只能在交办后 %d 小时内且提交整改前退回 / a case can be handed back only within %d h of assignment, before any submission"
				.formatted(window.toHours(), window.toHours()));
		}
		this.status = CaseStatus.REPORTED;
		this.unitOrgId = null;
		this.deadline = null;
		this.warningAt = null;
		this.warned = false;
		this.overdue = false;
		this.overdueAt = null;
		this.acceptedAt = null;
		this.assignedAt = null;
		touch(now);
	}

	public boolean canHandBack(Instant now, Duration window) {
		return status == CaseStatus.RECTIFYING && submittedAt == null && assignedAt != null
				&& !now.isAfter(assignedAt.plus(window));
	}

	public void recordProgress(Instant now) {
		require(CaseStatus.RECTIFYING, "报告进展");
		touch(now);
	}

	public void submitRectification(Instant now) {
		require(CaseStatus.RECTIFYING, "提交整改");
		this.status = CaseStatus.SUBMITTED;
		this.submittedAt = now;
		touch(now);
	}

	// --- acceptance (验收) and closure (销号)

	public void passAcceptance(Instant now) {
		require(CaseStatus.SUBMITTED, "验收");
		if (severity != null && severity.needsChiefApprovalToClose()) {
			this.status = CaseStatus.AWAITING_CLOSURE_APPROVAL;
			touch(now);
		}
		else {
			close(now);
		}
	}

	public void failAcceptance(Instant now) {
		require(CaseStatus.SUBMITTED, "验收");
		this.status = CaseStatus.RECTIFYING;
		this.reworkCount++;
		touch(now);
	}

	public void approveClosure(Instant now) {
		require(CaseStatus.AWAITING_CLOSURE_APPROVAL, "销号审批");
		close(now);
	}

	public void refuseClosure(Instant now) {
		require(CaseStatus.AWAITING_CLOSURE_APPROVAL, "销号审批");
		this.status = CaseStatus.RECTIFYING;
		this.reworkCount++;
		touch(now);
	}

	private void close(Instant now) {
		this.status = CaseStatus.CLOSED;
		this.closedAt = now;
		this.closedOnTime = deadline == null || !now.isAfter(deadline);
		touch(now);
	}

	// --- deadlines

	public void requireExtensible() {
		require(CaseStatus.RECTIFYING, "申请延期");
	}

	public void extendDeadline(Instant newDeadline, Instant newWarningAt, Instant now) {
		if (!status.isOpen()) {
			throw new ConflictException("案件已结束 / the case is closed");
		}
		this.deadline = newDeadline;
		this.warningAt = newWarningAt;
		this.warned = false;
		if (newDeadline.isAfter(now)) {
			this.overdue = false;
			this.overdueAt = null;
		}
		touch(now);
	}

	/** Idempotent: a timer job that runs twice warns once. */
	public boolean markWarned(Instant now) {
		if (warned || !status.isOpen() || deadline == null) {
			return false;
		}
		this.warned = true;
		touch(now);
		return true;
	}

	/** Idempotent: a timer job that runs twice flags once. */
	public boolean markOverdue(Instant now) {
		if (overdue || !status.isOpen() || deadline == null) {
			return false;
		}
		this.overdue = true;
		this.overdueAt = now;
		touch(now);
		return true;
	}

	private void require(CaseStatus expected, String step) {
		if (status != expected) {
			throw new ConflictException("案件当前状态为「%s」, 不能%s / the case is %s: this step needs %s"
				.formatted(status.label(), step, status, expected));
		}
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String caseNo() {
		return caseNo;
	}

	public String clientId() {
		return clientId;
	}

	public CaseSource source() {
		return source;
	}

	public CaseStatus status() {
		return status;
	}

	public String category() {
		return category;
	}

	public Severity severity() {
		return severity;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public Long reachId() {
		return reachId;
	}

	public String regionCode() {
		return regionCode;
	}

	public String handlingRegionCode() {
		return handlingRegionCode;
	}

	public String description() {
		return description;
	}

	public BigDecimal lat() {
		return lat;
	}

	public BigDecimal lon() {
		return lon;
	}

	public String address() {
		return address;
	}

	public Long reporterUserId() {
		return reporterUserId;
	}

	public String reporterName() {
		return reporterName;
	}

	public String reporterPhone() {
		return reporterPhone;
	}

	public String reporterEmail() {
		return reporterEmail;
	}

	public Long unitOrgId() {
		return unitOrgId;
	}

	public String requirement() {
		return requirement;
	}

	public Urgency urgency() {
		return urgency;
	}

	public Instant deadline() {
		return deadline;
	}

	public Instant warningAt() {
		return warningAt;
	}

	public boolean overdue() {
		return overdue;
	}

	public Instant overdueAt() {
		return overdueAt;
	}

	public int reworkCount() {
		return reworkCount;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public Instant acceptedAt() {
		return acceptedAt;
	}

	public Instant assignedAt() {
		return assignedAt;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public Boolean closedOnTime() {
		return closedOnTime;
	}

	public RejectKind rejectKind() {
		return rejectKind;
	}

	public Long duplicateOfCaseId() {
		return duplicateOfCaseId;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
