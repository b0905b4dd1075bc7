package cn.hezhang.waterbody.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lake's special target beyond its water class, e.g. 呼伦湖 COD ≤ 50 mg/L, 岱海 surface ≥ 50 km². */
@Entity
@Table(name = "wb_special_target")
public class SpecialTarget {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	private String indicator;

	private String comparator;

	private BigDecimal threshold;

	@Column(name = "measure_unit")
	private String measureUnit;

	@Column(name = "location_note")
	private String locationNote;

	private String description;

	@Column(name = "sort_order")
	private int sortOrder;

	protected SpecialTarget() {
	}

	public SpecialTarget(Long waterBodyId, String indicator, String comparator, BigDecimal threshold, String measureUnit,
			String locationNote, String description, int sortOrder) {
		this.waterBodyId = waterBodyId;
		this.indicator = indicator;
		this.comparator = comparator;
		this.threshold = threshold;
		this.measureUnit = measureUnit;
		this.locationNote = locationNote;
		this.description = description;
		this.sortOrder = sortOrder;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String indicator() {
		return indicator;
	}

	public String comparator() {
		return comparator;
	}

	public BigDecimal threshold() {
		return threshold;
	}

	public String measureUnit() {
		return measureUnit;
	}

	public String locationNote() {
		return locationNote;
	}

	public String description() {
		return description;
	}
}
