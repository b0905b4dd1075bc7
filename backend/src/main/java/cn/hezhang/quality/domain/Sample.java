package cn.hezhang.quality.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.quality.BlackOdorousGrade;
import cn.hezhang.quality.WaterClass;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One sample at a site and time, with its values and the classification made when it was saved. */
@Entity(name = "WqSample")
@Table(name = "wq_sample")
public class Sample {
	public enum Source {
		ENTRY, IMPORT, DEMO
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "site_id")
	private Long siteId;

	@Column(name = "water_body_id")
	private Long waterBodyId;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "sampled_at")
	private Instant sampledAt;

	@Column(name = "water_depth_cm")
	private BigDecimal waterDepthCm;

	@Enumerated(EnumType.STRING)
	@Column(name = "overall_class")
	private WaterClass overallClass;

	@Column(name = "target_label")
	private String targetLabel;

	@Column(name = "target_met")
	private Boolean targetMet;

	@Column(name = "failing_items")
	private String failingItems;

	@Enumerated(EnumType.STRING)
	@Column(name = "bo_grade")
	private BlackOdorousGrade boGrade;

	@Enumerated(EnumType.STRING)
	private Source source;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "sample_id", nullable = false)
	@OrderBy("id")
	private List<SampleValue> values = new ArrayList<>();

	protected Sample() {
	}

	public Sample(MonitoringSite site, Instant sampledAt, BigDecimal waterDepthCm, Source source, String createdBy,
			Instant now) {
		this.siteId = site.id();
		this.waterBodyId = site.waterBodyId();
		this.regionCode = site.regionCode();
		this.sampledAt = sampledAt;
		this.waterDepthCm = waterDepthCm;
		this.source = source;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public void add(SampleValue value) {
		values.add(value);
	}

	public void classified(WaterClass overallClass, String targetLabel, Boolean targetMet, String failingItems,
			BlackOdorousGrade boGrade) {
		this.overallClass = overallClass;
		this.targetLabel = targetLabel;
		this.targetMet = targetMet;
		this.failingItems = failingItems == null || failingItems.length() <= 1000 ? failingItems
				: failingItems.substring(0, 997) + "...";
		this.boGrade = boGrade;
	}

	public Long id() {
		return id;
	}

	public Long siteId() {
		return siteId;
	}

	public Long waterBodyId() {
		return waterBodyId;
	}

	public String regionCode() {
		return regionCode;
	}

	public Instant sampledAt() {
		return sampledAt;
	}

	public BigDecimal waterDepthCm() {
		return waterDepthCm;
	}

	public WaterClass overallClass() {
		return overallClass;
	}

	public String targetLabel() {
		return targetLabel;
	}

	public Boolean targetMet() {
		return targetMet;
	}

	public String failingItems() {
		return failingItems;
	}

	public BlackOdorousGrade boGrade() {
		return boGrade;
	}

	public Source source() {
		return source;
	}

	public String createdBy() {
		return createdBy;
	}

	public List<SampleValue> values() {
		return values;
	}
}
