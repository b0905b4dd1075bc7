package cn.hezhang.patrol.process;

import cn.hezhang.patrol.PatrolDuties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The period-end delegate: thin and idempotent (a timer job run twice records the miss once). */
@Configuration(proxyBeanMethods = false)
class PatrolDutyDelegates {

	@Bean
	JavaDelegate recordPatrolMissedDelegate(PatrolDuties duties) {
		return (DelegateExecution execution) -> duties.markMissed(
				((Number) execution.getVariable(PatrolDutyEngine.DUTY_ID)).longValue());
	}
}
