package cn.hezhang.casework.process;

import cn.hezhang.casework.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two timer delegates of the deadline watch. Thin and idempotent: a timer job that runs twice in a cluster
 * warns and flags once, because {@link CaseDeadlines} checks the case first.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTimers {

	@Bean
	JavaDelegate warnDeadlineDelegate(CaseDeadlines deadlines) {
		return (DelegateExecution execution) -> deadlines.warn(caseId(execution));
	}

	@Bean
	JavaDelegate markOverdueDelegate(CaseDeadlines deadlines) {
		return (DelegateExecution execution) -> deadlines.markOverdue(caseId(execution));
	}

	static Long caseId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CaseProcessVariables.CASE_ID)).longValue();
	}
}
