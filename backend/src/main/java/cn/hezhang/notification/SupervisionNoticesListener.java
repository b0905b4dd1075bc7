package cn.hezhang.notification;

import java.util.ArrayList;
import java.util.List;

import cn.hezhang.security.TaskGroups;
import cn.hezhang.shared.Times;
import cn.hezhang.supervision.CaseListed;
import cn.hezhang.supervision.SupervisionNoticeIssued;
import cn.hezhang.supervision.UrgeIssued;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The ladder's notices reach the unit, the issuing office and, on listing, the next level's office and chief. */
@Component
class SupervisionNoticesListener {
	private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm").withZone(Times.CHINA);

	private final Notifications notifications;

	SupervisionNoticesListener(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(UrgeIssued e) {
		notifications.notify("sv-urge:" + e.noticeId(), unitOr(e.unitId(), e.handlingRegionCode()),
				"催办通知 " + e.caseNo(), "整改期限已过, 请于 " + AT.format(e.dueAt()) + " 前签收催办通知并抓紧整改。",
				"/supervision/notices?caseNo=" + e.caseNo());
	}

	@ApplicationModuleListener
	void on(SupervisionNoticeIssued e) {
		List<String> groups = new ArrayList<>(unitOr(e.unitId(), e.issuingRegionCode()));
		groups.add(TaskGroups.office(e.issuingRegionCode()));
		notifications.notify("sv-notice:" + e.noticeId(), groups, "督办单 " + e.noticeNo(),
				"问题 " + e.caseNo() + " 已下发督办单, 请于 " + AT.format(e.dueAt()) + " 前书面回复整改情况。",
				"/supervision/notices?caseNo=" + e.caseNo());
	}

	@ApplicationModuleListener
	void on(CaseListed e) {
		List<String> groups = new ArrayList<>(unitOr(e.unitId(), e.handlingRegionCode()));
		groups.add(TaskGroups.office(e.handlingRegionCode()));
		groups.add(TaskGroups.office(e.escalatedToRegionCode()));
		groups.add(TaskGroups.chief(e.escalatedToRegionCode()));
		notifications.notify("sv-listed:" + e.caseId(), groups, "挂牌督办 " + e.caseNo(),
				"问题 " + e.caseNo() + ("REWORK".equals(e.reason()) ? " 验收多次不通过" : " 督办后仍未整改")
						+ ", 已挂牌督办并提级至上一级河长办和河长。",
				"/cases/" + e.caseId());
	}

	private static List<String> unitOr(Long unitId, String regionCode) {
		return List.of(unitId == null ? TaskGroups.office(regionCode) : TaskGroups.unit(unitId));
	}
}
