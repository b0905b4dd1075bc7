package cn.hezhang.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The half-year public report: its timer start event fires on 1 January and 1 July (01:00 server time) and each
 * firing generates one report, then waits for the next half-year.
 */
@Deployment(resources = "processes/blackwater/BlackOdorousReportProcess.bpmn")
class BlackOdorousReportProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("camunda-process-tests.cfg.xml")
		.assertClassCoverageAtLeast(1.0)
		.build();

	private final JavaDelegate generate = mock(JavaDelegate.class);

	@BeforeEach
	void register() {
		Mocks.register("halfYearReportDelegate", generate);
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	static Date at(int year, int month, int day, int hour) {
		return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZoneId.systemDefault()).toInstant());
	}

	@Test
	void firesOnTheFirstOfJanuaryAndJulyAndGeneratesOneReportEachTime() throws Exception {
		Job first = managementService().createJobQuery().timers().singleResult();
		assertThat(first).as("the deployment schedules the half-year timer").isNotNull();
		assertThat(first.getDuedate()).isAfter(new Date());
		// the next firing is a 1 January or 1 July at 01:00
		LocalDateTime due = LocalDateTime.ofInstant(first.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due.getDayOfMonth()).isEqualTo(1);
		assertThat(due.getMonthValue()).isIn(1, 7);
		assertThat(due.getHour()).isEqualTo(1);

		ClockUtil.setCurrentTime(first.getDuedate());
		execute(first);
		verify(generate, times(1)).execute(org.mockito.ArgumentMatchers.any());
		assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("BlackOdorousReportProcess")
			.completed().count()).isEqualTo(1);
		assertThat(historyService().createHistoricActivityInstanceQuery().activityId("EndEvent_ReportPublished").count())
			.isEqualTo(1);

		// the timer is due again half a year later
		Job next = managementService().createJobQuery().timers().singleResult();
		LocalDateTime nextDue = LocalDateTime.ofInstant(next.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(nextDue).isEqualTo(due.plusMonths(6));
	}
}
