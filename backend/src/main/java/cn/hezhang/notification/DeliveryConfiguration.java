package cn.hezhang.notification;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/** The outbox, the SMS gateway chosen by {@code hezhang.notification.sms.gateway}, and the sending job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class DeliveryConfiguration {

	@Bean
	SmsGateway smsGateway(NotificationSettings settings, ObjectProvider<RestClient.Builder> rest) {
		NotificationSettings.Sms sms = settings.sms();
		if ("http".equalsIgnoreCase(sms.gateway())) {
			return new HttpSmsGateway(rest.getIfAvailable(RestClient::builder), sms.url(), sms.token(), sms.signature());
		}
		return new LoggingSmsGateway();
	}

	@Bean
	Deliveries deliveries(JdbcTemplate jdbc, TransactionTemplate tx, ObjectProvider<JavaMailSender> mail, SmsGateway sms,
			NotificationSettings settings, Clock clock) {
		return new Deliveries(jdbc, tx, Optional.ofNullable(mail.getIfAvailable()), sms, settings, clock);
	}
}
