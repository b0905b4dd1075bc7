package cn.hezhang.supervision.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

	private final RuntimeService runtime;
	private final TaskService tasks;

	LadderProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
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
