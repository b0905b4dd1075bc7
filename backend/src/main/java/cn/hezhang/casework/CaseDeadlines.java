package cn.hezhang.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.casework.domain.IssueCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deadline timers do. Each call locks the case and checks it, so that a timer job that runs twice (a
 * retry, or a second node after a lock timeout) warns once and flags once: one step, one event.
 */
@Service
public class CaseDeadlines {
	private final IssueCases cases;
	private final CaseTimeline timeline;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseDeadlines(IssueCases cases, CaseTimeline timeline, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void warn(Long caseId) {
		IssueCase c = cases.lockById(caseId).orElse(null);
		Instant now = clock.instant();
		if (c == null || !c.markWarned(now)) {
			return;
		}
		timeline.record(c, StepAction.DEADLINE_WARNING, Actor.SYSTEM, now, null, Map.of("deadline", c.deadline()),
				null, null, null);
		events.publishEvent(new DeadlineApproaching(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(),
				c.unitOrgId(), c.deadline()));
	}

	@Transactional
	public void markOverdue(Long caseId) {
		IssueCase c = cases.lockById(caseId).orElse(null);
		Instant now = clock.instant();
		if (c == null || !c.markOverdue(now)) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("deadline", c.deadline());
		timeline.record(c, StepAction.OVERDUE, Actor.SYSTEM, now, null, details, "已超期", null, null);
		events.publishEvent(new CaseOverdue(c.id(), c.caseNo(), c.regionCode(), c.handlingRegionCode(), c.unitOrgId(),
				c.category(), c.reworkCount(), c.deadline(), now));
	}
}
