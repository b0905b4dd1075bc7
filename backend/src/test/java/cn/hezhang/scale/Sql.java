package cn.hezhang.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC against a node's database, for the test's own checks (what is really stored). */
final class Sql {
	private final String url;

	Sql(String url) {
		this.url = url;
	}

	long count(String sql, Object... args) {
		return ((Number) one(sql, args)).longValue();
	}

	Object one(String sql, Object... args) {
		List<List<Object>> rows = rows(sql, args);
		if (rows.isEmpty()) {
			throw new IllegalStateException("no row: " + sql);
		}
		return rows.get(0).get(0);
	}

	List<List<Object>> rows(String sql, Object... args) {
		try (Connection c = DriverManager.getConnection(url, "root", ""); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				s.setObject(i + 1, args[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				List<List<Object>> out = new ArrayList<>();
				int n = r.getMetaData().getColumnCount();
				while (r.next()) {
					List<Object> row = new ArrayList<>(n);
					for (int i = 1; i <= n; i++) {
						row.add(r.getObject(i));
					}
					out.add(row);
				}
				return out;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	void execute(String sql) {
		try (Connection c = DriverManager.getConnection(url, "root", ""); var s = c.createStatement()) {
			s.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}

	/** Runs one UPDATE/DELETE and answers the rows it changed. */
	long update(String sql) {
		try (Connection c = DriverManager.getConnection(url, "root", ""); var s = c.createStatement()) {
			return s.executeUpdate(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + ": " + e.getMessage(), e);
		}
	}
}
