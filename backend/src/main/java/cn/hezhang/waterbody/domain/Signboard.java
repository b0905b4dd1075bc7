package cn.hezhang.waterbody.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A signboard (公示牌) by a reach or lake; the chiefs it shows come from the current appointments. */
@Entity
@Table(name = "wb_signboard")
public class Signboard {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "reach_id")
	private Long reachId;

	@Column(name = "board_no")
	private String boardNo;

	private String place;

	private BigDecimal lat;

	private BigDecimal lon;

	private String duties;

	private String targets;

	private String hotline;

	@Column(name = "office_phone")
	private String officePhone;

	@Column(name = "show_mobile")
	private boolean showMobile;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Signboard() {
	}

	public Signboard(Long waterBodyId, Long reachId, String boardNo, Instant now) {
		this.waterBodyId = waterBodyId;
		this.reachId = reachId;
		this.boardNo = boardNo;
		this.createdAt = now;
	}

	public void update(String place, BigDecimal lat, BigDecimal lon, String duties, String targets, String hotline,
			String officePhone, boolean showMobile, Instant now) {
		this.place = place;
		this.lat = lat;
		this.lon = lon;
		this.duties = duties;
		this.targets = targets;
		this.hotline = hotline;
		this.officePhone = officePhone;
		this.showMobile = showMobile;
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

	public String boardNo() {
		return boardNo;
	}

	public String place() {
		return place;
	}

	public BigDecimal lat() {
		return lat;
	}

	public BigDecimal lon() {
		return lon;
	}

	public String duties() {
		return duties;
	}

	public String targets() {
		return targets;
	}

	public String hotline() {
		return hotline;
	}

	public String officePhone() {
		return officePhone;
	}

	public boolean showMobile() {
		return showMobile;
	}
}
