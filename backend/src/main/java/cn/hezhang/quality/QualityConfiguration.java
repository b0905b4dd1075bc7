package cn.hezhang.quality;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The classifiers (immutable, built once from the seed tables) as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QualitySettings.class)
class QualityConfiguration {
	@Bean
	Gb3838Classifier gb3838Classifier() {
		return new Gb3838Classifier();
	}

	@Bean
	BlackOdorousClassifier blackOdorousClassifier() {
		return new BlackOdorousClassifier();
	}
}
