package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "wb_reach")
class Reach {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	private String code;

	private String name;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "start_point")
	private String startPoint;

	@Column(name = "end_point")
	private String endPoint;

	@Column(name = "length_km")
	private BigDecimal lengthKm;

	@Column(name = "center_lat")
	private BigDecimal centerLat;

	@Column(name = "center_lon")
	private BigDecimal centerLon;

	private String geometry;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Reach() {
	}

	Reach(Long waterBodyId, String code, String name, String regionCode, String startPoint, String endPoint,
			BigDecimal lengthKm, BigDecimal centerLat, BigDecimal centerLon, String geometry, Instant now) {
		this.waterBodyId = waterBodyId;
		this.code = code;
		this.name = name;
		this.regionCode = regionCode;
		this.startPoint = startPoint;
		this.endPoint = endPoint;
		this.lengthKm = lengthKm;
		this.centerLat = centerLat;
		this.centerLon = centerLon;
		this.geometry = geometry;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	void update(String name, String regionCode, String startPoint, String endPoint, BigDecimal lengthKm,
			BigDecimal centerLat, BigDecimal centerLon, String geometry, Instant now) {
		this.name = name;
		this.regionCode = regionCode;
		this.startPoint = startPoint;
		this.endPoint = endPoint;
		this.lengthKm = lengthKm;
		this.centerLat = centerLat;
		this.centerLon = centerLon;
		this.geometry = geometry;
		this.updatedAt = now;
	}

	Long waterBodyId() {
		return waterBodyId;
	}

	String regionCode() {
		return regionCode;
	}

	ReachView view(WaterBody body, String regionName) {
		return new ReachView(id, waterBodyId, body == null ? null : body.view().name(), code, name, regionCode,
				regionName, startPoint, endPoint, lengthKm, centerLat, centerLon, geometry);
	}
}
