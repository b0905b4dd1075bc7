package cn.hezhang.waterbody.domain;

import java.time.Instant;
import java.time.LocalDate;

import cn.hezhang.waterbody.ChiefRole;
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
 * A person appointed chief (总河长, 河长/湖长, 副河长) of a reach, or of the whole water body at its own region, for a
 * term. An ended appointment stays as history; a successor points back to it.
 */
@Entity
@Table(name = "wb_chief_appointment")
public class ChiefAppointment {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "reach_id")
	private Long reachId;

	@Column(name = "region_code")
	private String regionCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "chief_role")
	private ChiefRole role;

	@Column(name = "person_name")
	private String personName;

	private String username;

	private String post;

	@Column(name = "office_phone")
	private String officePhone;

	private String mobile;

	@Column(name = "term_start")
	private LocalDate termStart;

	@Column(name = "term_end")
	private LocalDate termEnd;

	private boolean active;

	@Column(name = "predecessor_id")
	private Long predecessorId;

	@Column(name = "end_reason")
	private String endReason;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected ChiefAppointment() {
	}

	public ChiefAppointment(Long waterBodyId, Long reachId, String regionCode, ChiefRole role, String personName,
			String username, String post, String officePhone, String mobile, LocalDate termStart, LocalDate termEnd,
			Long predecessorId, Instant now) {
		this.waterBodyId = waterBodyId;
		this.reachId = reachId;
		this.regionCode = regionCode;
		this.role = role;
		this.personName = personName;
		this.username = username;
		this.post = post;
		this.officePhone = officePhone;
		this.mobile = mobile;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.predecessorId = predecessorId;
		this.active = true;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Ends the term (the day before the successor starts, or today); the record stays as history. */
	public void end(LocalDate lastDay, String reason, Instant now) {
		this.active = false;
		this.termEnd = lastDay;
		this.endReason = reason;
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public Long reachId() {
		return reachId;
	}

	public String regionCode() {
		return regionCode;
	}

	public ChiefRole role() {
		return role;
	}

	public String personName() {
		return personName;
	}

	public String username() {
		return username;
	}

	public String post() {
		return post;
	}

	public String officePhone() {
		return officePhone;
	}

	public String mobile() {
		return mobile;
	}

	public LocalDate termStart() {
		return termStart;
	}

	public LocalDate termEnd() {
		return termEnd;
	}

	public boolean active() {
		return active;
	}

	public Long predecessorId() {
		return predecessorId;
	}

	public String endReason() {
		return endReason;
	}
}
