package cn.hezhang.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code hezhang.notification.*}: e-mail is sent when {@code email.enabled} and Spring Mail is configured
 * ({@code spring.mail.host}); SMS through the {@code log} gateway (default) or {@code http}.
 */
@ConfigurationProperties("hezhang.notification")
record NotificationSettings(@DefaultValue Email email, @DefaultValue Sms sms,
		@DefaultValue("PT30S") Duration sendInterval, @DefaultValue("5") int maxAttempts) {
	record Email(@DefaultValue("false") boolean enabled, @DefaultValue("hezhang@localhost") String from) {
	}

	record Sms(@DefaultValue("false") boolean enabled, @DefaultValue("log") String gateway, @DefaultValue("") String url,
			@DefaultValue("") String token, @DefaultValue("【河长制】") String signature) {
	}
}
