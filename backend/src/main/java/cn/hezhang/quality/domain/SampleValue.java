package cn.hezhang.quality.domain;

import java.math.BigDecimal;

import cn.hezhang.quality.BlackOdorousGrade;
import cn.hezhang.quality.WaterClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One measured parameter of a sample, in the unit of the seed tables, with its class and black-odorous grade. */
@Entity(name = "WqSampleValue")
@Table(name = "wq_sample_value")
public class SampleValue {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_code")
	private String itemCode;

	private BigDecimal amount;

	private String unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_class")
	private WaterClass itemClass;

	@Enumerated(EnumType.STRING)
	@Column(name = "bo_grade")
	private BlackOdorousGrade boGrade;

	protected SampleValue() {
	}

	public SampleValue(String itemCode, BigDecimal amount, String unit, WaterClass itemClass, BlackOdorousGrade boGrade) {
		this.itemCode = itemCode;
		this.amount = amount;
		this.unit = unit;
		this.itemClass = itemClass;
		this.boGrade = boGrade;
	}

	public String itemCode() {
		return itemCode;
	}

	public BigDecimal amount() {
		return amount;
	}

	public String unit() {
		return unit;
	}

	public WaterClass itemClass() {
		return itemClass;
	}

	public BlackOdorousGrade boGrade() {
		return boGrade;
	}
}
