package cn.hezhang.casework.process;

import static cn.hezhang.casework.process.CaseProcessVariables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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
 * The case module's only door to the engine: starts the process, finds and completes the open tasks of a case,
 * correlates messages. Called inside {@code CaseManagement}'s transaction, so the engine step commits (or rolls
 * back) together with the case.
 */
@Component
public class CaseProcess {
	private final RuntimeService runtime;
	private final TaskService tasks;

	CaseProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/** An open task of a case with the groups it is offered to. */
	public record OpenTask(String id, String key, String name, Set<String> candidateGroups, Instant due) {
		public boolean offeredTo(CurrentUser user) {
			return user.inAnyGroup(candidateGroups);
		}
	}

	public String start(String caseNo, Map<String, Object> variables) {
		return runtime.startProcessInstanceByKey(PROCESS_KEY, caseNo, dates(variables)).getId();
	}

	public List<OpenTask> openTasks(String caseNo) {
		List<OpenTask> open = new ArrayList<>();
		for (Task t : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNo).active()
			.list()) {
			Set<String> groups = new java.util.HashSet<>();
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

	/**
	 * The open task {@code taskKey} of the case, offered to the user: 409 if the case is not at that step, 403 if it
	 * is but the step is someone else's.
	 */
	public OpenTask taskFor(String caseNo, String taskKey, CurrentUser user, String stepName) {
		List<OpenTask> candidates = openTasks(caseNo).stream().filter(t -> t.key().equals(taskKey)).toList();
		if (candidates.isEmpty()) {
			throw new ConflictException("案件当前不在「%s」环节 / the case is not waiting for: %s".formatted(stepName, taskKey));
		}
		return candidates.stream().filter(t -> t.offeredTo(user)).findFirst()
			.orElseThrow(() -> new ForbiddenException("「%s」不是您的待办 / this step is not yours".formatted(stepName)));
	}

	public Optional<OpenTask> find(String caseNo, String taskKey) {
		return openTasks(caseNo).stream().filter(t -> t.key().equals(taskKey)).findFirst();
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

	public void extensionRequested(String processInstanceId, Instant extensionDue) {
		runtime.createMessageCorrelation(MSG_EXTENSION_REQUESTED).processInstanceId(processInstanceId)
			.setVariable(EXTENSION_DUE, Date.from(extensionDue)).correlate();
	}

	/** The deadline moved: the watch branch restarts its timers and the rectification task shows the new due date. */
	public void deadlineChanged(String processInstanceId, String caseNo, Instant deadline, Instant warningAt) {
		runtime.setVariables(processInstanceId, Map.of(DEADLINE, Date.from(deadline), WARNING_AT, Date.from(warningAt)));
		runtime.createMessageCorrelation(MSG_DEADLINE_CHANGED).processInstanceId(processInstanceId).correlateAll();
		find(caseNo, TASK_RECTIFY).ifPresent(t -> {
			Task task = tasks.createTaskQuery().taskId(t.id()).singleResult();
			task.setDueDate(Date.from(deadline));
			tasks.saveTask(task);
		});
	}

	private static Map<String, Object> dates(Map<String, Object> variables) {
		Map<String, Object> converted = new HashMap<>();
		variables.forEach((k, v) -> converted.put(k, v instanceof Instant i ? Date.from(i) : v));
		return converted;
	}
}
