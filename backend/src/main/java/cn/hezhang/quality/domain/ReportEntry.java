package cn.hezhang.quality.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One black-odorous body as published in a half-year report (a snapshot: later changes do not alter it). */
@Entity(name = "BoReportEntry")
@Table(name = "bo_report_entry")
public class ReportEntry {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id")
	private Long reportId;

	private String name;

	private String city;

	private String place;

	private String grade;

	private String status;

	@Column(name = "responsible_person")
	private String responsiblePerson;

	@Column(name = "chief_name")
	private String chiefName;

	private LocalDate deadline;

	private int progress;

	protected ReportEntry() {
	}

	public ReportEntry(Long reportId, String name, String city, String place, String grade, String status,
			String responsiblePerson, String chiefName, LocalDate deadline, int progress) {
		this.reportId = reportId;
		this.name = name;
		this.city = city;
		this.place = place;
		this.grade = grade;
		this.status = status;
		this.responsiblePerson = responsiblePerson;
		this.chiefName = chiefName;
		this.deadline = deadline;
		this.progress = progress;
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

	public String grade() {
		return grade;
	}

	public String status() {
		return status;
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

	public int progress() {
		return progress;
	}
}
