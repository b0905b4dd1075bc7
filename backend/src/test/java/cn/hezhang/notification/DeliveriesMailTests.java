package cn.hezhang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.hezhang.notification.Deliveries.Channel;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real in-process SMTP server (GreenMail) and our own migration on H2: a queued e-mail arrives
 * once, even when the sending job runs twice in a row and twice at the same time; a repeated event queues nothing.
 */
class DeliveriesMailTests {
	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	JdbcTemplate jdbc;
	Deliveries deliveries;
	List<String> sms = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		DriverManagerDataSource ds = new DriverManagerDataSource(
				"jdbc:h2:mem:deliveries-" + System.nanoTime() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = new JdbcTemplate(ds);
		String ddl = Files.readString(Path.of("../sql/migration/V63__notification_create_deliveries.sql"))
			.replace("${table_options}", "");
		for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				jdbc.execute(statement);
			}
		}
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(smtp.getSmtp().getPort());
		NotificationSettings settings = new NotificationSettings(new NotificationSettings.Email(true, "hezhang@test"),
				new NotificationSettings.Sms(true, "log", "", "", "【河长制】"), java.time.Duration.ofSeconds(30), 5);
		deliveries = new Deliveries(jdbc, new TransactionTemplate(new DataSourceTransactionManager(ds)),
				Optional.of(mail), (phone, text) -> {
					synchronized (sms) {
						sms.add(phone + " " + text);
					}
				}, settings, Clock.systemUTC());
	}

	@Test
	void anEmailArrivesOnceWhenTheJobRunsTwiceInARow() throws Exception {
		assertThat(deliveries.enqueue("sv-notice:1", 7L, Channel.EMAIL, "unit@example.cn", "督办单 赛罕区督〔2026〕1号", "请回复"))
			.isTrue();
		// the same event for the same recipient again (a listener that ran twice) queues nothing
		assertThat(deliveries.enqueue("sv-notice:1", 7L, Channel.EMAIL, "unit@example.cn", "督办单", "请回复")).isFalse();

		assertThat(deliveries.sendPending()).isEqualTo(1);
		assertThat(deliveries.sendPending()).isZero();
		smtp.waitForIncomingEmail(5000, 1);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("督办单 赛罕区督〔2026〕1号");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("unit@example.cn");
	}

	@Test
	void twoJobsRunningAtTheSameTimeSendEachMessageOnce() throws Exception {
		for (int i = 0; i < 20; i++) {
			deliveries.enqueue("sv-urge:" + i, 7L, Channel.EMAIL, "unit" + i + "@example.cn", "催办通知 " + i, "请签收");
		}
		deliveries.enqueue("sv-urge:0", 7L, Channel.SMS, "13800001234", "催办通知 0", "请签收");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Integer> job = deliveries::sendPending;
		List<Future<Integer>> runs = pool.invokeAll(List.of(job, job));
		pool.shutdown();
		int sent = 0;
		for (Future<Integer> run : runs) {
			sent += run.get();
		}
		assertThat(sent).isEqualTo(21);
		assertThat(deliveries.sendPending()).isZero();
		smtp.waitForIncomingEmail(5000, 20);
		assertThat(smtp.getReceivedMessages()).hasSize(20);
		assertThat(sms).containsExactly("13800001234 【河长制】催办通知 0 请签收");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nt_delivery WHERE status = 'SENT'", Integer.class))
			.isEqualTo(21);
	}

	@Test
	void aFailedSendIsRetriedLaterAndGivenUpAfterTheLimit() {
		deliveries = new Deliveries(jdbc, new TransactionTemplate(new DataSourceTransactionManager(
				((DriverManagerDataSource) jdbc.getDataSource()))), Optional.empty(), (p, t) -> {
					throw new IllegalStateException("gateway down");
				}, new NotificationSettings(new NotificationSettings.Email(false, "x@y"),
						new NotificationSettings.Sms(true, "log", "", "", ""), java.time.Duration.ofSeconds(30), 2),
				Clock.systemUTC());
		deliveries.enqueue("e", 1L, Channel.SMS, "13800001234", "t", "b");
		assertThat(deliveries.sendPending()).isZero();
		assertThat(jdbc.queryForObject("SELECT status FROM nt_delivery", String.class)).isEqualTo("PENDING");
		assertThat(deliveries.sendPending()).isZero();
		assertThat(jdbc.queryForObject("SELECT status FROM nt_delivery", String.class)).isEqualTo("FAILED");
	}
}
