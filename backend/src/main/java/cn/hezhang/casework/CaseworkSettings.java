package cn.hezhang.casework;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time limits of the case steps, in working days unless a duration. {@code warningWorkingDays}: the warning fires
 * this many working days before the rectification deadline. {@code handbackWindow}: how long after assignment a
 * unit may hand a case back.
 */
@ConfigurationProperties("hezhang.casework")
public record CaseworkSettings(@DefaultValue("2") int warningWorkingDays, @DefaultValue("PT24H") Duration handbackWindow,
		@DefaultValue("1") int triageWorkingDays, @DefaultValue("3") int acceptanceWorkingDays,
		@DefaultValue("2") int extensionDecisionWorkingDays, @DefaultValue("3") int closureApprovalWorkingDays) {
}
