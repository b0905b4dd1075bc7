package cn.hezhang.policy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import cn.hezhang.policy.ListKind;
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
 * A line of one of the five lists. Goals are measurable (indicator ≤/≥ value, or a target class, by a date); tasks
 * carry a unit and a deadline and, once the policy is approved, progress reported by the unit.
 */
@Entity
@Table(name = "pl_item")
public class PolicyItem {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "policy_id")
	private Long policyId;

	@Enumerated(EnumType.STRING)
	@Column(name = "list_kind")
	private ListKind kind;

	@Column(name = "sort_order")
	private int sortOrder;

	private String content;

	private String indicator;

	private String comparator;

	@Column(name = "target_value")
	private BigDecimal targetValue;

	@Column(name = "target_class")
	private String targetClass;

	@Column(name = "target_date")
	private LocalDate targetDate;

	@Column(name = "unit_org_id")
	private Long unitOrgId;

	private String person;

	private LocalDate deadline;

	@Column(name = "progress_pct")
	private int progressPct;

	@Column(name = "completed_at")
	private Instant completedAt;

	private boolean overdue;

	@Column(name = "overdue_at")
	private Instant overdueAt;

	@Version
	private long version;

	protected PolicyItem() {
	}

	public PolicyItem(Long policyId, ListKind kind, int sortOrder, String content, String indicator, String comparator,
			BigDecimal targetValue, String targetClass, LocalDate targetDate, Long unitOrgId, String person,
			LocalDate deadline) {
		this.policyId = policyId;
		this.kind = kind;
		this.sortOrder = sortOrder;
		this.content = content;
		this.indicator = indicator;
		this.comparator = comparator;
		this.targetValue = targetValue;
		this.targetClass = targetClass;
		this.targetDate = targetDate;
		this.unitOrgId = unitOrgId;
		this.person = person;
		this.deadline = deadline;
	}

	/** Records progress; returns true when this report completes the task. */
	public boolean progress(int pct, Instant now) {
		boolean completes = pct >= 100 && completedAt == null;
		this.progressPct = Math.max(0, Math.min(100, pct));
		if (completes) {
			this.completedAt = now;
		}
		return completes;
	}

	/** Flags the task overdue once; returns false when it already was (or is done). */
	public boolean flagOverdue(Instant now) {
		if (overdue || completedAt != null) {
			return false;
		}
		this.overdue = true;
		this.overdueAt = now;
		return true;
	}

	public Long id() {
		return id;
	}

	public Long policyId() {
		return policyId;
	}

	public ListKind kind() {
		return kind;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String content() {
		return content;
	}

	public String indicator() {
		return indicator;
	}

	public String comparator() {
		return comparator;
	}

	public BigDecimal targetValue() {
		return targetValue;
	}

	public String targetClass() {
		return targetClass;
	}

	public LocalDate targetDate() {
		return targetDate;
	}

	public Long unitOrgId() {
		return unitOrgId;
	}

	public String person() {
		return person;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public int progressPct() {
		return progressPct;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public boolean overdue() {
		return overdue;
	}
}
