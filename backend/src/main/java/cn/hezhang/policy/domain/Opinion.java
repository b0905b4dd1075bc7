package cn.hezhang.policy.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lower chief's opinion on a draft in one approval round, or the record that he gave none in time. */
@Entity
@Table(name = "pl_opinion")
public class Opinion {
	public static final String GIVEN = "GIVEN";
	public static final String MISSED = "MISSED";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "policy_id")
	private Long policyId;

	@Column(name = "approval_round")
	private int approvalRound;

	private String username;

	@Column(name = "person_name")
	private String personName;

	private String opinion;

	private String outcome;

	@Column(name = "recorded_at")
	private Instant recordedAt;

	protected Opinion() {
	}

	public Opinion(Long policyId, int approvalRound, String username, String personName, String opinion, String outcome,
			Instant now) {
		this.policyId = policyId;
		this.approvalRound = approvalRound;
		this.username = username;
		this.personName = personName;
		this.opinion = opinion;
		this.outcome = outcome;
		this.recordedAt = now;
	}

	public int approvalRound() {
		return approvalRound;
	}

	public String username() {
		return username;
	}

	public String personName() {
		return personName;
	}

	public String opinion() {
		return opinion;
	}

	public String outcome() {
		return outcome;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
