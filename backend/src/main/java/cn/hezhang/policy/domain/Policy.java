package cn.hezhang.policy.domain;

import java.time.Instant;

import cn.hezhang.policy.PolicyStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One version of the policy of a water body, at a level (region), for a period. */
@Entity
@Table(name = "pl_policy")
public class Policy {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "period_from")
	private int periodFrom;

	@Column(name = "period_to")
	private int periodTo;

	@Column(name = "version_no")
	private int versionNo;

	private String title;

	@Enumerated(EnumType.STRING)
	private PolicyStatus status;

	private String summary;

	@Column(name = "approver_username")
	private String approverUsername;

	@Column(name = "approval_round")
	private int approvalRound;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "return_comment")
	private String returnComment;

	@Column(name = "approval_comment")
	private String approvalComment;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Policy() {
	}

	public Policy(Long waterBodyId, String regionCode, int periodFrom, int periodTo, int versionNo, String title,
			String summary, String createdBy, Instant now) {
		this.waterBodyId = waterBodyId;
		this.regionCode = regionCode;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.versionNo = versionNo;
		this.title = title;
		this.summary = summary;
		this.createdBy = createdBy;
		this.status = PolicyStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void edit(String title, String summary, int periodTo, Instant now) {
		this.title = title;
		this.summary = summary;
		this.periodTo = periodTo;
		this.updatedAt = now;
	}

	public void submitted(String approver, Instant now) {
		this.status = PolicyStatus.IN_APPROVAL;
		this.approverUsername = approver;
		this.approvalRound++;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	public void started(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void approved(String comment, Instant now) {
		this.status = PolicyStatus.APPROVED;
		this.approvalComment = comment;
		this.approvedAt = now;
		this.updatedAt = now;
	}

	public void returned(String comment, Instant now) {
		this.status = PolicyStatus.DRAFT;
		this.returnComment = comment;
		this.updatedAt = now;
	}

	public void superseded(Instant now) {
		this.status = PolicyStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	public void approverChanged(String username, Instant now) {
		this.approverUsername = username;
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String regionCode() {
		return regionCode;
	}

	public int periodFrom() {
		return periodFrom;
	}

	public int periodTo() {
		return periodTo;
	}

	public int versionNo() {
		return versionNo;
	}

	public String title() {
		return title;
	}

	public PolicyStatus status() {
		return status;
	}

	public String summary() {
		return summary;
	}

	public String approverUsername() {
		return approverUsername;
	}

	public int approvalRound() {
		return approvalRound;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public String returnComment() {
		return returnComment;
	}

	public String approvalComment() {
		return approvalComment;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant approvedAt() {
		return approvedAt;
	}

	public String businessKey() {
		return "PL-" + id;
	}
}
