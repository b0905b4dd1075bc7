package cn.hezhang.waterbody;

import java.util.List;

import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;

/**
 * Who may see and edit registry records. Everyone sees a water body managed in his region subtree or with a reach
 * in it (a unit sees all: it works wherever it is assigned); an admin edits everything, an office what lies in its
 * subtree (the water body's own region for its facts, the reach's region for a reach).
 */
final class RegistryScope {
	private RegistryScope() {
	}

	static boolean canSee(WaterBody body, List<Reach> reaches, CurrentUser user) {
		if (user.isAdmin() || user.is(Role.UNIT)) {
			return true;
		}
		return user.covers(body.regionCode()) || reaches.stream().anyMatch(r -> user.covers(r.regionCode()));
	}

	static boolean canEditRegion(String regionCode, CurrentUser user) {
		return user.isAdmin() || (user.is(Role.OFFICE) && user.covers(regionCode));
	}
}
