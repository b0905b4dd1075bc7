package cn.hezhang.supervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import cn.hezhang.supervision.Calendars;
import cn.hezhang.supervision.LadderSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the ladder on an in-memory engine: 催办 → 督办 → 挂牌督办 by the timers (whose due dates are the
 * working-day dates of {@link LadderSchedule} across the Spring Festival and National Day), the rework limit at
 * each rung, and a closure that stops the ladder mid-way. Fails under 90 % flow-node and sequence-flow coverage.
 */
@Deployment(resources = "processes/supervision/SupervisionLadderProcess.bpmn")
class SupervisionLadderProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	static final LadderSchedule SCHEDULE = new LadderSchedule(Calendars.seeded(), LocalTime.of(18, 0), 3, 5, 1, 3);

	// the Spring Festival 2026 case: deadline Fri 13 Feb 18:00 Beijing
	static final Instant DEADLINE = Instant.parse("2026-02-13T10:00:00Z");
	static final Instant SUPERVISE_AT = Instant.parse("2026-02-25T10:00:00Z");
	static final Instant LIST_AT = Instant.parse("2026-03-03T10:00:00Z");

	private final JavaDelegate issueUrge = mock(JavaDelegate.class);
	private final JavaDelegate issueNotice = mock(JavaDelegate.class);
	private final JavaDelegate listCase = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegates() throws Exception {
		// the real delegates return the next dates from the schedule; these mocks do the same
		doAnswer(inv -> {
			((DelegateExecution) inv.getArgument(0)).setVariable("ackDue", Date.from(SCHEDULE.acknowledgeBy(DEADLINE)));
			return null;
		}).when(issueUrge).execute(any());
		doAnswer(inv -> {
			DelegateExecution ex = inv.getArgument(0);
			ex.setVariable("listAt", Date.from(SCHEDULE.listAt(SUPERVISE_AT)));
			ex.setVariable("replyDue", Date.from(SCHEDULE.replyBy(SUPERVISE_AT)));
			return null;
		}).when(issueNotice).execute(any());
		Mocks.register("issueUrgeDelegate", issueUrge);
		Mocks.register("issueSupervisionNoticeDelegate", issueNotice);
		Mocks.register("listCaseDelegate", listCase);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	ProcessInstance start(String startRung) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("caseId", 42L);
		vars.put("ladderId", 7L);
		vars.put("unitGroup", "unit:12");
		vars.put("startRung", startRung);
		vars.put("superviseAt", Date.from(SCHEDULE.superviseAt(DEADLINE)));
		return runtimeService().startProcessInstanceByKey("SupervisionLadderProcess", "HZ2026-0000042", vars);
	}

	static Job timer(ProcessInstance pi) {
		return managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
	}

	@Test
	void anOverdueCaseClimbsFromUrgeToSupervisionToListingOnTheWorkingDayTimers() throws Exception {
		ProcessInstance pi = start("URGE");
		verify(issueUrge).execute(any());
		assertThat(pi).isWaitingAt("Task_AcknowledgeUrge", "Gateway_WaitSupervise");
		assertThat(pi).task("Task_AcknowledgeUrge").hasCandidateGroup("unit:12")
			.hasDueDate(Date.from(Instant.parse("2026-02-14T10:00:00Z")));
		// the 督办 timer sits on Wed 25 Feb 18:00 Beijing: after the Spring Festival, make-up Saturday counted
		assertThat(timer(pi).getDuedate()).isEqualTo(Date.from(SUPERVISE_AT));

		complete(task("Task_AcknowledgeUrge", pi));
		assertThat(pi).hasPassed("EndEvent_UrgeAcknowledged").isWaitingAt("Gateway_WaitSupervise");

		execute(timer(pi));
		verify(issueNotice).execute(any());
		assertThat(pi).isWaitingAt("Task_ReplySupervisionNotice", "Gateway_WaitListing");
		assertThat(pi).task("Task_ReplySupervisionNotice").hasCandidateGroup("unit:12");
		assertThat(timer(pi).getDuedate()).isEqualTo(Date.from(LIST_AT));

		execute(timer(pi));
		verify(listCase).execute(any());
		assertThat(pi).hasPassed("Task_ListCase", "EndEvent_CaseListed").isWaitingAt("Task_ReplySupervisionNotice");

		complete(task("Task_ReplySupervisionNotice", pi));
		assertThat(pi).hasPassed("EndEvent_NoticeAnswered", "EndEvent_LadderEnded").isEnded();
	}

	@Test
	void aCaseClosedAfterTheUrgeStopsTheLadderAndItsOpenTask() throws Exception {
		ProcessInstance pi = start("URGE");
		runtimeService().createMessageCorrelation("Msg_CaseClosed").processInstanceId(pi.getId()).correlate();
		assertThat(pi).isEnded().hasPassed("EndEvent_LadderStopped").hasNotPassed("Task_IssueSupervisionNotice");
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
		verify(issueNotice, never()).execute(any());
		verify(listCase, never()).execute(any());
	}

	@Test
	void aCaseClosedAfterTheSupervisionNoticeIsNeverListed() throws Exception {
		ProcessInstance pi = start("URGE");
		execute(timer(pi));
		assertThat(pi).isWaitingAt("Gateway_WaitListing");
		runtimeService().createMessageCorrelation("Msg_CaseClosed").processInstanceId(pi.getId()).correlate();
		assertThat(pi).isEnded().hasPassed("EndEvent_LadderStopped").hasNotPassed("Task_ListCase");
		verify(listCase, never()).execute(any());
	}

	@Test
	void theReworkLimitBeforeTheSupervisionNoticeListsAtOnce() throws Exception {
		ProcessInstance pi = start("URGE");
		runtimeService().createMessageCorrelation("Msg_ReworkLimitReached").processInstanceId(pi.getId()).correlate();
		assertThat(pi).hasPassed("MessageEvent_ReworkLimitBeforeSupervise", "Task_ListCase")
			.hasNotPassed("Task_IssueSupervisionNotice").isWaitingAt("Task_AcknowledgeUrge");
		verify(listCase, times(1)).execute(any());
		assertThat(timer(pi)).isNull();
	}

	@Test
	void theReworkLimitAfterTheSupervisionNoticeListsBeforeTheTimer() throws Exception {
		ProcessInstance pi = start("URGE");
		execute(timer(pi));
		runtimeService().createMessageCorrelation("Msg_ReworkLimitReached").processInstanceId(pi.getId()).correlate();
		assertThat(pi).hasPassed("MessageEvent_ReworkLimitBeforeListing", "Task_ListCase");
		assertThat(timer(pi)).isNull();
	}

	@Test
	void aLadderStartedByTheReworkLimitListsWithoutUrging() throws Exception {
		ProcessInstance pi = start("LIST");
		assertThat(pi).hasPassed("Gateway_StartRung", "Task_ListCase").hasNotPassed("Task_IssueUrge").isEnded();
		verify(issueUrge, never()).execute(any());
	}

	@Test
	void aRepeatedTimerCannotClimbTwice() throws Exception {
		ProcessInstance pi = start("URGE");
		Job first = timer(pi);
		execute(first);
		// the 督办 timer is consumed; only the listing timer is left
		assertThat(managementService().createJobQuery().jobId(first.getId()).count()).isZero();
		verify(issueNotice, times(1)).execute(any());
	}
}
