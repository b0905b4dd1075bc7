package cn.hezhang.waterbody;

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

@Entity
@Table(name = "wb_water_body")
class WaterBody {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private WaterBodyType type;

	private String basin;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "length_km")
	private BigDecimal lengthKm;

	@Column(name = "area_km2")
	private BigDecimal areaKm2;

	@Column(name = "target_class")
	private String targetClass;

	private String description;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected WaterBody() {
	}

	WaterBody(String code, String name, String nameEn, WaterBodyType type, String basin, String regionCode,
			BigDecimal lengthKm, BigDecimal areaKm2, String targetClass, String description, Instant now) {
		this.code = code;
		this.name = name;
		this.nameEn = nameEn;
		this.type = type;
		this.basin = basin;
		this.regionCode = regionCode;
		this.lengthKm = lengthKm;
		this.areaKm2 = areaKm2;
		this.targetClass = targetClass;
		this.description = description;
		this.createdAt = now;
		this.updatedAt = now;
	}

	WaterBodyView view() {
		return new WaterBodyView(id, code, name, nameEn, type, basin, regionCode, lengthKm, areaKm2, targetClass,
				description);
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

	WaterBodyType type() {
		return type;
	}

	String regionCode() {
		return regionCode;
	}

	void update(String name, String nameEn, WaterBodyType type, String basin, String regionCode, BigDecimal lengthKm,
			BigDecimal areaKm2, String targetClass, String description, Instant now) {
		this.name = name;
		this.nameEn = nameEn;
		this.type = type;
		this.basin = basin;
		this.regionCode = regionCode;
		this.lengthKm = lengthKm;
		this.areaKm2 = areaKm2;
		this.targetClass = targetClass;
		this.description = description;
		this.updatedAt = now;
	}
}
