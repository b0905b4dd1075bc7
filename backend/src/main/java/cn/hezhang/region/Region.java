package cn.hezhang.region;

import cn.hezhang.shared.AdminLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "rg_region")
class Region {
	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AdminLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(name = "scope_prefix")
	private String scopePrefix;

	protected Region() {
	}

	RegionView view() {
		return new RegionView(code, name, level, parentCode, scopePrefix);
	}
}
