package cn.hezhang.casework;

import cn.hezhang.security.CurrentUser;

/** Who took a step, as written on the timeline. The system (timers) and the public act without an account. */
public record Actor(Long userId, String name, String role) {
	public static final Actor SYSTEM = new Actor(null, "系统", "SYSTEM");

	public static Actor of(CurrentUser user) {
		return new Actor(user.id(), user.displayName(), user.role().name());
	}

	public static Actor publicReporter() {
		return new Actor(null, "公众", "PUBLIC");
	}
}
