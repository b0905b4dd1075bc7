package cn.hezhang.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.inbox.InboxSubjects;
import cn.hezhang.policy.domain.Policies;
import cn.hezhang.policy.domain.Policy;
import cn.hezhang.policy.process.PolicyProcessVariables;
import cn.hezhang.waterbody.WaterBodyView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inbox lines for approval tasks: "一河一策 · 小黑河 2021–2025 第1版" linking to the policy page. */
@Component
class PolicyInboxSubjects implements InboxSubjects {
	private final Policies policies;
	private final WaterbodyCatalog catalog;

	PolicyInboxSubjects(Policies policies, WaterbodyCatalog catalog) {
		this.policies = policies;
		this.catalog = catalog;
	}

	@Override
	public String processKey() {
		return PolicyProcessVariables.PROCESS_KEY;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> describe(Collection<String> businessKeys) {
		List<Long> ids = new ArrayList<>();
		for (String key : businessKeys) {
			if (key.startsWith("PL-")) {
				try {
					ids.add(Long.valueOf(key.substring(3)));
				}
				catch (NumberFormatException e) {
					// not ours
				}
			}
		}
		Map<String, Subject> out = new HashMap<>();
		for (Policy p : policies.findByIdIn(ids)) {
			String body = catalog.waterBody(p.waterBodyId()).map(WaterBodyView::name).orElse("?");
			out.put(p.businessKey(), new Subject("一河一策 · %s %d–%d 第%d版".formatted(body, p.periodFrom(), p.periodTo(),
					p.versionNo()), "/policies/" + p.id()));
		}
		return out;
	}
}
