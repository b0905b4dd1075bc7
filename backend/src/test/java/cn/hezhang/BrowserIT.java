package cn.hezhang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import cn.hezhang.support.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the Playwright browser tests (frontend/e2e) in Debian's Chromium against this running application (H2, demo
 * data). Without Chromium or the frontend's npm packages it is skipped with a message — except under CI=true.
 * Screenshots land in frontend/target/e2e.
 */
@IntegrationTest
class BrowserIT {
	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();

	@LocalServerPort
	int port;

	@Test
	void theBrowserTestsPassInChromium() throws Exception {
		require(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM + " (apt-get install -y chromium)");
		require(Files.isDirectory(FRONTEND.resolve("node_modules/@playwright/test")),
				"the frontend's npm packages are missing (run the Maven build from the top, or npm ci in frontend/)");

		// not inheritIO(): the forked test JVM's own stdout carries failsafe's protocol; copy the output line by line
		ProcessBuilder pb = new ProcessBuilder("npm", "run", "e2e").directory(FRONTEND.toFile()).redirectErrorStream(true);
		pb.environment().put("E2E_BASE_URL", "http://localhost:" + port);
		pb.environment().put("E2E_ADMIN_PASSWORD", "Demo#2026");
		// specs that need the demo profile's data skip themselves in the integration context
		pb.environment().put("E2E_CONTEXT", "it");
		Process process = pb.start();
		Thread copier = new Thread(() -> {
			try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
					java.nio.charset.StandardCharsets.UTF_8))) {
				lines.lines().forEach(line -> System.out.println("[e2e] " + line));
			}
			catch (java.io.IOException e) {
				System.out.println("[e2e] output lost: " + e);
			}
		}, "e2e-output");
		copier.start();
		boolean finished = process.waitFor(25, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		copier.join(10_000);
		assertThat(finished).as("browser tests finished within 25 minutes").isTrue();
		assertThat(process.exitValue()).as("npm run e2e exit code (see the Playwright output above; screenshots in "
				+ FRONTEND.resolve("target/e2e") + ")").isZero();
	}

	static void require(boolean condition, String why) {
		if (condition) {
			return;
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("browser tests cannot run: " + why + " — CI=true requires them");
		}
		Assumptions.abort("SKIPPED browser tests: " + why);
	}

}
