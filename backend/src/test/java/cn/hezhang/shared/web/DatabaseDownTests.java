package cn.hezhang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database is away" (503, retry) rather than a bug (500). */
class DatabaseDownTests {

	@Test
	void aFailedRollbackOnAClosedConnectionIsTheDatabaseBeingAway() {
		// what Spring throws when the link dropped mid-transaction and the rollback replaced the first error
		var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed", "08003")));
		assertThat(ProblemDetailsAdvice.isDatabaseDown(rollback)).isTrue();
		// as HikariCP really throws it: no SQLSTATE, under Hibernate's failed rollback
		var real = new JpaSystemException(new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
				new SQLException("Connection is closed")));
		assertThat(ProblemDetailsAdvice.isDatabaseDown(real)).isTrue();
	}

	@Test
	void aLostLinkIsTheDatabaseBeingAway() {
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new RuntimeException(new SQLException("Communications link failure", "08S01"))))
			.isTrue();
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new java.sql.SQLTransientConnectionException("pool timeout"))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new SQLException("Duplicate entry", "23000"))).isFalse();
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new SQLException("no state"))).isFalse();
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new IllegalStateException("bug"))).isFalse();
		assertThat(ProblemDetailsAdvice.isDatabaseDown(new org.hibernate.TransactionException("already committed"))).isFalse();
	}
}
