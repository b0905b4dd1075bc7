package cn.hezhang.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hezhang.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers from the packaged jar on one MariaDB, both with the job executor on. Reports are spread over both
 * nodes by eight clients that retry on connection errors with the same client id; halfway through, one node gets
 * {@code kill -9}. Afterwards every acknowledged report exists exactly once with exactly one process instance; the
 * survivor has fired the deadline timers both nodes created before the kill and that fall due after it, each overdue
 * effect exactly once (one flag, one timeline step, one event, one notice per recipient); and a user who signed in
 * through the dead node goes on through the survivor without signing in again (sessions in the database).
 *
 * <p>Runs in the failsafe execution {@code it-resilience} (MariaDB; skipped with a message when 127.0.0.1:3306 is
 * unreachable, except under CI=true).
 */
@ExtendWith(TestDatabase.RequireDatabase.class)
class ClusterResilienceIT {
	static final int CLIENTS = 8;
	static final int REPORTS = 160;
	static final int OVERDUE_CASES = 10;
	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@Test
	void aNodeKilledHalfwayLosesNothingAndItsTimersFireOnceOnTheSurvivor() throws Exception {
		String database = "hezhang_cluster_" + Long.toString(System.currentTimeMillis(), 36);
		String url = TestDatabase.jdbcUrl(database);
		Path media = Files.createDirectories(Path.of("target", "scale", "cluster-media"));
		Sql sql = new Sql(url);
		try (AppNode a = AppNode.start("node-a", freePort(), "mysql,demo", url, media)) {
			a.awaitReady(Duration.ofMinutes(6));
			try (AppNode b = AppNode.start("node-b", freePort(), "mysql", url, media)) {
				b.awaitReady(Duration.ofMinutes(6));
				long reach = ((Number) sql.one("select id from wb_reach where code = 'XHH-150105'")).longValue();
				long unit = ((Number) sql.one("select id from rg_org where name = '赛罕区住房和城乡建设局'")).longValue();

				// a chief signs in through node A (browser session)
				HezhangClient chief = HezhangClient.anonymous();
				assertThat(chief.login(a.base(), "chief.saihan").statusCode()).isEqualTo(200);
				assertThat(chief.cookie("SESSION")).isNotBlank();

				// cases in rectification whose deadlines fall due just before and just after the kill
				HezhangClient inspector = new HezhangClient("inspector.saihan");
				HezhangClient office = new HezhangClient("office.saihan");
				// deadlines in two groups, both falling due on the survivor after the kill (the kill comes when half
				// the load is acknowledged, well within the first two minutes)
				Instant firstDue = Instant.now().plusSeconds(120);
				List<Long> overdueCases = new ArrayList<>();
				for (int i = 0; i < OVERDUE_CASES; i++) {
					String node = (i % 2 == 0 ? a : b).base();
					long id = idOf(expect(201, inspector.report(node, "deadline-" + UUID.randomUUID(), reach, "OUTFALL")));
					expect(200, office.postJson(node, "/api/casework/cases/" + id + "/triage",
							"{\"decision\":\"ACCEPT\",\"category\":\"OUTFALL\",\"severity\":\"GENERAL\"}"));
					Instant deadline = firstDue.plusSeconds(i < OVERDUE_CASES / 2 ? 0 : 10);
					expect(200, office.postJson(node, "/api/casework/cases/" + id + "/assign", "{\"unitId\":" + unit
							+ ",\"requirement\":\"封堵排污口\",\"urgency\":\"URGENT\",\"deadline\":\"" + deadline + "\"}"));
					overdueCases.add(id);
				}

				// the load: eight clients, every report first to its node, on a connection error again to the other
				Map<String, Long> acknowledged = new ConcurrentHashMap<>();
				AtomicInteger next = new AtomicInteger();
				AtomicInteger retries = new AtomicInteger();
				AtomicBoolean killed = new AtomicBoolean();
				List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
				ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
				for (int c = 0; c < CLIENTS; c++) {
					pool.submit(() -> {
						HezhangClient client = new HezhangClient("inspector.saihan");
						int n;
						while ((n = next.getAndIncrement()) < REPORTS) {
							String clientId = "load-" + n + "-" + UUID.randomUUID();
							AppNode first = n % 2 == 0 ? a : b;
							AppNode other = first == a ? b : a;
							for (int attempt = 0; attempt < 6; attempt++) {
								AppNode target = attempt % 2 == 0 ? first : other;
								try {
									HttpResponse<String> r = client.report(target.base(), clientId, reach, "GARBAGE");
									if (r.statusCode() == 201 || r.statusCode() == 200) {
										acknowledged.put(clientId, idOf(r));
										break;
									}
									failures.add(r.statusCode() + " " + r.body());
									break;
								}
								catch (IOException e) {
									retries.incrementAndGet();
									sleep(300);
								}
							}
							// kill node A when half of the reports are acknowledged
							if (acknowledged.size() >= REPORTS / 2 && killed.compareAndSet(false, true)) {
								killQuietly(a);
							}
						}
						return null;
					});
				}
				pool.shutdown();
				assertThat(pool.awaitTermination(8, TimeUnit.MINUTES)).as("load finished").isTrue();
				if (killed.compareAndSet(false, true)) {
					killQuietly(a);
				}
				assertThat(a.alive()).isFalse();
				System.out.printf("cluster run: %d acknowledged, %d connection retries, %d refusals%n",
						acknowledged.size(), retries.get(), failures.size());
				assertThat(failures).as("answers other than 200/201").isEmpty();
				assertThat(acknowledged).hasSize(REPORTS);

				// every acknowledged report exactly once, with exactly one process instance
				for (var e : acknowledged.entrySet()) {
					assertThat(sql.count("select count(*) from cw_case where client_id = ?", e.getKey())).as(e.getKey())
						.isEqualTo(1);
					String caseNo = (String) sql.one("select case_no from cw_case where client_id = ?", e.getKey());
					assertThat(sql.count("select count(*) from ACT_HI_PROCINST where BUSINESS_KEY_ = ? and PROC_DEF_KEY_ = 'CaseHandlingProcess'",
							caseNo)).as("process instances of " + caseNo).isEqualTo(1);
				}

				// the survivor fires every due deadline timer, each effect exactly once; it gets two minutes from the
				// last deadline (not from the end of the load, which on an idle machine ends before the deadlines)
				Instant lastDue = firstDue.plusSeconds(10);
				Instant until = (Instant.now().isAfter(lastDue) ? Instant.now() : lastDue).plus(Duration.ofSeconds(120));
				while (Instant.now().isBefore(until) && sql.count("select count(*) from cw_case where overdue = true and id in ("
						+ join(overdueCases) + ")") < OVERDUE_CASES) {
					Thread.sleep(1000);
				}
				System.out.printf("deadline timers: %d of %d flagged %d s after the last deadline%n",
						sql.count("select count(*) from cw_case where overdue = true and id in (" + join(overdueCases) + ")"),
						OVERDUE_CASES, Duration.between(lastDue, Instant.now()).toSeconds());
				for (long id : overdueCases) {
					assertThat((Boolean) sql.one("select overdue from cw_case where id = ?", id)).as("case %d flagged", id).isTrue();
					assertThat(sql.count("select count(*) from cw_case_step where case_id = ? and action = 'OVERDUE'", id))
						.as("timeline steps OVERDUE of case %d", id).isEqualTo(1);
					assertThat(sql.count("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like '%CaseOverdue' "
							+ "and SERIALIZED_EVENT like ? and LISTENER_ID like '%CaseNotices%'", "%\"caseId\":" + id + ",%"))
						.as("CaseOverdue publications of case %d for the notices", id).isEqualTo(1);
					List<List<Object>> notices = sql.rows("select user_id, count(*) from nt_notice where event_key like ? group by user_id",
							"case-overdue:" + id + ":%");
					assertThat(notices).as("overdue notices of case %d", id).isNotEmpty()
						.allSatisfy(row -> assertThat(((Number) row.get(1)).longValue()).isEqualTo(1));
				}

				// the chief's session, opened on node A, goes on on node B
				HttpResponse<String> me = chief.get(b.base(), "/api/auth/me");
				assertThat(me.statusCode()).isEqualTo(200);
				assertThat(me.body()).contains("\"username\":\"chief.saihan\"");
			}
		}
		finally {
			TestDatabase.dropDatabase(database);
		}
	}

	static HttpResponse<String> expect(int status, HttpResponse<String> r) {
		assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
		return r;
	}

	static long idOf(HttpResponse<String> r) {
		Matcher m = ID.matcher(r.body());
		assertThat(m.find()).as("an id in " + r.body()).isTrue();
		return Long.parseLong(m.group(1));
	}

	static String join(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

	static void killQuietly(AppNode node) {
		try {
			System.out.println("kill -9 " + node.name + " at " + Instant.now());
			node.kill9();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}
}
