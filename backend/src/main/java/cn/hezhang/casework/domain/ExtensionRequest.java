package cn.hezhang.casework.domain;

import java.time.Instant;

import cn.hezhang.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's request for a later deadline, decided by the chief of the case's level. */
@Entity
@Table(name = "cw_extension")
public class ExtensionRequest {
	public static final String PENDING = "PENDING";
	public static final String APPROVED = "APPROVED";
	public static final String REFUSED = "REFUSED";
	public static final String WITHDRAWN = "WITHDRAWN";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "requested_deadline")
	private Instant requestedDeadline;

	@Column(name = "previous_deadline")
	private Instant previousDeadline;

	private String reason;

	private String status;

	@Column(name = "requested_by")
	private Long requestedBy;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_opinion")
	private String decisionOpinion;

	protected ExtensionRequest() {
	}

	public ExtensionRequest(Long caseId, Instant requestedDeadline, Instant previousDeadline, String reason,
			Long requestedBy, Instant now) {
		this.caseId = caseId;
		this.requestedDeadline = requestedDeadline;
		this.previousDeadline = previousDeadline;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.status = PENDING;
	}

	public void decide(boolean approved, Long by, String opinion, Instant now) {
		if (!PENDING.equals(status)) {
			throw new ConflictException("该延期申请已处理 / this extension request was already decided");
		}
		this.status = approved ? APPROVED : REFUSED;
		this.decidedBy = by;
		this.decidedAt = now;
		this.decisionOpinion = opinion;
	}

	public void withdraw(Instant now) {
		if (PENDING.equals(status)) {
			this.status = WITHDRAWN;
			this.decidedAt = now;
		}
	}

	public Long caseId() {
		return caseId;
	}

	public Instant requestedDeadline() {
		return requestedDeadline;
	}

	public Instant previousDeadline() {
		return previousDeadline;
	}

	public String reason() {
		return reason;
	}

	public String status() {
		return status;
	}

	public Instant requestedAt() {
		return requestedAt;
	}
}
