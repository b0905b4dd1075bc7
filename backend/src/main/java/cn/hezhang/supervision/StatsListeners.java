package cn.hezhang.supervision;

import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.CaseAccepted;
import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseRejected;
import cn.hezhang.casework.CaseReported;
import cn.hezhang.patrol.PatrolCompleted;
import cn.hezhang.patrol.PatrolDutyOpened;
import cn.hezhang.patrol.PatrolMissed;
import cn.hezhang.policy.PolicyTaskCompleted;
import cn.hezhang.policy.PolicyTaskOverdue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the read models with the case, policy and patrol events (after their commit, each once). */
@Component
class StatsListeners {
	private final SupervisionStats stats;

	StatsListeners(SupervisionStats stats) {
		this.stats = stats;
	}

	@ApplicationModuleListener
	void on(CaseReported e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(CaseAccepted e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(CaseRejected e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(CaseOverdue e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(AcceptanceFailed e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(CaseClosed e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(PolicyTaskOverdue e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(PolicyTaskCompleted e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(PatrolDutyOpened e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(PatrolCompleted e) {
		stats.record(e);
	}

	@ApplicationModuleListener
	void on(PatrolMissed e) {
		stats.record(e);
	}
}
