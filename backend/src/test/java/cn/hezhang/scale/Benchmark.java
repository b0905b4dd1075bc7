package cn.hezhang.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hezhang.support.TestDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;

/**
 * The benchmark (README "Performance and scale"): B1–B5 against MariaDB on 127.0.0.1:3306, every figure beside a
 * baseline measured in the same run. Prints a table and writes it to {@code target/bench/} as markdown and CSV. Never
 * fails on a time. Run: {@code mvn -B -Pbench -DskipTests verify} (needs wrk: {@code apt-get install -y wrk}).
 *
 * <ul>
 * <li>B1: the bare engine (this JVM, same database, history full) starting the case process to its first user task;
 * <li>B2: reports per second through the app's HTTP API (Basic auth, validation, photo storage, engine) with wrk at 8
 * and 32 connections, and B2/B1;
 * <li>B3: p50/p95 of the inbox and the case list at 10k, 100k and 1M cases (bulk-seeded over the 103 banners/counties
 * with their timelines; the open ones with real process instances), and p95(1M)/p95(10k);
 * <li>B4: 10,000 cases whose deadlines pass at one moment: time until the app has flagged all overdue, against a
 * timer-only process on the same engine;
 * <li>B5: heap and RSS of the app (started with -Xmx512m) during B2, against idle.
 * </ul>
 */
public final class Benchmark {
	static final Path OUT = Path.of("target", "bench");
	static final String DB = "hezhang_bench";
	static final Pattern WRK = Pattern.compile(
			"HZ_RESULT requests=(\\d+) seconds=([\\d.]+) p50_ms=([\\d.]+) p95_ms=([\\d.]+) errors=(\\d+) non2xx=(\\d+)");

	record Row(String id, String measure, String value, String unit, String baseline, String ratio, String note) {
	}

	private final List<Row> rows = new ArrayList<>();
	private final int maxCases = Integer.getInteger("bench.cases", 1_000_000);
	private final int wrkSeconds = Integer.getInteger("bench.wrk-seconds", 20);
	/** Which parts run besides B1 (which the ratios need): -Dbench.parts=B2,B3,B4 (B5 comes with B2). */
	private final List<String> parts = List.of(System.getProperty("bench.parts", "B2,B3,B4").split(","));
	private Sql sql;
	private AppNode app;
	private ProcessEngine engine;
	private long reach;

	public static void main(String[] args) throws Exception {
		new Benchmark().run();
		System.exit(0);
	}

	void run() throws Exception {
		Files.createDirectories(OUT);
		TestDatabase.dropDatabase(DB);
		String url = TestDatabase.jdbcUrl(DB);
		sql = new Sql(url);
		Path media = Files.createDirectories(OUT.resolve("media"));
		log("starting the app (-Xmx512m) on MariaDB database " + DB);
		app = AppNode.start("bench-app", ClusterResilienceIT.freePort(), "mysql,demo", url, media);
		try {
			app.awaitReady(Duration.ofMinutes(8));
			reach = ((Number) sql.one("select id from wb_reach where code = 'XHH-150105'")).longValue();
			engine = bareEngine(url);
			double b1 = b1();
			if (parts.contains("B2")) {
				b2AndB5(b1);
			}
			if (parts.contains("B3")) {
				b3();
			}
			if (parts.contains("B4")) {
				b4();
			}
		}
		finally {
			if (engine != null) {
				engine.close();
			}
			app.close();
			write();
		}
	}

	// ---- B1: the ceiling --------------------------------------------------------------------------------------

	/** The engine alone, configured as the app configures it: READ COMMITTED (CAMUNDA-NOTES.md), history full. */
	static ProcessEngine bareEngine(String url) {
		com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource();
		ds.setJdbcUrl(url);
		ds.setUsername("root");
		ds.setPassword("");
		ds.setMaximumPoolSize(40);
		ds.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		ProcessEngineConfiguration c = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
			.setDataSource(ds)
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
			.setProcessEngineName("bench-bare");
		return c.buildProcessEngine();
	}

