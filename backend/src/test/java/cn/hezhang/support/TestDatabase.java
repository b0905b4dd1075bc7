package cn.hezhang.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the integration suite at its database. {@code -Dhezhang.it.database=mariadb} runs it on the MariaDB of
 * 127.0.0.1:3306 (root, no password; override with HEZHANG_IT_MARIADB_HOST/PORT/USER/PASSWORD) in a fresh database
 * that is dropped when the run ends, through MySQL Connector/J with the settings of the {@code mysql} profile.
 * Without a reachable server the MariaDB run is skipped with a message — except when {@code CI=true}, where it fails.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
	static final String HOST = env("HEZHANG_IT_MARIADB_HOST", "127.0.0.1");
	static final int PORT = Integer.parseInt(env("HEZHANG_IT_MARIADB_PORT", "3306"));
	static final String USER = env("HEZHANG_IT_MARIADB_USER", "root");
	static final String PASSWORD = env("HEZHANG_IT_MARIADB_PASSWORD", "");
	static final String DATABASE = "hezhang_it_" + Long.toString(System.currentTimeMillis(), 36) + "_"
			+ ProcessHandle.current().pid();

	public static boolean onMariaDb() {
		return "mariadb".equalsIgnoreCase(System.getProperty("hezhang.it.database", "h2"));
	}

	public static String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	/** The shared MariaDB server's URL for a database of the caller's (created on first connect). */
	public static String jdbcUrl(String database) {
		return "jdbc:mysql://" + HOST + ":" + PORT + "/" + database
				+ "?createDatabaseIfNotExist=true&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"
				+ "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!onMariaDb()) {
			return;
		}
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", jdbcUrl());
		props.put("spring.datasource.username", USER);
		props.put("spring.datasource.password", PASSWORD);
		props.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
		props.put("spring.flyway.placeholders.table_options",
				"ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
		props.put("camunda.bpm.database.type", "mysql");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("mariadb-it", props));
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropDatabase));
	}

	static void dropDatabase() {
		dropDatabase(DATABASE);
	}

	public static void dropDatabase(String database) {
		try (Connection c = DriverManager.getConnection("jdbc:mysql://" + HOST + ":" + PORT + "/?useSSL=false&allowPublicKeyRetrieval=true", USER, PASSWORD);
				Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database);
		}
		catch (SQLException e) {
			System.err.println("could not drop " + database + ": " + e.getMessage());
		}
	}

	static boolean reachable() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 2000);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String v = System.getenv(name);
		return v == null || v.isBlank() ? fallback : v;
	}

	/** Skips (locally) or fails (CI=true) the MariaDB run when the server cannot be reached. */
	public static class RequireDatabase implements ExecutionCondition {
		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!onMariaDb()) {
				return ConditionEvaluationResult.enabled("H2 run");
			}
			if (reachable()) {
				return ConditionEvaluationResult.enabled("MariaDB at " + HOST + ":" + PORT);
			}
			String message = "MariaDB at " + HOST + ":" + PORT + " is unreachable: the MariaDB integration suite "
					+ "cannot run (start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + " — CI=true requires it");
			}
			return ConditionEvaluationResult.disabled("SKIPPED: " + message);
		}
	}
}
