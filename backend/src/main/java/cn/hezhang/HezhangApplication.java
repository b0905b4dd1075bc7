package cn.hezhang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hezhang (河长): case management for the river-and-lake-chief system and urban black-odorous water bodies of
 * Inner Mongolia. One Spring Boot application with an embedded Camunda 7 engine; modules by feature below.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HezhangApplication {
	public static void main(String[] args) {
		SpringApplication.run(HezhangApplication.class, args);
	}
}