	double b1() throws Exception {
		int n = Integer.getInteger("bench.b1", 2000);
		RuntimeService runtime = engine.getRuntimeService();
		Instant t0 = Instant.now();
		parallel(8, n, i -> runtime.startProcessInstanceByKey("CaseHandlingProcess", "B1-" + i,
				Map.of("caseId", -1L - i, "officeGroup", "office:bench", "officeDue", new Date())));
		double seconds = Duration.between(t0, Instant.now()).toMillis() / 1000.0;
		double rate = n / seconds;
		rows.add(new Row("B1", "bare engine: start case process to first user task (8 threads)", fmt(rate), "starts/s",
				"—", "—", n + " starts in " + fmt(seconds) + " s"));
		log("B1 " + fmt(rate) + " starts/s");
		return rate;
	}

	// ---- B2 + B5: reports through HTTP, memory --------------------------------------------------------------------

	void b2AndB5(double b1) throws Exception {
		Path photo = OUT.resolve("photo.png");
		Files.write(photo, HezhangClient.PHOTO);
		Path script = OUT.resolve("report.lua");
		try (var in = Benchmark.class.getResourceAsStream("/bench/report.lua")) {
			Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		String auth = "Basic " + Base64.getEncoder().encodeToString("inspector.saihan:Demo#2026".getBytes(StandardCharsets.UTF_8));
		// warm-up, then the idle memory baseline
		wrk(script, photo, auth, 4, 5);
		System.gc();
		Thread.sleep(3000);
		long[] idle = memory();
		long[] peak = { 0, 0 };
		for (int connections : new int[] { 8, 32 }) {
			AtomicBoolean sampling = new AtomicBoolean(true);
			Thread sampler = new Thread(() -> {
				while (sampling.get()) {
					long[] m = memory();
					peak[0] = Math.max(peak[0], m[0]);
					peak[1] = Math.max(peak[1], m[1]);
					sleepQuietly(1000);
				}
			});
			sampler.start();
			double[] r = wrk(script, photo, auth, connections, wrkSeconds);
			sampling.set(false);
			sampler.join();
			double rate = r[0] / r[1];
			rows.add(new Row("B2", "reports via HTTP API, wrk " + connections + " connections", fmt(rate), "reports/s",
					"B1 " + fmt(b1) + "/s", fmt(rate / b1), "p50 " + fmt(r[2]) + " ms, p95 " + fmt(r[3]) + " ms, "
							+ (long) r[0] + " requests, " + (long) r[4] + " socket errors, " + (long) r[5] + " non-2xx"));
			log("B2 c=" + connections + " " + fmt(rate) + " reports/s");
		}
		rows.add(new Row("B5", "heap used, peak during B2 (-Xmx512m)", mb(peak[0]), "MiB", "idle " + mb(idle[0]) + " MiB",
				fmt((double) peak[0] / Math.max(1, idle[0])), "sampled every second from /actuator/metrics"));
		rows.add(new Row("B5", "RSS of the app process, peak during B2", mb(peak[1]), "MiB", "idle " + mb(idle[1]) + " MiB",
				fmt((double) peak[1] / Math.max(1, idle[1])), "/proc/<pid>/status VmRSS"));
	}

	double[] wrk(Path script, Path photo, String auth, int connections, int seconds) throws Exception {
		Process p = new ProcessBuilder("wrk", "-t", String.valueOf(Math.min(2, connections)), "-c",
				String.valueOf(connections), "-d", seconds + "s", "--timeout", "30s", "-s", script.toString(),
				app.base(), "--", String.valueOf(reach), photo.toAbsolutePath().toString(), auth)
			.redirectErrorStream(true).start();
		StringBuilder out = new StringBuilder();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = r.readLine()) != null;) {
				out.append(line).append('\n');
			}
		}
		p.waitFor(5, TimeUnit.MINUTES);
		Matcher m = WRK.matcher(out);
		if (!m.find()) {
			throw new IllegalStateException("wrk gave no result (is wrk installed? apt-get install -y wrk):\n" + out);
		}
		return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
				Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
				Double.parseDouble(m.group(6)) };
	}

	/** [heap used bytes, RSS bytes] of the app. */
	long[] memory() {
		long heap = 0;
		long rss = 0;
		try {
			HttpResponse<String> r = new HezhangClient("admin").get(app.base(), "/actuator/metrics/jvm.memory.used?tag=area:heap");
			Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(r.body());
			if (m.find()) {
				heap = (long) Double.parseDouble(m.group(1));
			}
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (Exception e) {
			log("memory sample failed: " + e);
		}
		return new long[] { heap, rss };
	}

	// ---- B3: queries at 10k / 100k / 1M cases -----------------------------------------------------------------

	void b3() throws Exception {
		sql.execute("CREATE TABLE bench_county AS SELECT ROW_NUMBER() OVER (ORDER BY code) - 1 AS n, code FROM rg_region WHERE level = 'COUNTY'");
		long counties = sql.count("select count(*) from bench_county");
		List<String> categories = sql.rows("select code from cw_category order by code").stream().map(r -> (String) r.get(0)).toList();
		long unit = ((Number) sql.one("select min(id) from rg_org where kind = 'UNIT'")).longValue();
		Map<Integer, double[]> p95 = new LinkedHashMap<>();
		int seeded = 0;
		for (int level : new int[] { 10_000, 100_000, 1_000_000 }) {
			if (level > maxCases) {
				break;
			}
			Instant t0 = Instant.now();
			seed(seeded, level, counties, categories, unit);
			long seedMillis = Duration.between(t0, Instant.now()).toMillis();
			seeded = level;
			sql.execute("ANALYZE TABLE cw_case, cw_case_step, ACT_RU_TASK, ACT_RU_IDENTITYLINK");
			double[] inbox = latencies("office.saihan", "/api/inbox");
			double[] list = latencies("office.hohhot", "/api/casework/cases?page=0&size=20");
			double[] listFiltered = latencies("office.region", "/api/casework/cases?page=0&size=20&status=RECTIFYING&overdue=true");
			p95.put(level, new double[] { inbox[1], list[1], listFiltered[1] });
			String n = label(level);
			rows.add(new Row("B3", "inbox (office.saihan) at " + n + " cases", fmt(inbox[0]) + " / " + fmt(inbox[1]),
					"ms p50 / p95", "—", "—", "seeded in " + fmt(seedMillis / 1000.0) + " s"));
			rows.add(new Row("B3", "case list, city subtree (office.hohhot) at " + n, fmt(list[0]) + " / " + fmt(list[1]),
					"ms p50 / p95", "—", "—", "page 1, newest first"));
			rows.add(new Row("B3", "case list, region, overdue in rectification at " + n,
					fmt(listFiltered[0]) + " / " + fmt(listFiltered[1]), "ms p50 / p95", "—", "—", "filtered"));
			log("B3 " + n + " inbox p95 " + fmt(inbox[1]) + " list p95 " + fmt(list[1]));
		}
		if (p95.containsKey(10_000) && p95.size() > 1) {
			int top = p95.keySet().stream().max(Integer::compare).orElseThrow();
			String[] names = { "inbox", "case list (city)", "case list (region, filtered)" };
			for (int i = 0; i < names.length; i++) {
				rows.add(new Row("B3", names[i] + ": p95(" + label(top) + ") / p95(10k)", fmt(p95.get(top)[i] / p95.get(10_000)[i]),
						"ratio", "p95 at 10k " + fmt(p95.get(10_000)[i]) + " ms", fmt(p95.get(top)[i] / p95.get(10_000)[i]), ""));
			}
		}
		explain();
	}

	/**
	 * Bulk-seeds cases {@code from+1..to} with MariaDB's sequence engine: spread over the banners/counties and
	 * categories, reported over three years; 2 % still waiting for triage (with a real process instance and its
	 * task), 8 % in rectification, the rest closed; each with its timeline steps.
	 */
	void seed(int from, int to, long counties, List<String> categories, long unit) throws Exception {
		String cats = String.join(",", categories.stream().map(c -> "'" + c + "'").toList());
		for (int start = from; start < to; start += 100_000) {
			int end = Math.min(to, start + 100_000);
			sql.execute(("INSERT INTO cw_case (case_no, source, status, category, severity, reach_id, region_code, "
					+ "handling_region_code, description, lat, lon, reporter_name, unit_org_id, deadline, overdue, "
					+ "reported_at, accepted_at, assigned_at, closed_at, closed_on_time, created_at, updated_at) "
					+ "SELECT CONCAT('BN', LPAD(s.seq, 9, '0')), 'INSPECTOR', "
					+ "CASE WHEN s.seq % 100 < 2 THEN 'REPORTED' WHEN s.seq % 100 < 10 THEN 'RECTIFYING' ELSE 'CLOSED' END, "
					+ "ELT(1 + s.seq % " + categories.size() + ", " + cats + "), 'GENERAL', NULL, c.code, c.code, "
					+ "'批量生成的历史案件', 40 + (s.seq % 1000) / 1000, 110 + (s.seq % 997) / 997, '巡河员', "
					+ "CASE WHEN s.seq % 100 < 2 THEN NULL ELSE " + unit + " END, "
					+ "CASE WHEN s.seq % 100 < 2 THEN NULL ELSE t.at + INTERVAL 14 DAY END, "
					+ "s.seq % 100 BETWEEN 2 AND 4, t.at, t.at + INTERVAL 1 HOUR, t.at + INTERVAL 2 HOUR, "
					+ "CASE WHEN s.seq % 100 >= 10 THEN t.at + INTERVAL 10 DAY END, "
					+ "CASE WHEN s.seq % 100 >= 10 THEN s.seq % 7 <> 0 END, t.at, t.at "
					+ "FROM seq_" + (start + 1) + "_to_" + end + " s JOIN bench_county c ON c.n = s.seq % " + counties)
				.replace("t.at", "(UTC_TIMESTAMP(6) - INTERVAL (s.seq % 1095) DAY - INTERVAL (s.seq % 86400) SECOND)"));
			String range = "case_no BETWEEN 'BN" + pad(start + 1) + "' AND 'BN" + pad(end) + "'";
			sql.execute("INSERT INTO cw_case_step (case_id, action, actor_name, actor_role, at) "
					+ "SELECT id, 'REPORTED', '巡河员', 'INSPECTOR', reported_at FROM cw_case WHERE " + range);
			sql.execute("INSERT INTO cw_case_step (case_id, action, actor_name, actor_role, at) "
					+ "SELECT id, 'ACCEPTED', '河长办', 'OFFICE', accepted_at FROM cw_case WHERE status <> 'REPORTED' AND " + range);
			sql.execute("INSERT INTO cw_case_step (case_id, action, actor_name, actor_role, at) "
					+ "SELECT id, 'ASSIGNED', '河长办', 'OFFICE', assigned_at FROM cw_case WHERE status <> 'REPORTED' AND " + range);
			sql.execute("INSERT INTO cw_case_step (case_id, action, actor_name, actor_role, at) "
					+ "SELECT id, 'CLOSED', '河长办', 'OFFICE', closed_at FROM cw_case WHERE status = 'CLOSED' AND " + range);
			// the open ones waiting for triage get their real process instance and task
			List<List<Object>> open = sql.rows("select id, case_no, handling_region_code from cw_case where status = 'REPORTED' and " + range);
			RuntimeService runtime = engine.getRuntimeService();
			parallel(8, open.size(), i -> {
				List<Object> c = open.get(i);
				runtime.startProcessInstanceByKey("CaseHandlingProcess", (String) c.get(1), Map.of("caseId",
						((Number) c.get(0)).longValue(), "officeGroup", "office:" + c.get(2), "officeDue", new Date()));
			});
			log("seeded " + end + " cases");
		}
	}

	double[] latencies(String user, String path) throws Exception {
		HezhangClient client = new HezhangClient(user);
		for (int i = 0; i < 10; i++) {
			client.get(app.base(), path);
		}
		int n = 100;
		double[] ms = new double[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			HttpResponse<String> r = client.get(app.base(), path);
			ms[i] = (System.nanoTime() - t) / 1e6;
			if (r.statusCode() != 200) {
				throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
			}
		}
		Arrays.sort(ms);
		return new double[] { ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1] };
	}

	/** The plans of the list queries at the largest size, kept beside the table (no full scan of cw_case). */
	void explain() throws IOException {
		StringBuilder out = new StringBuilder();
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("case list, city subtree", "SELECT * FROM cw_case c JOIN rg_region r ON r.code = c.region_code "
				+ "WHERE r.scope_prefix LIKE '1501%' ORDER BY c.reported_at DESC LIMIT 20");
		queries.put("case list, region subtree by prefix", "SELECT * FROM cw_case c WHERE c.region_code LIKE '1501%' "
				+ "ORDER BY c.reported_at DESC LIMIT 20");
		queries.put("overdue in rectification", "SELECT * FROM cw_case c WHERE c.status = 'RECTIFYING' AND c.overdue = true "
				+ "ORDER BY c.reported_at DESC LIMIT 20");
		queries.put("count behind the filtered list (region, overdue in rectification)", "SELECT COUNT(id) FROM cw_case c "
				+ "WHERE c.region_code LIKE '15%' AND c.status = 'RECTIFYING' AND c.overdue = true");
		queries.put("timeline of a case", "SELECT * FROM cw_case_step WHERE case_id = 12345 ORDER BY at");
		for (var q : queries.entrySet()) {
			out.append("## ").append(q.getKey()).append("\n").append(q.getValue()).append("\n");
			for (List<Object> row : sql.rows("EXPLAIN " + q.getValue())) {
				out.append(row).append('\n');
			}
			out.append('\n');
		}
		Files.writeString(OUT.resolve("explain.txt"), out);
	}

	// ---- B4: 10,000 deadlines at once ---------------------------------------------------------------------------

	/**
	 * The timers are created a month ahead (so that creating 10,000 instances may take as long as it takes), then
	 * all moved to one moment in one UPDATE of the job table and of the cases' deadlines: from then on the app's job
	 * executor works as it would at 17:59 on a deadline day.
	 */
	void b4() throws Exception {
		int n = Integer.getInteger("bench.b4", 10_000);
		long unit = ((Number) sql.one("select min(id) from rg_org where kind = 'UNIT'")).longValue();
		Instant far = Instant.now().plus(Duration.ofDays(30));
		sql.execute("INSERT INTO cw_case (case_no, source, status, category, severity, region_code, handling_region_code, "
				+ "description, reporter_name, unit_org_id, deadline, warned, reported_at, accepted_at, assigned_at, "
				+ "created_at, updated_at) SELECT CONCAT('B4', LPAD(seq, 8, '0')), 'INSPECTOR', 'RECTIFYING', "
				+ "(SELECT MIN(code) FROM cw_category), 'GENERAL', '150105', '150105', '同一时刻到期', '巡河员', " + unit
				+ ", '" + java.sql.Timestamp.from(far) + "', true, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), "
				+ "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM seq_1_to_" + n);
		List<List<Object>> cases = sql.rows("select id, case_no from cw_case where case_no like 'B4%'");
		RuntimeService runtime = engine.getRuntimeService();
		Date farDate = Date.from(far);
		Instant t0 = Instant.now();
		parallel(8, cases.size(), i -> {
			Map<String, Object> vars = new HashMap<>();
			vars.put("caseId", ((Number) cases.get(i).get(0)).longValue());
			vars.put("unitGroup", "unit:" + unit);
			vars.put("officeGroup", "office:150105");
			vars.put("deadline", farDate);
			vars.put("warningAt", farDate);
			runtime.createProcessInstanceByKey("CaseHandlingProcess").businessKey((String) cases.get(i).get(1))
				.setVariables(vars).startBeforeActivity("Task_RectifyCase").startBeforeActivity("Gateway_WatchOverdue")
				.execute();
		});
		log("B4: " + n + " cases in rectification created in " + secondsSince(t0) + " s; moving their deadlines to now");
		Instant due = Instant.now().plusSeconds(5);
		java.sql.Timestamp dueTs = java.sql.Timestamp.from(due);
		sql.execute("UPDATE cw_case SET deadline = '" + dueTs + "' WHERE case_no LIKE 'B4%'");
		long moved = sql.update("UPDATE ACT_RU_JOB j JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_ "
				+ "SET j.DUEDATE_ = '" + dueTs + "' WHERE e.BUSINESS_KEY_ LIKE 'B4%' AND j.TYPE_ = 'timer'");
		log("B4: " + moved + " deadline timers due at " + due);
		double caseSeconds = waitUntil(due, () -> sql.count("select count(*) from cw_case where overdue = true and case_no like 'B4%'") >= n);
		long steps = sql.count("select count(*) from cw_case_step s join cw_case c on c.id = s.case_id "
				+ "where c.case_no like 'B4%' and s.action = 'OVERDUE'");

		// the baseline: a timer-only process on the same engine, the same number due at one moment
		engine.getRepositoryService().createDeployment().name("bench-timer-only")
			.addString("BenchTimerOnly.bpmn", TIMER_ONLY).deploy();
		parallel(8, n, i -> runtime.startProcessInstanceByKey("BenchTimerOnly", Map.of("due", farDate)));
		Instant due2 = Instant.now().plusSeconds(5);
		sql.update("UPDATE ACT_RU_JOB SET DUEDATE_ = '"
				+ java.sql.Timestamp.from(due2) + "' WHERE PROCESS_DEF_KEY_ = 'BenchTimerOnly'");
		double timerSeconds = waitUntil(due2,
				() -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("BenchTimerOnly").count() == 0);
		rows.add(new Row("B4", n + " case deadlines at one moment: all flagged overdue", fmt(caseSeconds), "s",
				"timer-only " + fmt(timerSeconds) + " s", fmt(caseSeconds / Math.max(0.001, timerSeconds)),
				"flag + timeline step + CaseOverdue + ladder start + notices per case, by the app's job executor; "
						+ steps + " OVERDUE steps for " + n + " cases"));
		log("B4 cases " + fmt(caseSeconds) + " s, timer-only " + fmt(timerSeconds) + " s");
	}

	static String secondsSince(Instant t0) {
		return fmt(Duration.between(t0, Instant.now()).toMillis() / 1000.0);
	}

	double waitUntil(Instant due, java.util.function.BooleanSupplier done) throws InterruptedException {
		while (Instant.now().isBefore(due)) {
			Thread.sleep(200);
		}
		Instant limit = due.plus(Duration.ofMinutes(30));
		while (!done.getAsBoolean()) {
			if (Instant.now().isAfter(limit)) {
				return -1;
			}
			Thread.sleep(500);
		}
		return Duration.between(due, Instant.now()).toMillis() / 1000.0;
	}

	static final String TIMER_ONLY = """
			<?xml version="1.0" encoding="UTF-8"?>
			<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://hezhang.cn/bench">
			  <bpmn:process id="BenchTimerOnly" name="基准: 仅定时器" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <bpmn:startEvent id="StartEvent_Bench" />
			    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Bench" targetRef="TimerEvent_Due" />
			    <bpmn:intermediateCatchEvent id="TimerEvent_Due">
			      <bpmn:timerEventDefinition><bpmn:timeDate>${due}</bpmn:timeDate></bpmn:timerEventDefinition>
			    </bpmn:intermediateCatchEvent>
			    <bpmn:sequenceFlow id="Flow_2" sourceRef="TimerEvent_Due" targetRef="EndEvent_Bench" />
			    <bpmn:endEvent id="EndEvent_Bench" />
			  </bpmn:process>
			</bpmn:definitions>
			""";

	// ---- output ---------------------------------------------------------------------------------------------------

	void write() throws IOException {
		String cpu = String.valueOf(Runtime.getRuntime().availableProcessors());
		StringBuilder md = new StringBuilder("# Hezhang benchmark, " + Instant.now() + " (" + cpu + " cores, MariaDB "
				+ safeVersion() + ")\n\n| id | measure | value | unit | baseline | ratio | note |\n|---|---|---|---|---|---|---|\n");
		StringBuilder csv = new StringBuilder("id,measure,value,unit,baseline,ratio,note\n");
		for (Row r : rows) {
			md.append("| ").append(String.join(" | ", r.id(), r.measure(), r.value(), r.unit(), r.baseline(), r.ratio(), r.note()))
				.append(" |\n");
			csv.append(String.join(",", List.of(r.id(), r.measure(), r.value(), r.unit(), r.baseline(), r.ratio(), r.note())
				.stream().map(s -> "\"" + s.replace("\"", "\"\"") + "\"").toList())).append('\n');
		}
		Files.writeString(OUT.resolve("results.md"), md);
		Files.writeString(OUT.resolve("results.csv"), csv);
		System.out.println();
		System.out.println(md);
		System.out.println("written to " + OUT.toAbsolutePath().resolve("results.md") + " and results.csv");
	}

	String safeVersion() {
		try {
			return String.valueOf(sql.one("select version()"));
		}
		catch (RuntimeException e) {
			return "?";
		}
	}

	// ---- helpers ---------------------------------------------------------------------------------------------------

	interface Work {
		void run(int i) throws Exception;
	}

	static void parallel(int threads, int n, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicInteger next = new AtomicInteger();
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i; (i = next.getAndIncrement()) < n;) {
					work.run(i);
				}
				return null;
			}));
		}
		pool.shutdown();
		for (var f : futures) {
			f.get();
		}
	}

	static String pad(int n) {
		return String.format("%09d", n);
	}

	static String label(int n) {
		return n >= 1_000_000 ? n / 1_000_000 + "M" : n / 1000 + "k";
	}

	static String fmt(double v) {
		return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
	}

	static String mb(long bytes) {
		return String.valueOf(bytes / (1024 * 1024));
	}

	static void sleepQuietly(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static void log(String s) {
		System.out.println("[bench " + Instant.now() + "] " + s);
	}
}
