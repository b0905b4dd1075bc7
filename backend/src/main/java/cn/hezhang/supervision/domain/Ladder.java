package cn.hezhang.supervision.domain;

import java.time.Instant;

import cn.hezhang.supervision.LadderRung;
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
 * One overdue case's ladder. Rungs only go up (催办 → 督办 → 挂牌督办); closing the case stops it from any rung.
 * Every step is idempotent: a timer job that runs twice climbs once.
 */
@Entity
@Table(name = "sv_ladder")
public class Ladder {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_no")
	private String caseNo;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "handling_region_code")
	private String handlingRegionCode;

	@Column(name = "unit_id")
	private Long unitId;

	private String category;

	@Enumerated(EnumType.STRING)
	private LadderRung rung;

	private Instant deadline;

	@Column(name = "rework_count")
	private int reworkCount;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "urged_at")
	private Instant urgedAt;

	@Column(name = "supervise_at")
	private Instant superviseAt;

	@Column(name = "supervised_at")
	private Instant supervisedAt;

	@Column(name = "list_at")
	private Instant listAt;

	@Column(name = "listed_at")
	private Instant listedAt;

	@Column(name = "stopped_at")
	private Instant stoppedAt;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Version
	private long version;

	protected Ladder() {
	}

	public Ladder(Long caseId, String caseNo, String regionCode, String handlingRegionCode, Long unitId,
			String category, Instant deadline, int reworkCount, Instant superviseAt, Instant now) {
		this.caseId = caseId;
		this.caseNo = caseNo;
		this.regionCode = regionCode;
		this.handlingRegionCode = handlingRegionCode;
		this.unitId = unitId;
		this.category = category;
		this.deadline = deadline;
		this.reworkCount = reworkCount;
		this.superviseAt = superviseAt;
		this.startedAt = now;
		this.rung = LadderRung.URGED;
	}

	public boolean active() {
		return rung != LadderRung.STOPPED;
	}

	/** 催办 recorded; false if it was already (a repeated job). */
	public boolean urged(Instant now) {
		if (urgedAt != null || !active()) {
			return false;
		}
		urgedAt = now;
		return true;
	}

	public boolean supervised(Instant now, Instant listAt) {
		if (supervisedAt != null || !active() || rung == LadderRung.LISTED) {
			return false;
		}
		supervisedAt = now;
		this.listAt = listAt;
		rung = LadderRung.SUPERVISED;
		return true;
	}

	public boolean listed(Instant now) {
		if (listedAt != null || !active()) {
			return false;
		}
		listedAt = now;
		rung = LadderRung.LISTED;
		return true;
	}

	public boolean stop(Instant now) {
		if (!active()) {
			return false;
		}
		stoppedAt = now;
		rung = LadderRung.STOPPED;
		return true;
	}

	/** On 催办, before any 督办单: an extension still moves the 督办, and the office may issue it early. */
	public boolean waitingForSupervision() {
		return rung == LadderRung.URGED && supervisedAt == null;
	}

	/** The chief extended the deadline while the ladder sat on 催办: the 督办 is due anew from the new deadline. */
	public boolean postpone(Instant newDeadline, Instant newSuperviseAt) {
		if (!waitingForSupervision()) {
			return false;
		}
		deadline = newDeadline;
		superviseAt = newSuperviseAt;
		return true;
	}

	/** Keeps the highest rework count seen (events may arrive out of order). */
	public void reworked(int count) {
		reworkCount = Math.max(reworkCount, count);
	}

	public void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
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

	public String regionCode() {
		return regionCode;
	}

	public String handlingRegionCode() {
		return handlingRegionCode;
	}

	public Long unitId() {
		return unitId;
	}

	public String category() {
		return category;
	}

	public LadderRung rung() {
		return rung;
	}

	public Instant deadline() {
		return deadline;
	}

	public int reworkCount() {
		return reworkCount;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant urgedAt() {
		return urgedAt;
	}

	public Instant superviseAt() {
		return superviseAt;
	}

	public Instant supervisedAt() {
		return supervisedAt;
	}

	public Instant listAt() {
		return listAt;
	}

	public Instant listedAt() {
		return listedAt;
	}

	public Instant stoppedAt() {
		return stoppedAt;
	}

	public String processInstanceId() {
		return processInstanceId;
	}
}
