package cn.hezhang.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import cn.hezhang.support.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away for about 15 s under load and comes back. Meanwhile the app answers quickly with 503
 * problem details (no stack trace, no SQL, no hang past a bound), afterwards it recovers by itself, and every
 * report it acknowledged is stored exactly once. The test runs its own MariaDB server ({@link PrivateMariaDb}) so
 * stopping it disturbs nobody else.
 */
@ExtendWith(TestDatabase.RequireDatabase.class)
class DatabaseOutageResilienceIT {
	static final Duration OUTAGE = Duration.ofSeconds(15);
	/** the longest any answer may take: the pool's connection timeout (5 s) with room for a busy machine */
	static final Duration ANSWER_BOUND = Duration.ofSeconds(20);

	record Answer(Instant sentAt, long millis, int status, String contentType, String body) {
	}

	@Test
	void aFifteenSecondOutageGives503sThenRecoversAndLosesNothing() throws Exception {
		if (!PrivateMariaDb.installed()) {
			Assumptions.assumeFalse(!"true".equalsIgnoreCase(System.getenv("CI")), "mariadbd/mariadb-install-db not installed");
			throw new IllegalStateException("CI=true requires mariadbd and mariadb-install-db for the outage test");
		}
		Path media = Files.createDirectories(Path.of("target", "scale", "outage-media"));
		try (PrivateMariaDb db = new PrivateMariaDb(ClusterResilienceIT.freePort()).install().start()) {
			String url = db.jdbcUrl("hezhang");
			Sql sql = new Sql(url);
			try (AppNode app = AppNode.start("outage-node", ClusterResilienceIT.freePort(), "mysql,demo", url, media)) {
				app.awaitReady(Duration.ofMinutes(6));
				long reach = ((Number) sql.one("select id from wb_reach where code = 'XHH-150105'")).longValue();

				Map<String, Long> acknowledged = new ConcurrentHashMap<>();
				List<Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>());
				AtomicBoolean running = new AtomicBoolean(true);
				ExecutorService pool = Executors.newFixedThreadPool(4);
				for (int c = 0; c < 4; c++) {
					pool.submit(() -> {
						HezhangClient client = new HezhangClient("inspector.saihan");
						while (running.get()) {
							String clientId = "outage-" + UUID.randomUUID();
							Instant sent = Instant.now();
							try {
								HttpResponse<String> r = client.report(app.base(), clientId, reach, "GARBAGE");
								answers.add(new Answer(sent, Duration.between(sent, Instant.now()).toMillis(), r.statusCode(),
										r.headers().firstValue("Content-Type").orElse(""), r.body()));
								if (r.statusCode() == 201 || r.statusCode() == 200) {
									acknowledged.put(clientId, ClusterResilienceIT.idOf(r));
								}
							}
							catch (IOException e) {
								answers.add(new Answer(sent, Duration.between(sent, Instant.now()).toMillis(), -1, "", e.toString()));
							}
							ClusterResilienceIT.sleep(200);
						}
						return null;
					});
				}
				Thread.sleep(8000);
				Instant down = Instant.now();
				db.stop();
				System.out.println("MariaDB stopped at " + down);
				Thread.sleep(OUTAGE.toMillis());
				db.start();
				Instant up = Instant.now();
				System.out.println("MariaDB started at " + up);

				// recovered: reports are acknowledged again within a minute, without touching the app
				Instant until = up.plus(Duration.ofSeconds(90));
				while (Instant.now().isBefore(until) && answers.stream()
					.noneMatch(x -> x.sentAt().isAfter(up) && x.status() == 201)) {
					Thread.sleep(500);
				}
				Thread.sleep(3000);
				running.set(false);
				pool.shutdown();
				assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

				List<Answer> all = List.copyOf(answers);
				long during503 = all.stream().filter(x -> x.status() == 503).count();
				System.out.printf("outage run: %d answers, %d acknowledged, %d × 503, slowest %d ms%n", all.size(),
						acknowledged.size(), during503, all.stream().mapToLong(Answer::millis).max().orElse(0));
				assertThat(all).as("every answer is 200/201 or a 503 problem").allSatisfy(x -> {
					assertThat(x.status()).as(x.body()).isIn(200, 201, 503);
					assertThat(Duration.ofMillis(x.millis())).as("answer time").isLessThan(ANSWER_BOUND);
				});
				assertThat(during503).as("503 answers during the outage").isPositive();
				assertThat(all).filteredOn(x -> x.status() == 503).allSatisfy(x -> {
					assertThat(x.contentType()).startsWith("application/problem+json");
					assertThat(x.body()).contains("\"status\":503").doesNotContain("Exception", "\tat ", "SQL", "jdbc");
				});
				assertThat(all).as("acknowledged again after the restart")
					.anyMatch(x -> x.sentAt().isAfter(up) && x.status() == 201);
				for (var e : acknowledged.entrySet()) {
					assertThat(sql.count("select count(*) from cw_case where client_id = ?", e.getKey())).as(e.getKey())
						.isEqualTo(1);
					String caseNo = (String) sql.one("select case_no from cw_case where client_id = ?", e.getKey());
					assertThat(sql.count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ?", caseNo)).isEqualTo(1);
				}
			}
		}
	}
}
