package cn.hezhang.notification;

import java.util.List;

import cn.hezhang.casework.CaseAssigned;
import cn.hezhang.casework.CaseOverdue;
import cn.hezhang.casework.CaseReported;
import cn.hezhang.casework.DeadlineApproaching;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.shared.Times;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** In-app notices for the case workflow: who must act now hears of it. */
@Component
class CaseNotices {
	private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.CHINA);

	private final Notifications notifications;

	CaseNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(CaseReported e) {
		notifications.notify("case-reported:" + e.caseId() + ":" + e.reportedAt().toEpochMilli(),
				List.of(TaskGroups.office(e.handlingRegionCode())), "新问题待受理 " + e.caseNo(),
				"有新报告的问题等待受理研判。", "/cases/" + e.caseId());
	}

	@ApplicationModuleListener
	void on(CaseAssigned e) {
		notifications.notify("case-assigned:" + e.caseId() + ":" + e.assignedAt().toEpochMilli(),
				List.of(TaskGroups.unit(e.unitId())), "交办整改 " + e.caseNo(),
				"请于 " + AT.format(e.deadline()) + " 前完成整改。", "/cases/" + e.caseId());
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching e) {
		notifications.notify("case-warning:" + e.caseId() + ":" + e.deadline().toEpochMilli(),
				List.of(TaskGroups.unit(e.unitId())), "整改即将到期 " + e.caseNo(),
				"整改期限 " + AT.format(e.deadline()) + " 即将到期。", "/cases/" + e.caseId());
	}

	@ApplicationModuleListener
	void on(CaseOverdue e) {
		notifications.notify("case-overdue:" + e.caseId() + ":" + e.deadline().toEpochMilli(),
				List.of(TaskGroups.unit(e.unitId()), TaskGroups.office(e.handlingRegionCode())), "整改已超期 " + e.caseNo(),
				"整改期限 " + AT.format(e.deadline()) + " 已过, 问题尚未验收通过。", "/cases/" + e.caseId());
	}
}
