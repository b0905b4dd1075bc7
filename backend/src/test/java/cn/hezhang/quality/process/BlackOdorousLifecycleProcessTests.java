package cn.hezhang.quality.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the black-odorous lifecycle on an in-memory engine: publication, plan, milestone timers, the
 * remediation deadline, initial effect, a failed and a passed assessment, rebound (返黑返臭) and the end of the
 * long-term watch. The class fails below 90 % flow-node and sequence-flow coverage.
 */
@Deployment(resources = "processes/blackwater/BlackOdorousLifecycleProcess.bpmn")
class BlackOdorousLifecycleProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private final JavaDelegate overdue = mock(JavaDelegate.class);

	/** Milestones left after each timer: the delegate reports the next one while any remain. */
	private final AtomicInteger milestonesLeft = new AtomicInteger();

	private final AtomicInteger milestoneChecks = new AtomicInteger();

	@BeforeEach
	void registerDelegates() {
		Mocks.register("remediationOverdueDelegate", overdue);
		Mocks.register("milestoneDueDelegate", (JavaDelegate) execution -> {
			milestoneChecks.incrementAndGet();
			boolean more = milestonesLeft.decrementAndGet() > 0;
			execution.setVariable("hasNextMilestone", more);
			execution.setVariable("nextMilestoneDue", more ? inDays(20) : null);
		});
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	static Date inDays(int days) {
		return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
	}

	ProcessInstance start() {
		Map<String, Object> vars = new HashMap<>();
		vars.put("bodyId", 7L);
		vars.put("officeGroup", "office:150100");
		vars.put("officeDue", inDays(5));
		return runtimeService().startProcessInstanceByKey("BlackOdorousLifecycleProcess", "BO-70", vars);
	}

	/** Published and planned: remediation running with {@code milestones} milestones ahead. */
	ProcessInstance remediating(int milestones) {
		ProcessInstance pi = start();
		assertThat(pi).isWaitingAt("Task_PublishBody").task().hasCandidateGroup("office:150100");
		complete(task(pi), withVariables("deadline", inDays(365), "officeDue", inDays(5)));
		assertThat(pi).isWaitingAt("Task_PlanRemediation").task().hasCandidateGroup("office:150100");
		plan(pi, milestones);
		return pi;
	}

	void plan(ProcessInstance pi, int milestones) {
		milestonesLeft.set(milestones);
		complete(task(pi), withVariables("deadline", inDays(365), "hasNextMilestone", milestones > 0, "nextMilestoneDue",
				milestones > 0 ? inDays(10) : null));
	}

	void correlate(ProcessInstance pi, String message) {
		runtimeService().createMessageCorrelation(message).processInstanceId(pi.getId()).correlate();
	}

	@Test
	void fromIdentificationThroughMilestonesToEliminationAndTheEndOfTheWatch() throws Exception {
		ProcessInstance pi = remediating(2);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitInitialEffect", "TimerEvent_MilestoneDue");

		execute(job("TimerEvent_MilestoneDue"));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitInitialEffect", "TimerEvent_MilestoneDue");
		execute(job("TimerEvent_MilestoneDue"));
		assertThat(pi).hasPassed("EndEvent_MilestonesWatched").isWaitingAt("ReceiveTask_AwaitInitialEffect");
		org.assertj.core.api.Assertions.assertThat(milestoneChecks.get()).isEqualTo(2);

		correlate(pi, "Msg_InitialEffect");
		assertThat(pi).hasPassed("EndEvent_InitialEffect").isWaitingAt("Task_AssessCompletion").task()
			.hasCandidateGroup("office:150100");
		complete(task(pi), withVariables("completionPassed", true, "watchUntil", inDays(730)));
		assertThat(pi).isWaitingAt("EventGateway_LongTermWatch");

		execute(job("TimerEvent_WatchEnds"));
		assertThat(pi).isEnded().hasPassed("EndEvent_LongTermClean");
		verify(overdue, never()).execute(any());
	}

	@Test
	void aFailedAssessmentGoesBackToRemediationAndTheInitialEffectIsAwaitedAgain() {
		ProcessInstance pi = remediating(0);
		assertThat(pi).hasPassed("EndEvent_MilestonesWatched").isWaitingAt("ReceiveTask_AwaitInitialEffect");
		correlate(pi, "Msg_InitialEffect");
		complete(task(pi), withVariables("completionPassed", false, "watchUntil", inDays(730), "hasNextMilestone", false));
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitInitialEffect");

		correlate(pi, "Msg_InitialEffect");
		complete(task(pi), withVariables("completionPassed", true, "watchUntil", inDays(730)));
		assertThat(pi).isWaitingAt("EventGateway_LongTermWatch");
	}

	@Test
	void aReboundAfterEliminationReopensRemediationWithANewPlan() {
		ProcessInstance pi = remediating(0);
		correlate(pi, "Msg_InitialEffect");
		complete(task(pi), withVariables("completionPassed", true, "watchUntil", inDays(730)));

		correlate(pi, "Msg_Rebound");
		assertThat(pi).hasPassed("MessageEvent_Rebound").isWaitingAt("Task_PlanRemediation").task()
			.hasCandidateGroup("office:150100");
		org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("TimerEvent_WatchEnds").count()).isZero();

		plan(pi, 1);
		assertThat(pi).isWaitingAt("ReceiveTask_AwaitInitialEffect", "TimerEvent_MilestoneDue");
		correlate(pi, "Msg_InitialEffect");
		assertThat(pi).isWaitingAt("Task_AssessCompletion");
		// the initial effect ended the whole remediation scope, the milestone timer included
		org.assertj.core.api.Assertions.assertThat(jobQuery().activityId("TimerEvent_MilestoneDue").count()).isZero();
	}

	@Test
	void theRemediationDeadlineFlagsTheBodyOverdueWithoutStoppingRemediation() throws Exception {
		ProcessInstance pi = remediating(0);
		execute(job("TimerEvent_RemediationDeadline"));
		verify(overdue, times(1)).execute(any());
		assertThat(pi).hasPassed("ServiceTask_FlagOverdue", "EndEvent_OverdueFlagged")
			.isWaitingAt("ReceiveTask_AwaitInitialEffect");
	}
}
