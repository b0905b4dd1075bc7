package cn.hezhang.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Hezhang server as production runs it: the packaged jar ({@code target/hezhang.jar}) in its own JVM, on its own
 * port, with its database and media directory from the environment. {@link #kill9()} ends it the hard way.
 */
final class AppNode implements AutoCloseable {
	static final Path JAR = Path.of("target", "hezhang.jar");

	final String name;
	final int port;
	final Path log;
	private final Process process;

	private AppNode(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	static AppNode start(String name, int port, String profiles, String jdbcUrl, Path mediaDir, String... extraArgs)
			throws IOException {
		Path dir = Path.of("target", "scale", name);
		Files.createDirectories(dir);
		Path log = dir.resolve("app.log");
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.timezone=UTC", "-jar",
				JAR.toAbsolutePath().toString(), "--server.port=" + port, "--spring.profiles.active=" + profiles,
				// a dead node's locked jobs become free for the others after this long
				"--camunda.bpm.job-execution.lock-time-in-millis=20000",
				"--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=2000",
				"--logging.level.root=WARN", "--logging.level.cn.hezhang=INFO"));
		command.addAll(List.of(extraArgs));
		ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = pb.environment();
		env.put("HEZHANG_DB_URL", jdbcUrl);
		env.put("HEZHANG_DB_USER", "root");
		env.put("HEZHANG_DB_PASSWORD", "");
		env.put("HEZHANG_MEDIA_DIR", mediaDir.toAbsolutePath().toString());
		env.put("HEZHANG_DB_POOL", "12");
		return new AppNode(name, port, log, pb.start());
	}

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Waits until the readiness probe answers UP; fails at once with the log's tail if the JVM died. */
	AppNode awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant end = Instant.now().plus(timeout);
		while (Instant.now().isBefore(end)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(80));
			}
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + tail(80));
	}

	/** SIGKILL: no shutdown hook, no graceful close of connections, locks or sessions. */
	void kill9() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	long pid() {
		return process.pid();
	}

	boolean alive() {
		return process.isAlive();
	}

	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				process.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}
}
