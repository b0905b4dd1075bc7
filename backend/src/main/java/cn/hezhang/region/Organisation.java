package cn.hezhang.region;

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
@Table(name = "rg_org")
class Organisation {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OrgKind kind;

	private String name;

	@Column(name = "region_code")
	private String regionCode;

	private String phone;

	private boolean active = true;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(OrgKind kind, String name, String regionCode, String phone, Instant createdAt) {
		this.kind = kind;
		this.name = name;
		this.regionCode = regionCode;
		this.phone = phone;
		this.createdAt = createdAt;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	void rename(String name, String phone) {
		this.name = name;
		this.phone = phone;
	}

	OrgView view() {
		return new OrgView(id, kind, name, regionCode, phone, active);
	}
}
