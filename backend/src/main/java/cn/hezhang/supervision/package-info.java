/**
 * 督办: 超期问题的催办 → 督办 → 挂牌督办/提级, 督办单, 统计看板, 月度考核与台账. Supervision: a case that passes its
 * deadline climbs a ladder counted in working days — an urge notice the unit acknowledges (催办), a numbered
 * supervision notice with a reply deadline issued by the office of the case's level (督办单), then public listing
 * and escalation to the next level's office and chief (挂牌督办) — driven by
 * {@code processes/supervision/SupervisionLadderProcess.bpmn}; closing the case stops it. Read models kept by
 * the events of the case, policy and patrol modules feed the dashboards, the monthly assessment (考核) of leagues
 * and banners and the Excel ledgers (台账). {@link cn.hezhang.supervision.SupervisionQueries} is the public
 * read API (the publicly listed cases for the portal).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision")
package cn.hezhang.supervision;
