package cn.hezhang.casework.domain;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Rectification time limit in working days for a category and severity. */
@Entity
@Table(name = "cw_deadline_rule")
@IdClass(DeadlineRule.Key.class)
public class DeadlineRule {
	@Id
	private String category;

	@Id
	private String severity;

	@Column(name = "working_days")
	private int workingDays;

	protected DeadlineRule() {
	}

	public DeadlineRule(String category, String severity, int workingDays) {
		this.category = category;
		this.severity = severity;
		this.workingDays = workingDays;
	}

	public void setWorkingDays(int workingDays) {
		this.workingDays = workingDays;
	}

	public String category() {
		return category;
	}

	public String severity() {
		return severity;
	}

	public int workingDays() {
		return workingDays;
	}

	public record Key(String category, String severity) implements Serializable {
		public Key() {
			this(null, null);
		}
	}
}
