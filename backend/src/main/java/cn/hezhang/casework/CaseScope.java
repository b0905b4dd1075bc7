package cn.hezhang.casework;

import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;

/** Who may see a case: an admin all; a unit only its assigned cases; everyone else its region subtree. */
final class CaseScope {
	private CaseScope() {
	}

	static boolean canSee(IssueCase c, CurrentUser user) {
		if (user.isAdmin()) {
			return true;
		}
		if (user.is(Role.UNIT)) {
			return c.unitOrgId() != null && c.unitOrgId().equals(user.orgId());
		}
		return user.covers(c.regionCode()) || user.covers(c.handlingRegionCode());
	}
}
