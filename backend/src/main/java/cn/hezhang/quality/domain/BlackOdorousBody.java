package cn.hezhang.quality.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.hezhang.quality.BlackOdorousGrade;
import cn.hezhang.shared.ConflictException;
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
 * An urban black-odorous water body's lifecycle record. The BPMN process decides what comes next; this class
 * refuses a step its status does not allow (409).
 */
@Entity(name = "BoBody")
@Table(name = "bo_body")
public class BlackOdorousBody {
	public enum Status {
		/** 已识别，待公示. */
		IDENTIFIED("已识别"),
		/** 已公示，待制定整治方案. */
		PUBLISHED("已公示"),
		/** 治理中. */
		REMEDIATING("治理中"),
		/** 初见成效 (consecutive samples no longer black-odorous), awaiting the completion assessment. */
		INITIAL_EFFECT("初见成效"),
		/** 已销号, watched for rebound (长制久清). */
		ELIMINATED("已销号"),
		/** 返黑返臭: an eliminated body graded light/heavy again, waiting for a new plan. */
		REBOUNDED("返黑返臭");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	public enum IdentifiedBy {
		MONITORING, SURVEY
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	private String name;

	private String city;

	private String place;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "office_region_code")
	private String officeRegionCode;

	@Enumerated(EnumType.STRING)
	private BlackOdorousGrade grade;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	@Column(name = "identified_by")
	private IdentifiedBy identifiedBy;

	@Column(name = "survey_valid")
	private Integer surveyValid;

	@Column(name = "survey_black")
	private Integer surveyBlack;

	@Column(name = "responsible_person")
	private String responsiblePerson;

	@Column(name = "chief_name")
	private String chiefName;

	private LocalDate deadline;

	private String measures;

	@Column(name = "plan_note")
	private String planNote;

	private int progress;

	private Integer satisfaction;

	private int rebounds;

	private boolean overdue;

	@Column(name = "identified_at")
	private Instant identifiedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "eliminated_at")
	private Instant eliminatedAt;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected BlackOdorousBody() {
	}

	public BlackOdorousBody(Long waterBodyId, String name, String city, String regionCode, String officeRegionCode,
			BlackOdorousGrade grade, IdentifiedBy identifiedBy, Integer surveyValid, Integer surveyBlack, Instant now) {
		this.waterBodyId = waterBodyId;
		this.name = name;
		this.city = city;
		this.regionCode = regionCode;
		this.officeRegionCode = officeRegionCode;
		this.grade = grade;
		this.identifiedBy = identifiedBy;
		this.surveyValid = surveyValid;
		this.surveyBlack = surveyBlack;
		this.status = Status.IDENTIFIED;
		this.identifiedAt = now;
		this.updatedAt = now;
	}

	private void require(Status... allowed) {
		for (Status s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new ConflictException("黑臭水体当前为「" + status.label() + "」，不能进行此操作 / not allowed in status " + status);
	}

	public void attachProcess(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void publish(String name, String city, String place, BlackOdorousGrade grade, String responsiblePerson,
			String chiefName, LocalDate deadline, Instant now) {
		require(Status.IDENTIFIED);
		this.name = name;
		this.city = city;
		this.place = place;
		this.grade = grade;
		this.responsiblePerson = responsiblePerson;
		this.chiefName = chiefName;
		this.deadline = deadline;
		this.status = Status.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	public void plan(String measures, String planNote, Instant now) {
		require(Status.PUBLISHED, Status.REBOUNDED);
		this.measures = measures;
		this.planNote = planNote;
		this.status = Status.REMEDIATING;
		this.updatedAt = now;
	}

	public void changeDeadline(LocalDate deadline, Instant now) {
		this.deadline = deadline;
		this.overdue = false;
		this.updatedAt = now;
	}

	public void progress(int progress, Instant now) {
		this.progress = Math.max(0, Math.min(100, progress));
		this.updatedAt = now;
	}

	public void initialEffect(Instant now) {
		require(Status.REMEDIATING);
		this.status = Status.INITIAL_EFFECT;
		this.updatedAt = now;
	}

	/** The assessment failed: back to remediation. */
	public void assessmentFailed(int satisfaction, Instant now) {
		require(Status.INITIAL_EFFECT);
		this.satisfaction = satisfaction;
		this.status = Status.REMEDIATING;
		this.updatedAt = now;
	}

	public void eliminate(int satisfaction, Instant now) {
		require(Status.INITIAL_EFFECT);
		this.satisfaction = satisfaction;
		this.status = Status.ELIMINATED;
		this.grade = BlackOdorousGrade.NONE;
		this.progress = 100;
		this.overdue = false;
		this.eliminatedAt = now;
		this.updatedAt = now;
	}

	public void rebound(BlackOdorousGrade grade, Instant now) {
		require(Status.ELIMINATED);
		this.status = Status.REBOUNDED;
		this.grade = grade;
		this.rebounds++;
		this.progress = 0;
		this.updatedAt = now;
	}

	public void regrade(BlackOdorousGrade grade, Instant now) {
		if (grade != BlackOdorousGrade.NONE && status != Status.ELIMINATED) {
			this.grade = grade;
			this.updatedAt = now;
		}
	}

	public void markOverdue(Instant now) {
		this.overdue = true;
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String name() {
		return name;
	}

	public String city() {
		return city;
	}

	public String place() {
		return place;
	}

	public String regionCode() {
		return regionCode;
	}

	public String officeRegionCode() {
		return officeRegionCode;
	}

	public BlackOdorousGrade grade() {
		return grade;
	}

	public Status status() {
		return status;
	}

	public IdentifiedBy identifiedBy() {
		return identifiedBy;
	}

	public Integer surveyValid() {
		return surveyValid;
	}

	public Integer surveyBlack() {
		return surveyBlack;
	}

	public String responsiblePerson() {
		return responsiblePerson;
	}

	public String chiefName() {
		return chiefName;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public String measures() {
		return measures;
	}

	public String planNote() {
		return planNote;
	}

	public int progress() {
		return progress;
	}

	public Integer satisfaction() {
		return satisfaction;
	}

	public int rebounds() {
		return rebounds;
	}

	public boolean overdue() {
		return overdue;
	}

	public Instant identifiedAt() {
		return identifiedAt;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public Instant eliminatedAt() {
		return eliminatedAt;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	public String businessKey() {
		return "BO-" + waterBodyId;
	}
}
