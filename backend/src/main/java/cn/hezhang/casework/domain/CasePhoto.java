package cn.hezhang.casework.domain;

import cn.hezhang.casework.PhotoKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "cw_case_photo")
public class CasePhoto {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "step_id")
	private Long stepId;

	@Column(name = "file_id")
	private String fileId;

	@Enumerated(EnumType.STRING)
	private PhotoKind kind;

	@Column(name = "sort_order")
	private int sortOrder;

	protected CasePhoto() {
	}

	public CasePhoto(Long caseId, Long stepId, String fileId, PhotoKind kind, int sortOrder) {
		this.caseId = caseId;
		this.stepId = stepId;
		this.fileId = fileId;
		this.kind = kind;
		this.sortOrder = sortOrder;
	}

	public Long stepId() {
		return stepId;
	}

	public String fileId() {
		return fileId;
	}

	public PhotoKind kind() {
		return kind;
	}
}
