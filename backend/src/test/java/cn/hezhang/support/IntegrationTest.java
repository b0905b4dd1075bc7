package cn.hezhang.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real database (H2 by default; MariaDB when the failsafe run sets
 * {@code hezhang.it.database=mariadb}), with the demo data as fixtures, a movable clock and the job executor off.
 * Every integration test class uses exactly this annotation, so the suite starts one application context per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("it")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestSupportConfiguration.class)
@ExtendWith(TestDatabase.RequireDatabase.class)
public @interface IntegrationTest {
}
