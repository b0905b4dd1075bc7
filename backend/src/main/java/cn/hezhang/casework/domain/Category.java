package cn.hezhang.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An issue category of the managed list (排污口, 垃圾, ...). */
@Entity
@Table(name = "cw_category")
public class Category {
	@Id
	private String code;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "public_use")
	private boolean publicUse;

	private boolean active;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Category() {
	}

	public Category(String code, String nameZh, String nameEn, boolean publicUse, int sortOrder) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.publicUse = publicUse;
		this.active = true;
		this.sortOrder = sortOrder;
	}

	public void update(String nameZh, String nameEn, boolean publicUse, boolean active, int sortOrder) {
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.publicUse = publicUse;
		this.active = active;
		this.sortOrder = sortOrder;
	}

	public int sortOrder() {
		return sortOrder;
	}

	public String code() {
		return code;
	}

	public String nameZh() {
		return nameZh;
	}

	public String nameEn() {
		return nameEn;
	}

	public boolean publicUse() {
		return publicUse;
	}

	public boolean active() {
		return active;
	}
}
