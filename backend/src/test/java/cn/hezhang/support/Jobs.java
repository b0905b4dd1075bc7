package cn.hezhang.support;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Runs the engine's due jobs (timers) in the test's thread: the job executor is off in the integration suite. */
public class Jobs {
	private final ManagementService management;
	private final MovableClock clock;

	Jobs(ManagementService management, MovableClock clock) {
		this.management = management;
		this.clock = clock;
	}

	/** Executes every job that is due now, repeatedly, until none is left; returns how many ran. */
	public int runDue() {
		int ran = 0;
		for (int round = 0; round < 20; round++) {
			List<Job> due = management.createJobQuery().executable().duedateLowerThan(new Date(clock.millis() + 1000)).list();
			if (due.isEmpty()) {
				break;
			}
			for (Job job : due) {
				management.executeJob(job.getId());
				ran++;
			}
		}
		return ran;
	}

	/** Executes the due jobs of one process instance only. */
	public int runDueOf(String processInstanceId) {
		int ran = 0;
		for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable()
			.duedateLowerThan(new Date(clock.millis() + 1000)).list()) {
			management.executeJob(job.getId());
			ran++;
		}
		return ran;
	}
}
