package cn.hezhang.patrol.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something seen on a patrol (发现问题): note, position, photos; may have opened a case. */
@Entity
@Table(name = "pt_finding")
public class Finding {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String clientId;

	private String patrolId;

	private Instant recordedAt;

	private double lat;

	private double lon;

	private String note;

	private String category;

	private String photoIds;

	private Long caseId;

	private Instant createdAt;

	protected Finding() {
	}

	public Finding(String clientId, String patrolId, Instant recordedAt, double lat, double lon, String note,
			String category, List<String> photoIds, Instant now) {
		this.clientId = clientId;
		this.patrolId = patrolId;
		this.recordedAt = recordedAt;
		this.lat = lat;
		this.lon = lon;
		this.note = note;
		this.category = category;
		this.photoIds = photoIds.isEmpty() ? null : String.join(",", photoIds);
		this.createdAt = now;
	}

	public void openedCase(Long caseId) {
		this.caseId = caseId;
	}

	public Long id() {
		return id;
	}

	public String clientId() {
		return clientId;
	}

	public String patrolId() {
		return patrolId;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public double lat() {
		return lat;
	}

	public double lon() {
		return lon;
	}

	public String note() {
		return note;
	}

	public String category() {
		return category;
	}

	public List<String> photoIds() {
		return photoIds == null ? List.of() : Arrays.asList(photoIds.split(","));
	}

	public Long caseId() {
		return caseId;
	}
}
