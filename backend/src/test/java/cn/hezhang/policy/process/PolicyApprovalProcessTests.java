package cn.hezhang.policy.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 一河一策 approval: opinions of the lower chiefs in parallel with a due date, then the chief of the policy's
 * level approves or returns for a redraft. Fails under 90 % flow-node and sequence-flow coverage.
 */
@Deployment(resources = "processes/policy/PolicyApprovalProcess.bpmn")
class PolicyApprovalProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private final JavaDelegate missingOpinions = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegates() {
		Mocks.register("missingOpinionsDelegate", missingOpinions);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	static Date inDays(int days) {
		return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
	}

	static Map<String, Object> submitted(List<String> givers) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("policyId", 7L);
		vars.put("approver", "chief.hohhot");
		vars.put("opinionGivers", givers);
		vars.put("officeGroup", "office:150100");
		vars.put("opinionDue", inDays(5));
		vars.put("approvalDue", inDays(10));
		vars.put("redraftDue", inDays(10));
		return vars;
	}

	ProcessInstance start(List<String> givers) {
		return runtimeService().startProcessInstanceByKey("PolicyApprovalProcess", "PL-7", submitted(givers));
	}

	void giveAllOpinions(ProcessInstance pi) {
		for (Task t : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_GiveOpinion").list()) {
			complete(t);
		}
	}

	@Test
	void theLowerChiefsAreAskedInParallelThenTheChiefApproves() throws Exception {
		ProcessInstance pi = start(List.of("chief.saihan", "chief.township"));
		assertThat(pi).isWaitingAt("Task_GiveOpinion");
		List<Task> opinions = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_GiveOpinion").list();
		org.assertj.core.api.Assertions.assertThat(opinions).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("chief.saihan", "chief.township");
		org.assertj.core.api.Assertions.assertThat(opinions).allSatisfy(t ->
				org.assertj.core.api.Assertions.assertThat(t.getDueDate()).isNotNull());

		complete(opinions.get(0));
		// one opinion is not enough: the chief waits for all (or the due date)
		assertThat(pi).isWaitingAt("Task_GiveOpinion").isNotWaitingAt("Task_ApprovePolicy");
		complete(opinions.get(1));

		assertThat(pi).isWaitingAt("Task_ApprovePolicy").task().isAssignedTo("chief.hohhot");
		complete(task(pi), withVariables("approved", true));
		assertThat(pi).isEnded().hasPassed("EndEvent_PolicyApproved").hasNotPassed("Task_RecordMissingOpinions");
		verify(missingOpinions, never()).execute(any());
	}

	@Test
	void withoutLowerChiefsTheDraftGoesStraightToTheChief() {
		ProcessInstance pi = start(List.of());
		assertThat(pi).isWaitingAt("Task_ApprovePolicy").task().isAssignedTo("chief.hohhot");
	}

	@Test
	void aReturnedPolicyIsRedraftedByTheOfficeAndAskedForOpinionsAgain() {
		ProcessInstance pi = start(List.of("chief.saihan"));
		giveAllOpinions(pi);
		complete(task(pi), withVariables("approved", false));

		assertThat(pi).isWaitingAt("Task_RedraftPolicy").task().hasCandidateGroup("office:150100");
		complete(task(pi), withVariables("opinionGivers", List.of("chief.saihan", "chief.township"), "opinionDue",
				inDays(5), "approvalDue", inDays(10)));

		assertThat(pi).isWaitingAt("Task_GiveOpinion");
		org.assertj.core.api.Assertions.assertThat(
				taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_GiveOpinion").count()).isEqualTo(2);
		giveAllOpinions(pi);
		complete(task(pi), withVariables("approved", true));
		assertThat(pi).isEnded().hasPassed("Task_RedraftPolicy", "EndEvent_PolicyApproved");
	}

	@Test
	void whenTheOpinionsAreOverdueTheMissingOnesAreRecordedAndTheChiefDecides() throws Exception {
		ProcessInstance pi = start(List.of("chief.saihan", "chief.township"));
		complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("chief.saihan").singleResult());
		assertThat(pi).isWaitingAt("Task_GiveOpinion");

		execute(job(pi));

		assertThat(pi).hasPassed("BoundaryEvent_OpinionsOverdue", "Task_RecordMissingOpinions")
			.isWaitingAt("Task_ApprovePolicy").isNotWaitingAt("Task_GiveOpinion");
		verify(missingOpinions, times(1)).execute(any());
		complete(task(pi), withVariables("approved", true));
		assertThat(pi).isEnded();
	}
}
