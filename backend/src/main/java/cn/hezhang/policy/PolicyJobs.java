package cn.hezhang.policy;

import cn.hezhang.waterbody.ChiefReplaced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily overdue check of policy tasks, and the hand-over of approval tasks when a chief is succeeded. */
@Component
class PolicyJobs {
	private static final Logger log = LoggerFactory.getLogger(PolicyJobs.class);

	private final PolicyManagement policies;

	PolicyJobs(PolicyManagement policies) {
		this.policies = policies;
	}

	/** Hourly (cheap, idempotent): a task is flagged once, on the first run after its deadline day ends. */
	@Scheduled(fixedDelayString = "${hezhang.policy.overdue-check:PT1H}", initialDelayString = "PT3M")
	void flagOverdue() {
		int n = policies.flagOverdueTasks();
		if (n > 0) {
			log.info("policy tasks flagged overdue: {}", n);
		}
	}

	@ApplicationModuleListener
	void on(ChiefReplaced e) {
		int moved = policies.moveApprovalTasks(e.waterBodyId(), e.predecessorUsername(), e.successorUsername());
		if (moved > 0) {
			log.info("moved {} policy approval task(s) from {} to {}", moved, e.predecessorUsername(),
					e.successorUsername());
		}
	}
}
