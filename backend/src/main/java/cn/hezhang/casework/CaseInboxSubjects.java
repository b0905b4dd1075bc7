package cn.hezhang.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.hezhang.casework.process.CaseProcessVariables;
import cn.hezhang.inbox.InboxSubjects;
import org.springframework.stereotype.Component;

/** Inbox lines for case tasks: "HZ2026-0000012 · 小黑河 · 排污口" linking to the case page. */
@Component
class CaseInboxSubjects implements InboxSubjects {
	private final CaseQueries queries;

	CaseInboxSubjects(CaseQueries queries) {
		this.queries = queries;
	}

	@Override
	public String processKey() {
		return CaseProcessVariables.PROCESS_KEY;
	}

	@Override
	public Map<String, Subject> describe(Collection<String> businessKeys) {
		Map<String, Subject> subjects = new HashMap<>();
		Map<String, String> categoryNames = new HashMap<>();
		queries.categories().forEach(c -> categoryNames.put(c.code(), c.nameZh()));
		queries.summariesByCaseNo(businessKeys).forEach((no, s) -> subjects.put(no, new Subject(
				String.join(" · ", no, s.waterBodyName() == null ? s.regionName() : s.waterBodyName(),
						categoryNames.getOrDefault(s.category(), s.category())),
				"/cases/" + s.id())));
		return subjects;
	}
}
