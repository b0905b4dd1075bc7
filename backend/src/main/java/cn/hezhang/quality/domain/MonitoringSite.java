package cn.hezhang.quality.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A monitoring section (断面) on a river or lake, or a detection point (检测点) on a black-odorous water body. */
@Entity(name = "WqMonitoringSite")
@Table(name = "wq_site")
public class MonitoringSite {
	public enum Kind {
		/** 断面: GB 3838 classification against the water body's target. */
		SECTION,
		/** 检测点: black-odorous grading (and GB 3838 where such items are measured). */
		POINT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "reach_id")
	private Long reachId;

	@Column(name = "region_code")
	private String regionCode;

	private int seq;

	private BigDecimal lat;

	private BigDecimal lon;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected MonitoringSite() {
	}

	public MonitoringSite(String code, String name, Kind kind, Long waterBodyId, Long reachId, String regionCode, int seq,
			BigDecimal lat, BigDecimal lon, Instant now) {
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.waterBodyId = waterBodyId;
		this.reachId = reachId;
		this.regionCode = regionCode;
		this.seq = seq;
		this.lat = lat;
		this.lon = lon;
		this.createdAt = now;
	}

	public Long id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public Kind kind() {
		return kind;
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

	public int seq() {
		return seq;
	}

	public BigDecimal lat() {
		return lat;
	}

	public BigDecimal lon() {
		return lon;
	}
}
