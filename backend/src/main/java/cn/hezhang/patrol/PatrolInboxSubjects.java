package cn.hezhang.patrol;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.hezhang.inbox.InboxSubjects;
import cn.hezhang.patrol.process.PatrolDutyEngine;
import org.springframework.stereotype.Component;

/** Inbox lines for patrol duties: "巡河 · 小黑河金河镇段 · 2026-11-21–2026-11-30" linking to the patrol page. */
@Component
class PatrolInboxSubjects implements InboxSubjects {
	private final PatrolQueries queries;

	PatrolInboxSubjects(PatrolQueries queries) {
		this.queries = queries;
	}

	@Override
	public String processKey() {
		return PatrolDutyEngine.PROCESS_KEY;
	}

	@Override
	public Map<String, Subject> describe(Collection<String> businessKeys) {
		Map<String, Subject> out = new HashMap<>();
		queries.dutiesByBusinessKey(businessKeys).forEach((key, d) -> out.put(key, new Subject(
				"巡河 · %s · %s–%s".formatted(d.targetName(), d.periodStart(), d.periodEnd()), "/patrol")));
		return out;
	}
}
