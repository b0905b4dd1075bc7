package cn.hezhang.patrol.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.hezhang.patrol.PatrolPeriod;
import cn.hezhang.shared.Times;
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

/** The duty process: periodic duties with their period-end timers, completion by a patrol, a missed patrol. */
@Deployment(resources = "processes/patrol/PatrolDutyProcess.bpmn")
class PatrolDutyProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(0.9)
		.build();

	private final JavaDelegate recordMissed = mock(JavaDelegate.class);

	@BeforeEach
	void registerDelegates() {
		Mocks.register("recordPatrolMissedDelegate", recordMissed);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
	}

	static Instant endOf(PatrolPeriod.Range range) {
		return range.end().plusDays(1).atStartOfDay(Times.CHINA).toInstant();
	}

	ProcessInstance start(long dutyId, Instant dueAt) {
		return runtimeService().startProcessInstanceByKey("PatrolDutyProcess", "PD-" + dutyId,
				Map.of("dutyId", dutyId, "dutyGroup", "user:42", "dueAt", Date.from(dueAt)));
	}

	@Test
	void anEffectivePatrolCompletesTheDutyAndItsTimerIsGone() throws Exception {
		Instant due = endOf(PatrolPeriod.DEKAD.of(LocalDate.of(2026, 11, 25)));
		ProcessInstance pi = start(7, due);
		assertThat(pi).isWaitingAt("Task_PatrolWaterBody").task().hasCandidateGroup("user:42").hasDueDate(Date.from(due));
		// the due date is the end of the dekad 21–30 November in Beijing: 30 Nov 16:00 UTC
		assertThat(due).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));

		new PatrolDutyEngine(runtimeService()).patrolDone("PD-7");

		assertThat(pi).isEnded().hasPassed("BoundaryEvent_PatrolDone", "EndEvent_DutyDone").hasNotPassed("EndEvent_DutyMissed");
		assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
		verify(recordMissed, never()).execute(any());
	}

	@Test
	void thePeriodsEndWithoutAPatrolRecordsAMissedPatrolOnce() throws Exception {
		Instant due = endOf(PatrolPeriod.MONTH.of(LocalDate.of(2026, 11, 5)));
		ProcessInstance pi = start(8, due);
		Job timer = job("BoundaryEvent_PeriodEnded", pi);
		assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-11-30T16:00:00Z")));
		execute(timer);
		assertThat(pi).isEnded().hasPassed("ServiceTask_RecordMissed", "EndEvent_DutyMissed").hasNotPassed("EndEvent_DutyDone");
		verify(recordMissed, times(1)).execute(any());

		// a patrol reported after the period ended finds nothing to complete
		new PatrolDutyEngine(runtimeService()).patrolDone("PD-8");
		assertThat(pi).isEnded().hasNotPassed("EndEvent_DutyDone");
	}

	@Test
	void theDutyTaskDoneByHandAlsoEndsAsDone() {
		ProcessInstance pi = start(9, Instant.now().plusSeconds(86_400));
		complete(task(pi));
		assertThat(pi).isEnded().hasPassed("EndEvent_DutyDone");
	}

	@Test
	void dutiesOfConsecutivePeriodsEachWaitForTheirOwnPeriodsEnd() throws Exception {
		// an inspector's weekly duties for three weeks: each timer at the following Monday 00:00 Beijing
		List<ProcessInstance> weeks = new ArrayList<>();
		LocalDate day = LocalDate.of(2026, 11, 16); // a Monday
		for (int w = 0; w < 3; w++) {
			PatrolPeriod.Range range = PatrolPeriod.WEEK.of(day.plusWeeks(w).plusDays(3));
			assertThat(range.start()).isEqualTo(day.plusWeeks(w));
			weeks.add(start(100 + w, endOf(range)));
		}
		for (int w = 0; w < 3; w++) {
			Job timer = job("BoundaryEvent_PeriodEnded", weeks.get(w));
			assertThat(timer.getDuedate().toInstant())
				.isEqualTo(day.plusWeeks(w + 1).atStartOfDay(Times.CHINA).toInstant());
		}
		// week 1 patrolled, week 2 missed, week 3 still open
		new PatrolDutyEngine(runtimeService()).patrolDone("PD-100");
		execute(job("BoundaryEvent_PeriodEnded", weeks.get(1)));
		assertThat(weeks.get(0)).isEnded().hasPassed("EndEvent_DutyDone");
		assertThat(weeks.get(1)).isEnded().hasPassed("EndEvent_DutyMissed");
		assertThat(weeks.get(2)).isWaitingAt("Task_PatrolWaterBody");
		verify(recordMissed, times(1)).execute(any());
	}
}
