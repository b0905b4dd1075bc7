package cn.hezhang.scale;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (its own data directory and port), so that the outage test can stop and start
 * it without touching the shared server on 3306 that other suites and developers use. Needs the mariadb-server
 * package's {@code mariadb-install-db} and {@code mariadbd}, which the machines and CI have.
 */
final class PrivateMariaDb implements AutoCloseable {
	static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
	static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");

	final int port;
	private final Path dir;
	private Process server;

	PrivateMariaDb(int port) {
		this.port = port;
		this.dir = Path.of("target", "scale", "mariadb-" + port).toAbsolutePath();
	}

	static boolean installed() {
		return Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB);
	}

	String jdbcUrl(String database) {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + database
				+ "?createDatabaseIfNotExist=true&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
				+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=3000&socketTimeout=20000";
	}

	PrivateMariaDb install() throws IOException, InterruptedException {
		if (Files.exists(dir)) {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Files.createDirectories(dir);
		Process p = new ProcessBuilder(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
				"--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal", "--skip-test-db")
			.redirectErrorStream(true).redirectOutput(dir.resolve("install.log").toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(dir.resolve("install.log")));
		}
		return this;
	}

	PrivateMariaDb start() throws IOException, InterruptedException {
		server = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
				"--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
				"--pid-file=" + dir.resolve("mysqld.pid"), "--user=" + System.getProperty("user.name"), "--skip-log-bin",
				"--innodb-buffer-pool-size=128M", "--max-connections=200")
			.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
			.start();
		Instant end = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(end)) {
			if (!server.isAlive()) {
				throw new IllegalStateException("mariadbd exited: " + Files.readString(dir.resolve("server.log")));
			}
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return this;
			}
			catch (IOException e) {
				Thread.sleep(300);
			}
		}
		throw new IllegalStateException("mariadbd did not listen on " + port);
	}

	/** A normal shutdown (SIGTERM), as an operator or a crashed host's restart would stop it. */
	void stop() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
				server.waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}
}
