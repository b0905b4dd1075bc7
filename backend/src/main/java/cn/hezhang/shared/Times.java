package cn.hezhang.shared;

import java.time.ZoneId;

/** Times are stored in UTC; business dates (working days, deadlines, periods) are Beijing time. */
public final class Times {
	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private Times() {
	}
}
