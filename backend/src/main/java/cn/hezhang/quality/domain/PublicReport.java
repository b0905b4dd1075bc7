package cn.hezhang.quality.domain;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A half-year public report on the black-odorous water bodies: the PDF and, in {@link ReportEntry}, its data set. */
@Entity(name = "BoReport")
@Table(name = "bo_report")
public class PublicReport {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "period_code")
	private String periodCode;

	private String title;

	@Column(name = "trigger_kind")
	private String triggerKind;

	private int bodies;

	private int eliminated;

	@Column(name = "generated_at")
	private Instant generatedAt;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	private byte[] pdf;

	protected PublicReport() {
	}

	public PublicReport(String periodCode, String title, String triggerKind, int bodies, int eliminated,
			Instant generatedAt) {
		this.periodCode = periodCode;
		this.title = title;
		this.triggerKind = triggerKind;
		this.bodies = bodies;
		this.eliminated = eliminated;
		this.generatedAt = generatedAt;
		this.pdf = new byte[0];
	}

	public void attachPdf(byte[] pdf) {
		this.pdf = pdf;
	}

	public Long id() {
		return id;
	}

	public String periodCode() {
		return periodCode;
	}

	public String title() {
		return title;
	}

	public String triggerKind() {
		return triggerKind;
	}

	public int bodies() {
		return bodies;
	}

	public int eliminated() {
		return eliminated;
	}

	public Instant generatedAt() {
		return generatedAt;
	}

	public byte[] pdf() {
		return pdf;
	}
}
