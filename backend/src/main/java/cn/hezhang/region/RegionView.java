package cn.hezhang.region;

import cn.hezhang.shared.AdminLevel;

/** A region of the GB/T 2260 tree. Its subtree is every code starting with {@code scopePrefix}. */
public record RegionView(String code, String name, AdminLevel level, String parentCode, String scopePrefix) {

	public boolean contains(String otherCode) {
		return otherCode != null && otherCode.startsWith(scopePrefix);
	}
}
