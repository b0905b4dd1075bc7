package cn.hezhang.quality.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated step of a remediation plan under one measure (控源截污 …). */
@Entity(name = "BoMilestone")
@Table(name = "bo_milestone")
public class Milestone {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "body_id")
	private Long bodyId;

	private String measure;

	private String title;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "done_at")
	private Instant doneAt;

	private boolean overdue;

	protected Milestone() {
	}

	public Milestone(Long bodyId, String measure, String title, LocalDate dueDate) {
		this.bodyId = bodyId;
		this.measure = measure;
		this.title = title;
		this.dueDate = dueDate;
	}

	public void done(Instant now) {
		if (doneAt == null) {
			doneAt = now;
		}
	}

	public void markOverdue() {
		this.overdue = true;
	}

	public Long id() {
		return id;
	}

	public Long bodyId() {
		return bodyId;
	}

	public String measure() {
		return measure;
	}

	public String title() {
		return title;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public Instant doneAt() {
		return doneAt;
	}

	public boolean overdue() {
		return overdue;
	}
}
