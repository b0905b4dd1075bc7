package cn.hezhang.policy.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's progress report on a policy task. */
@Entity
@Table(name = "pl_progress")
public class ProgressReport {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "reported_by")
	private String reportedBy;

	@Column(name = "progress_pct")
	private int progressPct;

	private String note;

	@Column(name = "reported_at")
	private Instant reportedAt;

	protected ProgressReport() {
	}

	public ProgressReport(Long itemId, String reportedBy, int progressPct, String note, Instant now) {
		this.itemId = itemId;
		this.reportedBy = reportedBy;
		this.progressPct = progressPct;
		this.note = note;
		this.reportedAt = now;
	}

	public String reportedBy() {
		return reportedBy;
	}

	public int progressPct() {
		return progressPct;
	}

	public String note() {
		return note;
	}

	public Instant reportedAt() {
		return reportedAt;
	}
}
