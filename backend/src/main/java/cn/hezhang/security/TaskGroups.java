package cn.hezhang.security;

/** Names of the task candidate groups; the one place that spells them. */
public final class TaskGroups {
	private TaskGroups() {
	}

	public static String office(String regionCode) {
		return "office:" + regionCode;
	}

	public static String chief(String regionCode) {
		return "chief:" + regionCode;
	}

	public static String inspector(String regionCode) {
		return "inspector:" + regionCode;
	}

	public static String supervisor(String regionCode) {
		return "supervisor:" + regionCode;
	}

	public static String unit(long orgId) {
		return "unit:" + orgId;
	}

	public static String user(long userId) {
		return "user:" + userId;
	}
}
