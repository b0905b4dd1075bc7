package cn.hezhang.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.AcceptanceFailed;
import cn.hezhang.casework.CaseAccepted;
import cn.hezhang.casework.CaseClosed;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseRejected;
import cn.hezhang.casework.CaseReported;
import cn.hezhang.patrol.PatrolCompleted;
import cn.hezhang.patrol.PatrolDutyOpened;
import cn.hezhang.patrol.PatrolMissed;
import cn.hezhang.policy.PolicyTaskCompleted;
import cn.hezhang.policy.PolicyTaskOverdue;
import cn.hezhang.shared.Times;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read models of the dashboards and the assessment, kept by events: each event is first appended to
 * {@code sv_event_log} (its key drops a repeat), then applied to {@code sv_case_fact} and the counters of
 * {@code sv_stat} with atomic increments. {@link #rebuild()} empties both and replays the log through the same
 * code, so a rebuild gives the live numbers.
 */
@Service
public class SupervisionStats {
	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(Times.CHINA);
	static final String NO_CATEGORY = "-";
	static final long NO_WATER_BODY = 0L;

	/** The events kept, by the name stored in the log. */
	static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();
	static {
		for (Class<?> c : List.of(CaseReported.class, CaseAccepted.class, CaseRejected.class, CaseOverdue.class,
				AcceptanceFailed.class, CaseClosed.class, PolicyTaskOverdue.class, PolicyTaskCompleted.class,
				PatrolDutyOpened.class, PatrolCompleted.class, PatrolMissed.class)) {
			TYPES.put(c.getSimpleName(), c);
		}
	}

	private final JdbcTemplate jdbc;
	private final ObjectMapper json;
	private final Clock clock;

	SupervisionStats(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Logs and applies an event once; false if its key was seen before. */
	@Transactional
	public boolean record(Object event) {
		String type = event.getClass().getSimpleName();
		if (!TYPES.containsKey(type)) {
			throw new IllegalArgumentException("not a kept event: " + type);
		}
		Long caseId = caseIdOf(event);
		if (caseId != null) {
			lockCase(caseId);
		}
		String payload;
		try {
			payload = json.writeValueAsString(event);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
		try {
			jdbc.update("INSERT INTO sv_event_log (event_type, event_key, payload, recorded_at) VALUES (?, ?, ?, ?)", type,
					key(event), payload, Timestamp.from(clock.instant()));
		}
		catch (DuplicateKeyException seen) {
			return false;
		}
		apply(event);
		return true;
	}

	/**
	 * Serialises the events of one case (they arrive concurrently after commit): the lock is taken before the log
	 * row is written, so the log's order is the order in which they were applied, and a replay sees the same facts.
	 */
	private void lockCase(Long caseId) {
		try {
			jdbc.update("INSERT INTO sv_case_lock (case_id) VALUES (?)", caseId);
		}
		catch (DuplicateKeyException exists) {
			// another event of the case made it first
		}
		jdbc.queryForList("SELECT case_id FROM sv_case_lock WHERE case_id = ? FOR UPDATE", caseId);
	}

	static Long caseIdOf(Object e) {
		if (e instanceof CaseReported r) {
			return r.caseId();
		}
		if (e instanceof CaseAccepted a) {
			return a.caseId();
		}
		if (e instanceof CaseRejected r) {
			return r.caseId();
		}
		if (e instanceof CaseOverdue o) {
			return o.caseId();
		}
		if (e instanceof AcceptanceFailed f) {
			return f.caseId();
		}
		if (e instanceof CaseClosed c) {
			return c.caseId();
		}
		return null;
	}

	/** Empties the read models and replays the event log in order. Returns the number of events replayed. */
	@Transactional
	public int rebuild() {
		jdbc.update("DELETE FROM sv_stat");
		jdbc.update("DELETE FROM sv_case_fact");
		long after = 0;
		int replayed = 0;
		while (true) {
			List<Map<String, Object>> batch = jdbc.queryForList(
					"SELECT id, event_type, payload FROM sv_event_log WHERE id > ? ORDER BY id LIMIT 1000", after);
			if (batch.isEmpty()) {
				return replayed;
			}
			for (Map<String, Object> row : batch) {
				after = ((Number) row.get("id")).longValue();
				try {
					apply(json.readValue((String) row.get("payload"), TYPES.get((String) row.get("event_type"))));
				}
				catch (JsonProcessingException e) {
					throw new IllegalStateException("unreadable event " + after, e);
				}
				replayed++;
			}
		}
	}

	/** The idempotency key of an event: its type and what makes it unique. */
	static String key(Object e) {
		if (e instanceof CaseReported r) {
			return "CaseReported:" + r.caseId();
		}
		if (e instanceof CaseAccepted a) {
			return "CaseAccepted:" + a.caseId() + ":" + a.acceptedAt().toEpochMilli();
		}
		if (e instanceof CaseRejected r) {
			return "CaseRejected:" + r.caseId();
		}
		if (e instanceof CaseOverdue o) {
			return "CaseOverdue:" + o.caseId();
		}
		if (e instanceof AcceptanceFailed f) {
			return "AcceptanceFailed:" + f.caseId() + ":" + f.reworkCount();
		}
		if (e instanceof CaseClosed c) {
			return "CaseClosed:" + c.caseId();
		}
		if (e instanceof PolicyTaskOverdue p) {
			return "PolicyTaskOverdue:" + p.taskId();
		}
		if (e instanceof PolicyTaskCompleted p) {
			return "PolicyTaskCompleted:" + p.taskId();
		}
		if (e instanceof PatrolDutyOpened p) {
			return "PatrolDutyOpened:" + p.dutyId();
		}
		if (e instanceof PatrolCompleted p) {
			return "PatrolCompleted:" + p.dutyId();
		}
		if (e instanceof PatrolMissed p) {
			return "PatrolMissed:" + p.dutyId();
		}
		throw new IllegalArgumentException(e.getClass().getName());
	}

	void apply(Object event) {
		if (event instanceof CaseReported r) {
			long body = r.waterBodyId() == null ? NO_WATER_BODY : r.waterBodyId();
			String category = r.category() == null ? NO_CATEGORY : r.category();
			jdbc.update("DELETE FROM sv_case_fact WHERE case_id = ?", r.caseId());
			jdbc.update("INSERT INTO sv_case_fact (case_id, case_no, region_code, category, water_body_id, state, overdue, "
					+ "rework_count, reported_at) VALUES (?, ?, ?, ?, ?, 'OPEN', FALSE, 0, ?)", r.caseId(), r.caseNo(),
					r.regionCode(), category, body, ts(r.reportedAt()));
			add(r.regionCode(), month(r.reportedAt()), category, body, "reported", 1);
		}
		else if (event instanceof CaseAccepted a) {
			jdbc.update("UPDATE sv_case_fact SET category = ? WHERE case_id = ?", a.category(),
				a.caseId());
		}
		else if (event instanceof CaseRejected r) {
			Fact f = fact(r.caseId(), r.regionCode(), null);
			jdbc.update("UPDATE sv_case_fact SET state = 'REJECTED' WHERE case_id = ?", r.caseId());
			add(f.region, month(r.rejectedAt()), f.category, f.body, "rejected", 1);
		}
		else if (event instanceof CaseOverdue o) {
			Fact f = fact(o.caseId(), o.regionCode(), o.category());
			jdbc.update("UPDATE sv_case_fact SET overdue = TRUE, deadline = ? WHERE case_id = ?", ts(o.deadline()),
					o.caseId());
			add(f.region, month(o.overdueAt() == null ? o.deadline() : o.overdueAt()), f.category, f.body,
					"became_overdue", 1);
		}
		else if (event instanceof AcceptanceFailed a) {
			Fact f = fact(a.caseId(), a.regionCode(), null);
			jdbc.update("UPDATE sv_case_fact SET rework_count = GREATEST(rework_count, ?) WHERE case_id = ?",
					a.reworkCount(), a.caseId());
			add(f.region, month(a.at()), f.category, f.body, "reworks", 1);
		}
		else if (event instanceof CaseClosed c) {
			Fact f = fact(c.caseId(), c.regionCode(), c.category());
			jdbc.update("UPDATE sv_case_fact SET state = 'CLOSED', closed_at = ?, on_time = ?, rework_count = ? "
					+ "WHERE case_id = ?", ts(c.closedAt()), c.onTime(), c.reworkCount(), c.caseId());
			String m = month(c.closedAt());
			add(f.region, m, f.category, f.body, "closed", 1);
			if (c.onTime()) {
				add(f.region, m, f.category, f.body, "closed_on_time", 1);
			}
			if (c.reworkCount() > 0) {
				add(f.region, m, f.category, f.body, "closed_reworked", 1);
			}
			if (c.reportedAt() != null) {
				add(f.region, m, f.category, f.body, "handling_seconds",
						Math.max(0, Duration.between(c.reportedAt(), c.closedAt()).toSeconds()));
			}
		}
		else if (event instanceof PolicyTaskOverdue p) {
			add(p.regionCode(), month(p.overdueAt()), NO_CATEGORY, body(p.waterBodyId()),
				"policy_overdue", 1);
		}
		else if (event instanceof PolicyTaskCompleted p) {
			String m = month(p.completedAt());
			add(p.regionCode(), m, NO_CATEGORY, body(p.waterBodyId()), "policy_done", 1);
			if (p.onTime()) {
				add(p.regionCode(), m, NO_CATEGORY, body(p.waterBodyId()), "policy_done_on_time", 1);
			}
		}
		else if (event instanceof PatrolDutyOpened p) {
			add(p.regionCode(), p.periodEnd().toString().substring(0, 7), NO_CATEGORY,
				body(p.waterBodyId()), "patrol_due", 1);
		}
		else if (event instanceof PatrolCompleted p) {
			add(p.regionCode(), p.periodEnd().toString().substring(0, 7), NO_CATEGORY,
				body(p.waterBodyId()), "patrol_done", 1);
		}
		else if (event instanceof PatrolMissed p) {
			add(p.regionCode(), p.periodEnd().toString().substring(0, 7), NO_CATEGORY,
				body(p.waterBodyId()), "patrol_missed", 1);
		}
		else {
			throw new IllegalArgumentException(event.getClass().getName());
		}
	}

	private record Fact(String region, String category, long body) {
	}

	/** Where a case's counters go: its fact row, or the event's own fields when the report was never seen. */
	private Fact fact(Long caseId, String regionCode, String category) {
		List<Fact> found = jdbc.query("SELECT region_code, category, water_body_id FROM sv_case_fact WHERE case_id = ?",
				(rs, i) -> new Fact(rs.getString(1), rs.getString(2), rs.getLong(3)), caseId);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		return new Fact(regionCode, category == null ? NO_CATEGORY : category, NO_WATER_BODY);
	}

	private static long body(Long waterBodyId) {
		return waterBodyId == null ? NO_WATER_BODY : waterBodyId;
	}

	static String month(Instant at) {
		return MONTH.format(at);
	}

	private static Timestamp ts(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	/** counter += by, creating the cell when it does not exist yet (a concurrent creator is retried). */
	private void add(String region, String month, String category, long body, String counter, long by) {
		String update = "UPDATE sv_stat SET " + counter + " = " + counter
				+ " + ? WHERE region_code = ? AND stat_month = ? AND category = ? AND water_body_id = ?";
		if (jdbc.update(update, by, region, month, category, body) > 0) {
			return;
		}
		try {
			jdbc.update("INSERT INTO sv_stat (region_code, stat_month, category, water_body_id, " + counter
					+ ") VALUES (?, ?, ?, ?, ?)", region, month, category, body, by);
		}
		catch (DuplicateKeyException raced) {
			jdbc.update(update, by, region, month, category, body);
		}
	}
}
