package cn.hezhang.patrol.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.hezhang.patrol.PatrolPeriod;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One patrol owed by a person for a water body (or one of its reaches) in a period (巡河任务). */
@Entity
@Table(name = "pt_duty")
public class Duty {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String dutyKey;

	private Long userId;

	private String username;

	private String displayName;

	private String regionCode;

	@Enumerated(EnumType.STRING)
	private DutyKind dutyKind;

	private Long waterBodyId;

	private Long reachId;

	private String targetName;

	@Enumerated(EnumType.STRING)
	private PatrolPeriod periodKind;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private Instant dueAt;

	@Enumerated(EnumType.STRING)
	private DutyStatus status;

	private String patrolId;

	private Instant completedAt;

	private Instant missedAt;

	private String processInstanceId;

	private Instant createdAt;

	@Version
	private long version;

	protected Duty() {
	}

	public Duty(Long userId, String username, String displayName, String regionCode, DutyKind kind, Long waterBodyId,
			Long reachId, String targetName, PatrolPeriod periodKind, PatrolPeriod.Range period, Instant dueAt,
			Instant now) {
		this.dutyKey = key(userId, waterBodyId, reachId, period.start());
		this.userId = userId;
		this.username = username;
		this.displayName = displayName;
		this.regionCode = regionCode;
		this.dutyKind = kind;
		this.waterBodyId = waterBodyId;
		this.reachId = reachId;
		this.targetName = targetName;
		this.periodKind = periodKind;
		this.periodStart = period.start();
		this.periodEnd = period.end();
		this.dueAt = dueAt;
		this.status = DutyStatus.OPEN;
		this.createdAt = now;
	}

	public static String key(Long userId, Long waterBodyId, Long reachId, LocalDate periodStart) {
		return userId + "/" + waterBodyId + "/" + (reachId == null ? "-" : reachId) + "/" + periodStart;
	}

	public String businessKey() {
		return "PD-" + id;
	}

	/** Whether a patrol of this person on this water body (and reach), started at {@code day}, fulfils the duty. */
	public boolean fulfilledBy(Long patrolUserId, Long patrolWaterBodyId, Long patrolReachId, LocalDate day) {
		return status == DutyStatus.OPEN && userId.equals(patrolUserId) && waterBodyId.equals(patrolWaterBodyId)
				&& (reachId == null || reachId.equals(patrolReachId)) && !day.isBefore(periodStart)
				&& !day.isAfter(periodEnd);
	}

	/** true if this changed the duty (idempotent). */
	public boolean complete(String patrolId, Instant at) {
		if (status != DutyStatus.OPEN) {
			return false;
		}
		this.status = DutyStatus.DONE;
		this.patrolId = patrolId;
		this.completedAt = at;
		return true;
	}

	/** true if this changed the duty (idempotent: a timer job that runs twice marks once). */
	public boolean miss(Instant at) {
		if (status != DutyStatus.OPEN) {
			return false;
		}
		this.status = DutyStatus.MISSED;
		this.missedAt = at;
		return true;
	}

	public void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public Long id() {
		return id;
	}

	public Long userId() {
		return userId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String regionCode() {
		return regionCode;
	}

	public DutyKind dutyKind() {
		return dutyKind;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public Long reachId() {
		return reachId;
	}

	public String targetName() {
		return targetName;
	}

	public PatrolPeriod periodKind() {
		return periodKind;
	}

	public LocalDate periodStart() {
		return periodStart;
	}

	public LocalDate periodEnd() {
		return periodEnd;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public DutyStatus status() {
		return status;
	}

	public String patrolId() {
		return patrolId;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public Instant missedAt() {
		return missedAt;
	}

	public String processInstanceId() {
		return processInstanceId;
	}
}
