package cn.hezhang.casework.process;

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
import java.util.Map;

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
 * Every path of the case process, timers included, on an in-memory engine. The class fails if less than 90 % of
 * the flow nodes and sequence flows are covered.
 */
@Deployment(resources = "processes/casework/CaseHandlingProcess.bpmn")
class CaseHandlingProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private final JavaDelegate warnDeadline = mock(JavaDelegate.class);
	private final JavaDelegate markOverdue = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegates() {
		Mocks.register("warnDeadlineDelegate", warnDeadline);
		Mocks.register("markOverdueDelegate", markOverdue);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	static Map<String, Object> reported() {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", 42L);
		vars.put("officeGroup", "office:150105");
		vars.put("chiefGroup", "chief:150105");
		vars.put("inspectorGroup", "inspector:150105");
		vars.put("officeDue", inDays(1));
		return vars;
	}

	static Date inDays(int days) {
		return Date.from(Instant.now().plus(days, ChronoUnit.DAYS));
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("CaseHandlingProcess", "HZ2026-0000042", reported());
	}

	ProcessInstance startAtRectification() {
		ProcessInstance pi = start();
		complete(task(pi), withVariables("triageDecision", "ACCEPT", "officeDue", inDays(1)));
		complete(task(pi), withVariables("unitGroup", "unit:7", "deadline", inDays(10), "warningAt", inDays(8)));
		return pi;
	}

	@Test
	void generalCaseGoesFromReportToClosureThroughTheOfficeAndTheUnit() throws Exception {
		ProcessInstance pi = start();
		assertThat(pi).isWaitingAt("Task_TriageCase").task().hasCandidateGroup("office:150105").isNotAssigned();
		complete(task(pi), withVariables("triageDecision", "ACCEPT", "officeDue", inDays(1)));

		assertThat(pi).isWaitingAt("Task_AssignCase").task().hasCandidateGroup("office:150105");
		complete(task(pi), withVariables("unitGroup", "unit:7", "deadline", inDays(10), "warningAt", inDays(8)));

		assertThat(pi).isWaitingAt("Task_RectifyCase").task().hasCandidateGroup("unit:7");
		// the deadline watch waits at its event-based gateway: the warning timer or a changed deadline
		assertThat(pi).isWaitingAt("Task_RectifyCase", "Gateway_WatchWarning");
		complete(task(pi), withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));

		assertThat(pi).isWaitingAt("Task_AcceptRectification").task().hasCandidateGroup("office:150105")
			.hasCandidateGroup("inspector:150105");
		complete(task(pi), withVariables("acceptancePassed", true, "needsChiefApproval", false, "approvalDue", inDays(3)));

		assertThat(pi).hasPassed("EndEvent_RectificationAccepted").isEnded().hasPassed("EndEvent_CaseClosed");
		verify(warnDeadline, never()).execute(any());
	}

	@Test
	void rejectedReportEndsWithoutAssignment() throws Exception {
		ProcessInstance pi = start();
		complete(task(pi), withVariables("triageDecision", "REJECT"));
		assertThat(pi).isEnded().hasPassed("EndEvent_CaseRejected").hasNotPassed("Task_AssignCase");
	}

	@Test
	void transferredOrEscalatedReportIsTriagedAgainByTheNewOffice() throws Exception {
		ProcessInstance pi = start();
		complete(task(pi), withVariables("triageDecision", "TRANSFER", "officeGroup", "office:150104"));
		assertThat(pi).isWaitingAt("Task_TriageCase").task().hasCandidateGroup("office:150104");

		complete(task(pi), withVariables("triageDecision", "ESCALATE", "officeGroup", "office:150100", "chiefGroup",
				"chief:150100"));
		assertThat(pi).isWaitingAt("Task_TriageCase").task().hasCandidateGroup("office:150100");
	}

	@Test
	void failedAcceptanceSendsTheCaseBackToTheUnitForRework() throws Exception {
		ProcessInstance pi = startAtRectification();
		complete(task(pi), withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));
		complete(task(pi), withVariables("acceptancePassed", false));

		assertThat(pi).isWaitingAt("Task_RectifyCase").task().hasCandidateGroup("unit:7");
		complete(task(pi), withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));
		complete(task(pi), withVariables("acceptancePassed", true, "needsChiefApproval", false));
		assertThat(pi).isEnded();
	}

	@Test
	void majorCaseNeedsTheChiefsApprovalToClose() throws Exception {
		ProcessInstance pi = startAtRectification();
		complete(task(pi), withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));
		complete(task(pi), withVariables("acceptancePassed", true, "needsChiefApproval", true, "approvalDue", inDays(3)));

		assertThat(pi).isWaitingAt("Task_ApproveClosure").task().hasCandidateGroup("chief:150105");
		complete(task(pi), withVariables("closureApproved", false));
		assertThat(pi).isWaitingAt("Task_RectifyCase");

		complete(task(pi), withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));
		complete(task(pi), withVariables("acceptancePassed", true, "needsChiefApproval", true, "approvalDue", inDays(3)));
		complete(task(pi), withVariables("closureApproved", true));
		assertThat(pi).isEnded().hasPassed("EndEvent_CaseClosed");
	}

	@Test
	void handedBackCaseReturnsToTriageAndItsDeadlineWatchStops() throws Exception {
		ProcessInstance pi = startAtRectification();
		complete(task(pi), withVariables("unitOutcome", "HANDED_BACK"));

		assertThat(pi).hasPassed("EndEvent_HandedBack").isWaitingAt("Task_TriageCase");
		assertThat(pi).isNotWaitingAt("Gateway_WatchWarning");
		org.assertj.core.api.Assertions.assertThat(engine.getProcessEngine().getManagementService().createJobQuery()
			.processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void extensionRequestAsksTheChiefWhileRectificationGoesOn() throws Exception {
		ProcessInstance pi = startAtRectification();
		runtimeService().createMessageCorrelation("Msg_ExtensionRequested").processInstanceId(pi.getId())
			.setVariable("extensionDue", inDays(2)).correlate();

		assertThat(pi).isWaitingAt("Task_RectifyCase", "Task_DecideExtension");
		complete(taskQuery().taskDefinitionKey("Task_DecideExtension").singleResult(),
				withVariables("extensionApproved", true));
		assertThat(pi).hasPassed("EndEvent_ExtensionApproved").isWaitingAt("Task_RectifyCase");

		runtimeService().createMessageCorrelation("Msg_ExtensionRequested").processInstanceId(pi.getId())
			.setVariable("extensionDue", inDays(2)).correlate();
		complete(taskQuery().taskDefinitionKey("Task_DecideExtension").singleResult(),
				withVariables("extensionApproved", false));
		assertThat(pi).hasPassed("EndEvent_ExtensionRefused").isWaitingAt("Task_RectifyCase");
	}

	@Test
	void warningThenOverdueTimersFireWhileTheUnitIsStillWorking() throws Exception {
		ProcessInstance pi = startAtRectification();

		execute(job("TimerEvent_DeadlineWarning"));
		verify(warnDeadline, times(1)).execute(any());
		assertThat(pi).hasPassed("ServiceTask_WarnDeadline").isWaitingAt("Task_RectifyCase", "Gateway_WatchOverdue");

		execute(job("TimerEvent_RectificationOverdue"));
		verify(markOverdue, times(1)).execute(any());
		assertThat(pi).isWaitingAt("Task_RectifyCase", "MessageEvent_DeadlineChangedAfterOverdue");
		assertThat(pi).task("Task_RectifyCase").hasCandidateGroup("unit:7");
	}

	@Test
	void anExtendedDeadlineRestartsTheWatchFromEveryWaitingPoint() throws Exception {
		ProcessInstance pi = startAtRectification();

		runtimeService().setVariables(pi.getId(), Map.of("deadline", inDays(20), "warningAt", inDays(18)));
		runtimeService().createMessageCorrelation("Msg_DeadlineChanged").processInstanceId(pi.getId()).correlate();
		assertThat(pi).hasPassed("MessageEvent_DeadlineChangedBeforeWarning").isWaitingAt("Gateway_WatchWarning");

		execute(job("TimerEvent_DeadlineWarning"));
		runtimeService().createMessageCorrelation("Msg_DeadlineChanged").processInstanceId(pi.getId()).correlate();
		assertThat(pi).hasPassed("MessageEvent_DeadlineChangedBeforeOverdue").isWaitingAt("Gateway_WatchWarning");

		execute(job("TimerEvent_DeadlineWarning"));
		execute(job("TimerEvent_RectificationOverdue"));
		runtimeService().createMessageCorrelation("Msg_DeadlineChanged").processInstanceId(pi.getId()).correlate();
		assertThat(pi).hasPassed("MessageEvent_DeadlineChangedAfterOverdue").isWaitingAt("Gateway_WatchWarning");
		verify(markOverdue, times(1)).execute(any());
		verify(warnDeadline, times(2)).execute(any());
	}

	@Test
	void closingTheCaseCancelsItsPendingTimersAndExtensionTask() throws Exception {
		ProcessInstance pi = startAtRectification();
		runtimeService().createMessageCorrelation("Msg_ExtensionRequested").processInstanceId(pi.getId())
			.setVariable("extensionDue", inDays(2)).correlate();
		complete(taskQuery().taskDefinitionKey("Task_RectifyCase").singleResult(),
				withVariables("unitOutcome", "SUBMITTED", "acceptanceDue", inDays(3)));
		complete(taskQuery().taskDefinitionKey("Task_AcceptRectification").singleResult(),
				withVariables("acceptancePassed", true, "needsChiefApproval", false));

		assertThat(pi).isEnded();
		org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
	}
}
