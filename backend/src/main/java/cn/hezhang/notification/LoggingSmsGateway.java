package cn.hezhang.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the message to the log instead of sending it (development, demo, no SMS contract yet). */
class LoggingSmsGateway implements SmsGateway {
	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", phone.replaceAll("(\\d{3})\\d{4}(\\d+)", "$1****$2"), text);
	}
}
