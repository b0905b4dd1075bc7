package cn.hezhang.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox of e-mail and SMS. {@link #enqueue} runs inside the notice's transaction (a repeat of the same event,
 * recipient and channel is dropped by the unique key); {@link #sendPending} claims each row with a conditional
 * update before sending, so a job that runs twice — or on two nodes at once — sends each message at most once.
 */
class Deliveries {
	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	enum Channel {
		EMAIL, SMS
	}

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final Optional<JavaMailSender> mail;
	private final SmsGateway sms;
	private final NotificationSettings settings;
	private final Clock clock;

	Deliveries(JdbcTemplate jdbc, TransactionTemplate tx, Optional<JavaMailSender> mail, SmsGateway sms,
			NotificationSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.mail = mail;
		this.sms = sms;
		this.settings = settings;
		this.clock = clock;
	}

	boolean emailOn() {
		return settings.email().enabled() && mail.isPresent();
	}

	boolean smsOn() {
		return settings.sms().enabled();
	}

	/** Queues a message once per event, recipient and channel; false if it was queued before. */
	boolean enqueue(String eventKey, Long userId, Channel channel, String address, String subject, String body) {
		if (address == null || address.isBlank()) {
			return false;
		}
		try {
			jdbc.update("INSERT INTO nt_delivery (event_key, user_id, channel, address, subject, body, status, attempts, "
					+ "created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)", eventKey, userId, channel.name(),
					address.trim(), truncate(subject, 200), truncate(body, 2000), Timestamp.from(clock.instant()));
			return true;
		}
		catch (DuplicateKeyException seen) {
			return false;
		}
	}

	/** Sends what is pending; returns how many were sent by this call. */
	int sendPending() {
		List<Long> ids = jdbc.queryForList("SELECT id FROM nt_delivery WHERE status = 'PENDING' ORDER BY id LIMIT 200",
				Long.class);
		int sent = 0;
		for (Long id : ids) {
			Integer claimed = tx.execute(s -> jdbc.update(
					"UPDATE nt_delivery SET status = 'SENDING', claimed_at = ?, attempts = attempts + 1 "
							+ "WHERE id = ? AND status = 'PENDING'", Timestamp.from(clock.instant()), id));
			if (claimed == null || claimed == 0) {
				continue; // another run has it
			}
			var row = jdbc.queryForMap("SELECT channel, address, subject, body, attempts FROM nt_delivery WHERE id = ?", id);
			try {
				deliver(Channel.valueOf((String) row.get("channel")), (String) row.get("address"),
						(String) row.get("subject"), (String) row.get("body"));
				jdbc.update("UPDATE nt_delivery SET status = 'SENT', sent_at = ? WHERE id = ?",
						Timestamp.from(clock.instant()), id);
				sent++;
			}
			catch (RuntimeException e) {
				int attempts = ((Number) row.get("attempts")).intValue();
				log.warn("delivery {} failed (attempt {}): {}", id, attempts, e.toString());
				jdbc.update("UPDATE nt_delivery SET status = ?, last_error = ? WHERE id = ?",
						attempts >= settings.maxAttempts() ? "FAILED" : "PENDING", truncate(e.toString(), 500), id);
			}
		}
		return sent;
	}

	private void deliver(Channel channel, String address, String subject, String body) {
		switch (channel) {
			case EMAIL -> {
				JavaMailSender sender = mail.orElseThrow(() -> new IllegalStateException("no mail sender"));
				MimeMessage message = sender.createMimeMessage();
				try {
					MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
					helper.setFrom(settings.email().from());
					helper.setTo(address);
					helper.setSubject(subject);
					helper.setText(body == null ? subject : body);
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
				sender.send(message);
			}
			case SMS -> sms.send(address, settings.sms().signature() + subject + (body == null ? "" : " " + body));
		}
	}

	private static String truncate(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
