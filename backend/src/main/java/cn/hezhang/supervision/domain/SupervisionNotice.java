package cn.hezhang.supervision.domain;

import java.time.Instant;

import cn.hezhang.supervision.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 催办通知 or a 督办单 with the unit's acknowledgement or reply (recorded once). */
@Entity
@Table(name = "sv_notice")
public class SupervisionNotice {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ladder_id")
	private Long ladderId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "case_no")
	private String caseNo;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	@Column(name = "notice_no")
	private String noticeNo;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "issuing_region_code")
	private String issuingRegionCode;

	@Column(name = "unit_id")
	private Long unitId;

	private String content;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Column(name = "due_at")
	private Instant dueAt;

	private String response;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "responded_by")
	private String respondedBy;

	protected SupervisionNotice() {
	}

	public SupervisionNotice(Ladder ladder, NoticeKind kind, String noticeNo, String issuingRegionCode, String content,
			Instant issuedAt, Instant dueAt) {
		this.ladderId = ladder.id();
		this.caseId = ladder.caseId();
		this.caseNo = ladder.caseNo();
		this.kind = kind;
		this.noticeNo = noticeNo;
		this.regionCode = ladder.regionCode();
		this.issuingRegionCode = issuingRegionCode;
		this.unitId = ladder.unitId();
		this.content = content;
		this.issuedAt = issuedAt;
		this.dueAt = dueAt;
	}

	/** Records the acknowledgement or reply; false if one was recorded before. */
	public boolean respond(String text, String by, Instant at) {
		if (respondedAt != null) {
			return false;
		}
		response = text;
		respondedBy = by;
		respondedAt = at;
		return true;
	}

	public Long id() {
		return id;
	}

	public Long ladderId() {
		return ladderId;
	}

	public Long caseId() {
		return caseId;
	}

	public String caseNo() {
		return caseNo;
	}

	public NoticeKind kind() {
		return kind;
	}

	public String noticeNo() {
		return noticeNo;
	}

	public String regionCode() {
		return regionCode;
	}

	public String issuingRegionCode() {
		return issuingRegionCode;
	}

	public Long unitId() {
		return unitId;
	}

	public String content() {
		return content;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public Instant dueAt() {
		return dueAt;
	}

	public String response() {
		return response;
	}

	public Instant respondedAt() {
		return respondedAt;
	}

	public String respondedBy() {
		return respondedBy;
	}
}
