package cn.hezhang.patrol.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The patrol module's only door to the engine: starts a duty's process and tells it that an effective patrol
 * fulfilled it. Called inside the module's transactions, so the engine step commits with the duty.
 */
@Component
public class PatrolDutyEngine {
	public static final String PROCESS_KEY = "PatrolDutyProcess";
	public static final String MSG_PATROL_DONE = "Msg_PatrolDone";
	public static final String DUTY_ID = "dutyId";
	public static final String DUTY_GROUP = "dutyGroup";
	public static final String DUE_AT = "dueAt";

	private final RuntimeService runtime;

	PatrolDutyEngine(RuntimeService runtime) {
		this.runtime = runtime;
	}

	public String start(String businessKey, Long dutyId, String group, Instant dueAt) {
		return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
				Map.of(DUTY_ID, dutyId, DUTY_GROUP, group, DUE_AT, Date.from(dueAt))).getId();
	}

	/** Ends the duty's wait; nothing happens when the process no longer waits (already done or missed). */
	public void patrolDone(String businessKey) {
		runtime.createMessageCorrelation(MSG_PATROL_DONE).processInstanceBusinessKey(businessKey).correlateAll();
	}
}
