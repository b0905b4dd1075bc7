package cn.hezhang.supervision;

import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.DeadlineExtended;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The case events that move the ladder, each in its own transaction after the case's commit. */
@Component
class LadderListeners {
	private final SupervisionLadder ladder;

	LadderListeners(SupervisionLadder ladder) {
		this.ladder = ladder;
	}

	@ApplicationModuleListener
	void on(CaseOverdue e) {
		ladder.onOverdue(e);
	}

	@ApplicationModuleListener
	void on(AcceptanceFailed e) {
		ladder.onAcceptanceFailed(e);
	}

	@ApplicationModuleListener
	void on(DeadlineExtended e) {
		ladder.onDeadlineExtended(e);
	}

	@ApplicationModuleListener
	void on(CaseClosed e) {
		ladder.onClosed(e);
	}
}
