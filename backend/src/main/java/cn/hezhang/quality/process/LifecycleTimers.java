package cn.hezhang.quality.process;

import cn.hezhang.quality.BlackOdorousLifecycle;
import cn.hezhang.quality.HalfYearReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timer delegates of the black-odorous processes. Thin and idempotent: the lifecycle service checks the record
 * first, so a timer job that runs twice records once.
 */
@Configuration(proxyBeanMethods = false)
class LifecycleTimers {

	/** A milestone date passed: flag the milestones due and not done, and set the next one for the loop. */
	@Bean
	JavaDelegate milestoneDueDelegate(BlackOdorousLifecycle lifecycle) {
		return (DelegateExecution execution) -> {
			var next = lifecycle.milestoneDue(bodyId(execution));
			execution.setVariable(LifecycleProcess.HAS_NEXT_MILESTONE, next.isPresent());
			execution.setVariable(LifecycleProcess.NEXT_MILESTONE_DUE, next.map(java.util.Date::from).orElse(null));
		};
	}

	@Bean
	JavaDelegate remediationOverdueDelegate(BlackOdorousLifecycle lifecycle) {
		return (DelegateExecution execution) -> lifecycle.remediationOverdue(bodyId(execution));
	}

	@Bean
	JavaDelegate halfYearReportDelegate(HalfYearReports reports) {
		return (DelegateExecution execution) -> reports.generateForTimer();
	}

	static Long bodyId(DelegateExecution execution) {
		return ((Number) execution.getVariable(LifecycleProcess.BODY_ID)).longValue();
	}
}
