package cn.hezhang.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {
	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

	@Bean
	FailureInjection failureInjection() {
		return new FailureInjection();
	}

	@Bean
	Jobs jobs(org.camunda.bpm.engine.ManagementService management, MovableClock clock) {
		return new Jobs(management, clock);
	}

	@Bean
	Api api(org.springframework.test.web.servlet.MockMvc mvc, com.fasterxml.jackson.databind.ObjectMapper json) {
		return new Api(mvc, json);
	}
}
