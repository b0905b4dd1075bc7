package cn.hezhang.policy.process;

import java.util.List;

import cn.hezhang.policy.PolicyManagement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The opinions' due date passed: records who gave none (idempotent: a second run records nothing new). */
@Component("missingOpinionsDelegate")
class MissingOpinionsDelegate implements JavaDelegate {
	private final PolicyManagement policies;

	MissingOpinionsDelegate(PolicyManagement policies) {
		this.policies = policies;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void execute(DelegateExecution execution) {
		Long policyId = ((Number) execution.getVariable(PolicyProcessVariables.POLICY_ID)).longValue();
		List<String> givers = (List<String>) execution.getVariable(PolicyProcessVariables.OPINION_GIVERS);
		policies.recordMissedOpinions(policyId, givers == null ? List.of() : givers);
	}
}
