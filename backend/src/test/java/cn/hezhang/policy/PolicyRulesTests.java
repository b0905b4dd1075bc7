package cn.hezhang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.hezhang.policy.PolicyViews.Progress;
import cn.hezhang.policy.domain.PolicyItem;
import cn.hezhang.waterbody.ChiefRole;
import cn.hezhang.waterbody.RegistryViews.AppointmentView;
import cn.hezhang.waterbody.WaterBodyType;
import cn.hezhang.waterbody.WaterBodyView;
import org.junit.jupiter.api.Test;

/** Who approves a policy of a level, and how a plan's progress rolls up from its tasks. */
class PolicyRulesTests {
	static final WaterBodyView XHH = new WaterBodyView(1L, "XHH", "小黑河", null, WaterBodyType.RIVER, "黄河", "150100", null,
			null, "IV", null);

	static AppointmentView chief(Long reachId, String region, ChiefRole role, String username) {
		return new AppointmentView(1L, 1L, "XHH", "小黑河", reachId, null, region, null, role, role.name(), username,
				username, null, null, null, LocalDate.of(2022, 1, 1), null, true, null, null);
	}

	@Test
	void theWaterBodysOwnChiefApprovesItsPlanPreferringTheChiefToTheGeneralChief() {
		List<AppointmentView> chiefs = List.of(chief(null, "150100", ChiefRole.GENERAL, "general"),
				chief(null, "150100", ChiefRole.DEPUTY, "deputy"), chief(null, "150100", ChiefRole.CHIEF, "chief.hohhot"),
				chief(7L, "150105", ChiefRole.CHIEF, "chief.saihan"));
		assertThat(PolicyManagement.approver(XHH, "150100", chiefs)).contains("chief.hohhot");
		assertThat(PolicyManagement.approver(XHH, "150100", chiefs.subList(0, 2))).contains("general");
	}

	@Test
	void aCountysPlanIsApprovedByTheChiefOfTheReachInThatCounty() {
		List<AppointmentView> chiefs = List.of(chief(null, "150100", ChiefRole.CHIEF, "chief.hohhot"),
				chief(7L, "150105", ChiefRole.DEPUTY, "deputy.saihan"), chief(7L, "150105", ChiefRole.CHIEF, "chief.saihan"),
				chief(8L, "150105104", ChiefRole.CHIEF, "chief.township"));
		assertThat(PolicyManagement.approver(XHH, "150105", chiefs)).contains("chief.saihan");
	}

	@Test
	void withoutAChiefWhoCanLogInThereIsNoApprover() {
		assertThat(PolicyManagement.approver(XHH, "150100", List.of(chief(null, "150100", ChiefRole.CHIEF, null))))
			.isEmpty();
		assertThat(PolicyManagement.approver(XHH, "150121", List.of(chief(null, "150100", ChiefRole.CHIEF, "chief.hohhot"))))
			.isEmpty();
	}

	static PolicyItem task(int pct, boolean done, boolean overdue) {
		PolicyItem i = new PolicyItem(1L, ListKind.TASK, 1, "task", null, null, (BigDecimal) null, null, null, 3L, null,
				LocalDate.of(2030, 1, 1));
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		if (overdue) {
			i.flagOverdue(now);
		}
		i.progress(done ? 100 : pct, now);
		return i;
	}

	@Test
	void progressIsTheMeanOfTheTasksAndCountsOverdueOnlyWhileUndone() {
		Progress p = PolicyManagement.rollUp(List.of(task(100, true, false), task(50, false, true), task(0, false, false),
				task(100, true, true)));
		assertThat(p.tasks()).isEqualTo(4);
		assertThat(p.completed()).isEqualTo(2);
		assertThat(p.overdue()).isEqualTo(1);
		assertThat(p.percent()).isEqualTo(63); // (100 + 50 + 0 + 100) / 4 = 62.5, rounded
		assertThat(PolicyManagement.rollUp(List.of())).isEqualTo(new Progress(0, 0, 0, 0));
	}

	@Test
	void aTaskIsFlaggedOverdueOnceAndNotWhenDone() {
		Instant now = Instant.parse("2026-01-01T00:00:00Z");
		PolicyItem open = task(10, false, false);
		assertThat(open.flagOverdue(now)).isTrue();
		assertThat(open.flagOverdue(now)).isFalse();
		assertThat(task(100, true, false).flagOverdue(now)).isFalse();
	}
}
