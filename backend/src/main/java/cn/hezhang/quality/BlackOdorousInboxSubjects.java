package cn.hezhang.quality;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import cn.hezhang.inbox.InboxSubjects;
import cn.hezhang.quality.domain.BlackOdorousBodies;
import cn.hezhang.quality.process.LifecycleProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Inbox lines for the lifecycle's tasks: "黑臭水体 · 扎达盖河(…) · 治理中", linking to the body's page. */
@Component
class BlackOdorousInboxSubjects implements InboxSubjects {
	private final BlackOdorousBodies bodies;

	BlackOdorousInboxSubjects(BlackOdorousBodies bodies) {
		this.bodies = bodies;
	}

	@Override
	public String processKey() {
		return LifecycleProcess.PROCESS_KEY;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Subject> describe(Collection<String> businessKeys) {
		Map<String, Subject> out = new HashMap<>();
		for (String key : businessKeys) {
			if (!key.startsWith("BO-")) {
				continue;
			}
			try {
				bodies.findByWaterBodyId(Long.valueOf(key.substring(3))).ifPresent(b -> out.put(key,
						new Subject("黑臭水体 · " + b.name() + " · " + b.status().label(), "/quality/black-odorous/" + b.id())));
			}
			catch (NumberFormatException e) {
				// not ours
			}
		}
		return out;
	}
}
