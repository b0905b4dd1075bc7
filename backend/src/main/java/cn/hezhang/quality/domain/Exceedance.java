package cn.hezhang.quality.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A case opened from monitoring: at most one per water body, kind (TARGET: a sample missed the target; REBOUND:
 * an eliminated black-odorous body graded light or heavy again) and period (Beijing month).
 */
@Entity(name = "WqExceedance")
@Table(name = "wq_exceedance")
public class Exceedance {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "period_code")
	private String periodCode;

	@Column(name = "sample_id")
	private Long sampleId;

	@Column(name = "case_id")
	private Long caseId;

	private String kind;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Exceedance() {
	}

	public Exceedance(Long waterBodyId, String kind, String periodCode, Long sampleId, Instant now) {
		this.waterBodyId = waterBodyId;
		this.kind = kind;
		this.periodCode = periodCode;
		this.sampleId = sampleId;
		this.createdAt = now;
	}

	public void caseOpened(Long caseId) {
		this.caseId = caseId;
	}

	public Long id() {
		return id;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String periodCode() {
		return periodCode;
	}

	public Long sampleId() {
		return sampleId;
	}

	public Long caseId() {
		return caseId;
	}

	public String kind() {
		return kind;
	}
}
