package cn.hezhang.shared.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Configuration;

/**
 * The engine creates its ACT_* tables on a fresh database; if it ran before Flyway, Flyway would find a
 * non-empty schema without its history table and refuse (CAMUNDA-NOTES pitfall 4). So the engine waits for
 * Flyway.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {
	EngineAfterFlyway() {
		super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
	}
}
