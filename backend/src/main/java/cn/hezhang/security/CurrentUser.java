package cn.hezhang.security;

import java.io.Serializable;
import java.util.Set;

import cn.hezhang.shared.AdminLevel;

/**
 * Who is calling, with everything scope checks need. {@code scopePrefix} is the region-code prefix of the user's
 * subtree ("" for an admin); {@code groups} are the task candidate groups the user belongs to.
 */
public record CurrentUser(Long id, String username, String displayName, Role role, String regionCode,
		String regionName, AdminLevel level, String scopePrefix, Long orgId, String orgName, Set<String> groups)
		implements Serializable {

	public boolean is(Role r) {
		return role == r;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Whether a record located in {@code otherRegionCode} lies inside this user's region subtree. */
	public boolean covers(String otherRegionCode) {
		return isAdmin() || (scopePrefix != null && otherRegionCode != null && otherRegionCode.startsWith(scopePrefix));
	}

	public boolean inAnyGroup(java.util.Collection<String> candidateGroups) {
		return candidateGroups.stream().anyMatch(groups::contains);
	}

	/** The data scope to pass into queries. */
	public DataScope scope() {
		if (isAdmin()) {
			return DataScope.everything();
		}
		if (role == Role.UNIT) {
			return DataScope.unit(orgId);
		}
		return DataScope.region(scopePrefix);
	}
}
