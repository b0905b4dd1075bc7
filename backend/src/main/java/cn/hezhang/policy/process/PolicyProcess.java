package cn.hezhang.policy.process;

import static cn.hezhang.policy.process.PolicyProcessVariables.PROCESS_KEY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/** The policy module's door to the engine; called inside PolicyManagement's transaction. */
@Component
public class PolicyProcess {
	private final RuntimeService runtime;
	private final TaskService tasks;

	PolicyProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	/** An open task of a policy: assigned to a user, or offered to groups. */
	public record OpenTask(String id, String key, String name, String assignee, Set<String> candidateGroups, Instant due) {
		public boolean offeredTo(CurrentUser user) {
			return user.username().equals(assignee) || user.inAnyGroup(candidateGroups);
		}
	}

	public String start(String businessKey, Map<String, Object> variables) {
		return runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey, dates(variables)).getId();
	}

	public List<OpenTask> openTasks(String businessKey) {
		List<OpenTask> open = new ArrayList<>();
		for (Task t : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey)
			.active().list()) {
			Set<String> groups = new HashSet<>();
			for (IdentityLink link : tasks.getIdentityLinksForTask(t.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					groups.add(link.getGroupId());
				}
			}
			open.add(new OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getAssignee(), Set.copyOf(groups),
					t.getDueDate() == null ? null : t.getDueDate().toInstant()));
		}
		return open;
	}

	/** The user's open task {@code taskKey} of the policy: 409 if the policy is not at that step, 403 if not his. */
	public OpenTask taskFor(String businessKey, String taskKey, CurrentUser user, String stepName) {
		List<OpenTask> candidates = openTasks(businessKey).stream().filter(t -> t.key().equals(taskKey)).toList();
		if (candidates.isEmpty()) {
			throw new ConflictException("方案当前不在「%s」环节 / the policy is not waiting for: %s".formatted(stepName, taskKey));
		}
		return candidates.stream().filter(t -> t.offeredTo(user)).findFirst()
			.orElseThrow(() -> new ForbiddenException("「%s」不是您的待办 / this step is not yours".formatted(stepName)));
	}

	public void complete(OpenTask task, Map<String, Object> variables) {
		try {
			tasks.complete(task.id(), dates(variables));
		}
		catch (OptimisticLockingException e) {
			throw new ConflictException("该步骤刚被他人处理, 请刷新 / someone else just completed this step; reload");
		}
	}

	/** Moves the open tasks assigned to {@code from} in these policies' processes to {@code to}; returns how many. */
	public int reassign(Collection<String> businessKeys, String from, String to) {
		int moved = 0;
		for (String key : businessKeys) {
			for (Task t : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key)
				.taskAssignee(from).list()) {
				tasks.setAssignee(t.getId(), to);
				moved++;
			}
			runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key).list()
				.forEach(pi -> {
					if (from.equals(runtime.getVariable(pi.getId(), PolicyProcessVariables.APPROVER))) {
						runtime.setVariable(pi.getId(), PolicyProcessVariables.APPROVER, to);
					}
				});
		}
		return moved;
	}

	private static Map<String, Object> dates(Map<String, Object> variables) {
		Map<String, Object> converted = new HashMap<>();
		variables.forEach((k, v) -> converted.put(k, v instanceof Instant i ? Date.from(i) : v));
		return converted;
	}
}
