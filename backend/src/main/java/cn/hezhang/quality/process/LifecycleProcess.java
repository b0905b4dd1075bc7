package cn.hezhang.quality.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.hezhang.security.CurrentUser;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.ForbiddenException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The quality module's door to the engine for the black-odorous lifecycle (BlackOdorousLifecycleProcess): start,
 * open tasks, complete, correlate the monitoring messages. Called inside the lifecycle service's transaction.
 */
@Component
public class LifecycleProcess {
	public static final String PROCESS_KEY = "BlackOdorousLifecycleProcess";
	public static final String TASK_PUBLISH = "Task_PublishBody";
	public static final String TASK_PLAN = "Task_PlanRemediation";
	public static final String TASK_ASSESS = "Task_AssessCompletion";
	public static final String MSG_INITIAL_EFFECT = "Msg_InitialEffect";
	public static final String MSG_REBOUND = "Msg_Rebound";

	public static final String BODY_ID = "bodyId";
	public static final String OFFICE_GROUP = "officeGroup";
	public static final String OFFICE_DUE = "officeDue";
	public static final String DEADLINE = "deadline";
	public static final String HAS_NEXT_MILESTONE = "hasNextMilestone";
	public static final String NEXT_MILESTONE_DUE = "nextMilestoneDue";
	public static final String COMPLETION_PASSED = "completionPassed";
	public static final String WATCH_UNTIL = "watchUntil";

	private final RuntimeService runtime;
	private final TaskService tasks;

	LifecycleProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	public record OpenTask(String id, String key, String name, Set<String> candidateGroups, Instant due) {
		public boolean offeredTo(CurrentUser user) {
			return user.inAnyGroup(candidateGroups);
		}
	}

	public String start(String businessKey, Map<String, Object> variables) {
		return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey, dates(variables)).getId();
	}

	public List<OpenTask> openTasks(String businessKey) {
		List<OpenTask> open = new ArrayList<>();
		for (Task t : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey)
			.active()
			.list()) {
			Set<String> groups = new HashSet<>();
			for (IdentityLink link : tasks.getIdentityLinksForTask(t.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
			open.add(new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), Set.copyOf(groups),
					t.getDueDate() == null ? null : t.getDueDate().toInstant()));
		}
		return open;
	}

	/** The open task {@code taskKey}, offered to the user: 409 if the body is not at that step, 403 if not his. */
	public OpenTask taskFor(String businessKey, String taskKey, CurrentUser user, String stepName) {
		List<OpenTask> candidates = openTasks(businessKey).stream().filter(t -> t.key().equals(taskKey)).toList();
		if (candidates.isEmpty()) {
			throw new ConflictException("当前不在「%s」环节 / not waiting for: %s".formatted(stepName, taskKey));
		}
		return candidates.stream().filter(t -> user.isAdmin() || t.offeredTo(user)).findFirst()
			.orElseThrow(() -> new ForbiddenException("「%s」不是您的待办 / this step is not yours".formatted(stepName)));
	}

	public Optional<OpenTask> find(String businessKey, String taskKey) {
		return openTasks(businessKey).stream().filter(t -> t.key().equals(taskKey)).findFirst();
	}

	public void complete(OpenTask task, Map<String, Object> variables) {
		try {
			tasks.complete(task.id(), dates(variables));
		}
		catch (OptimisticLockingException e) {
			throw new ConflictException("该步骤刚被他人处理, 请刷新 / someone else just completed this step; reload");
		}
	}

	public void setVariables(String processInstanceId, Map<String, Object> variables) {
		runtime.setVariables(processInstanceId, dates(variables));
	}

	/** Whether the process waits for the message (receive task or event gateway). */
	public boolean waitsFor(String processInstanceId, String message) {
		return runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventName(message).count() > 0;
	}

	public void correlate(String processInstanceId, String message, Map<String, Object> variables) {
		runtime.createMessageCorrelation(message).processInstanceId(processInstanceId).setVariables(dates(variables))
			.correlate();
	}

	private static Map<String, Object> dates(Map<String, Object> variables) {
		Map<String, Object> converted = new HashMap<>();
		variables.forEach((k, v) -> converted.put(k, v instanceof Instant i ? Date.from(i) : v));
		return converted;
	}
}
