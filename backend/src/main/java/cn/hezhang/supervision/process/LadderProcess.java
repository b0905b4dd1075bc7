package cn.hezhang.supervision.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The supervision module's only door to the engine for the ladder process: start, messages, the unit's tasks.
 * Called inside the module's transactions, so an engine step commits with the ladder's rows.
 */
@Component
public class LadderProcess {
	public static final String PROCESS_KEY = "SupervisionLadderProcess";
	public static final String CASE_ID = "caseId";
	public static final String LADDER_ID = "ladderId";
	public static final String UNIT_GROUP = "unitGroup";
	public static final String START_RUNG = "startRung";
	public static final String SUPERVISE_AT = "superviseAt";
	public static final String LIST_AT = "listAt";
	public static final String ACK_DUE = "ackDue";
	public static final String REPLY_DUE = "replyDue";
	public static final String MSG_CASE_CLOSED = "Msg_CaseClosed";
	public static final String MSG_REWORK_LIMIT = "Msg_ReworkLimitReached";
	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeUrge";
	public static final String TASK_REPLY = "Task_ReplySupervisionNotice";
	public static final String TIMER_SUPERVISE = "TimerEvent_SuperviseDue";

	private final RuntimeService runtime;
	private final TaskService tasks;
	private final ManagementService management;

	LadderProcess(RuntimeService runtime, TaskService tasks, ManagementService management) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	public String start(String caseNo, Map<String, Object> variables) {
		return runtime.startProcessInstanceByKey(PROCESS_KEY, caseNo, dates(variables)).getId();
	}

	/** Stops a running ladder (the case closed); false if it was no longer waiting. */
	public boolean caseClosed(String processInstanceId) {
		return message(processInstanceId, MSG_CASE_CLOSED);
	}

	/** Jumps to 挂牌督办 (the rework limit was reached); false if the ladder is not before that rung. */
	public boolean reworkLimitReached(String processInstanceId) {
		return message(processInstanceId, MSG_REWORK_LIMIT);
	}

	/**
	 * Moves the 督办 timer of a ladder still waiting on 催办 to {@code superviseAt}; false if the ladder is not waiting
	 * for it (already supervised, listed or stopped).
	 */
	public boolean postponeSupervision(String processInstanceId, Instant superviseAt) {
		return superviseTimer(processInstanceId).map(timer -> {
			runtime.setVariable(processInstanceId, SUPERVISE_AT, Date.from(superviseAt));
			management.setJobDuedate(timer.getId(), Date.from(superviseAt));
			return true;
		}).orElse(false);
	}

	/**
	 * Fires the 督办 timer of a ladder waiting on 催办 now, in the caller's transaction (the office issues the
	 * 督办单 before the N working days are up); false if the ladder is not waiting for it.
	 */
	public boolean superviseNow(String processInstanceId) {
		return superviseTimer(processInstanceId).map(timer -> {
			management.executeJob(timer.getId());
			return true;
		}).orElse(false);
	}

	/** The ladder's 督办 timer, while it waits on 催办. */
	private java.util.Optional<Job> superviseTimer(String processInstanceId) {
		return processInstanceId == null ? java.util.Optional.empty()
				: java.util.Optional.ofNullable(management.createJobQuery().processInstanceId(processInstanceId)
					.activityId(TIMER_SUPERVISE).singleResult());
	}

	/** Completes the unit's open task (acknowledge or reply), if it is still open. */
	public boolean completeTask(String processInstanceId, String taskKey) {
		if (processInstanceId == null) {
			return false;
		}
		List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
		open.forEach(t -> tasks.complete(t.getId()));
		return !open.isEmpty();
	}

	public boolean running(String processInstanceId) {
		return processInstanceId != null
				&& runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
	}

	private boolean message(String processInstanceId, String name) {
		if (processInstanceId == null || runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
			.eventType("message").eventName(name).count() == 0) {
			return false;
		}
		runtime.createMessageCorrelation(name).processInstanceId(processInstanceId).correlateAll();
		return true;
	}

	static Map<String, Object> dates(Map<String, Object> variables) {
		Map<String, Object> converted = new HashMap<>();
		variables.forEach((k, v) -> converted.put(k, v instanceof Instant i ? Date.from(i) : v));
		return converted;
	}
}
