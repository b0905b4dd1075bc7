package cn.hezhang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import cn.hezhang.casework.domain.IssueCase;
import org.junit.jupiter.api.Test;

/** Reporter-typed text leaves the public side without contact data; distances are great-circle metres. */
class PublicCaseQueriesTests {
	static IssueCase reportedBy(String name, String phone, String email) {
		return IssueCase.report(CaseSource.PUBLIC, null, null, null, "150105", "150105", "GARBAGE", "x",
				new BigDecimal("40.8"), new BigDecimal("111.7"), null, new Reporter(null, name, phone, email),
				Instant.parse("2026-11-29T00:00:00Z"));
	}

	@Test
	void theReportersOwnContactDataIsMasked() {
		IssueCase c = reportedBy("张三丰", "0471-6661234", "zsf@example.cn");
		assertThat(PublicCaseQueries.mask("我是张三丰, 电话 0471-6661234, 邮箱 zsf@example.cn", c))
			.isEqualTo("我是***, 电话 ***, 邮箱 ***");
	}

	@Test
	void anyMobileNumberOrEmailIsMasked() {
		IssueCase c = reportedBy(null, null, null);
		assertThat(PublicCaseQueries.mask("打 13912345678 或 +86 139 1234 5678 或 139-1234-5678, 写信 a.b@c.org", c))
			.isEqualTo("打 *** 或 *** 或 ***, 写信 ***");
	}

	@Test
	void ordinaryNumbersStay() {
		IssueCase c = reportedBy("王", null, null);
		// a one-character name is not masked (it would blank every 王 in the text); lengths, years and case numbers stay
		assertThat(PublicCaseQueries.mask("王家桥下 20 立方米垃圾, 2026 年, 见 HZ2026-0000123, 坐标 40.8012", c))
			.isEqualTo("王家桥下 20 立方米垃圾, 2026 年, 见 HZ2026-0000123, 坐标 40.8012");
	}

	@Test
	void distancesAreGreatCircleMetres() {
		// one thousandth of a degree of latitude is about 111.2 m everywhere
		assertThat(PublicCaseQueries.meters(40.0, 111.0, 40.001, 111.0)).isBetween(111.0, 111.4);
		// a thousandth of a degree of longitude at 40° N is cos(40°) × 111.2 m ≈ 85.2 m
		assertThat(PublicCaseQueries.meters(40.0, 111.0, 40.0, 111.001)).isBetween(85.0, 85.4);
		assertThat(PublicCaseQueries.meters(40.0, 111.0, 40.0, 111.0)).isZero();
	}
}
