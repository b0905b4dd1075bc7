package cn.hezhang.casework.domain;

import java.time.Instant;

import cn.hezhang.casework.StepAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a case's timeline: who did what, when, with which opinion. Never changed once written. */
@Entity
@Table(name = "cw_case_step")
public class CaseStep {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Enumerated(EnumType.STRING)
	private StepAction action;

	@Column(name = "actor_user_id")
	private Long actorUserId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "actor_role")
	private String actorRole;

	private Instant at;

	private String opinion;

	/** Structured facts of the step as a small JSON object (e.g. the unit and deadline of an assignment). */
	private String details;

	/** What the public status page may show of this step (never the internal opinion). */
	@Column(name = "public_note")
	private String publicNote;

	protected CaseStep() {
	}

	public CaseStep(Long caseId, StepAction action, Long actorUserId, String actorName, String actorRole, Instant at,
			String opinion, String details, String publicNote) {
		this.caseId = caseId;
		this.action = action;
		this.actorUserId = actorUserId;
		this.actorName = actorName;
		this.actorRole = actorRole;
		this.at = at;
		this.opinion = opinion;
		this.details = details;
		this.publicNote = publicNote;
	}

	public Long id() {
		return id;
	}

	public Long caseId() {
		return caseId;
	}

	public StepAction action() {
		return action;
	}

	public String actorName() {
		return actorName;
	}

	public String actorRole() {
		return actorRole;
	}

	public Long actorUserId() {
		return actorUserId;
	}

	public Instant at() {
		return at;
	}

	public String opinion() {
		return opinion;
	}

	public String details() {
		return details;
	}

	public String publicNote() {
		return publicNote;
	}
}
