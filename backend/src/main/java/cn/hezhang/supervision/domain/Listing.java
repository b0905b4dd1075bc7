package cn.hezhang.supervision.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A case under public listing (挂牌督办): listed once, lifted (摘牌) when the case closes. The public portal shows
 * it; the next level's office and chief follow it.
 */
@Entity
@Table(name = "sv_listing")
public class Listing {
	public enum Reason {
		/** M working days after the supervision notice, still not closed. */
		OVERDUE,
		/** The rework limit was reached (验收不通过 ≥ limit). */
		REWORK,
		/** A supervisor or office listed it early. */
		MANUAL
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "ladder_id")
	private Long ladderId;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	private String category;

	@Enumerated(EnumType.STRING)
	private Reason reason;

	@Column(name = "escalated_to_region_code")
	private String escalatedToRegionCode;

	@Column(name = "listed_at")
	private Instant listedAt;

	private Instant deadline;

	@Column(name = "delisted_at")
	private Instant delistedAt;

	protected Listing() {
	}

	public Listing(Long caseId, String caseNo, Long ladderId, String regionCode, Long waterBodyId, String category,
			Reason reason, String escalatedToRegionCode, Instant listedAt, Instant deadline) {
		this.caseId = caseId;
		this.caseNo = caseNo;
		this.ladderId = ladderId;
		this.regionCode = regionCode;
		this.waterBodyId = waterBodyId;
		this.category = category;
		this.reason = reason;
		this.escalatedToRegionCode = escalatedToRegionCode;
		this.listedAt = listedAt;
		this.deadline = deadline;
	}

	/** 摘牌: idempotent. */
	public boolean delist(Instant at) {
		if (delistedAt != null) {
			return false;
		}
		delistedAt = at;
		return true;
	}

	public Long id() {
		return id;
	}

	public Long caseId() {
		return caseId;
	}

	public String caseNo() {
		return caseNo;
	}

	public Long ladderId() {
		return ladderId;
	}

	public String regionCode() {
		return regionCode;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String category() {
		return category;
	}

	public Reason reason() {
		return reason;
	}

	public String escalatedToRegionCode() {
		return escalatedToRegionCode;
	}

	public Instant listedAt() {
		return listedAt;
	}

	public Instant deadline() {
		return deadline;
	}

	public Instant delistedAt() {
		return delistedAt;
	}

	public boolean listed() {
		return delistedAt == null;
	}
}
