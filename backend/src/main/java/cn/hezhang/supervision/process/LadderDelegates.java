package cn.hezhang.supervision.process;

import cn.hezhang.supervision.SupervisionLadder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ladder's service tasks. Thin and idempotent: {@link SupervisionLadder} climbs a rung once even when a timer
 * job runs twice, and returns the dates the next steps wait for.
 */
@Configuration(proxyBeanMethods = false)
class LadderDelegates {

	@Bean
	JavaDelegate issueUrgeDelegate(SupervisionLadder ladder) {
		return (DelegateExecution execution) -> execution.setVariables(LadderProcess.dates(ladder.issueUrge(ladderId(execution))));
	}

	@Bean
	JavaDelegate issueSupervisionNoticeDelegate(SupervisionLadder ladder) {
		return (DelegateExecution execution) -> execution
			.setVariables(LadderProcess.dates(ladder.issueSupervisionNotice(ladderId(execution))));
	}

	@Bean
	JavaDelegate listCaseDelegate(SupervisionLadder ladder) {
		return (DelegateExecution execution) -> ladder.list(ladderId(execution));
	}

	static Long ladderId(DelegateExecution execution) {
		return ((Number) execution.getVariable(LadderProcess.LADDER_ID)).longValue();
	}
}
