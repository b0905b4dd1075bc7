/**
 * 问题交办: 报告 → 受理 → 交办 (限期) → 整改 → 验收 → 销号. The case: a problem reported on a water body is
 * triaged by the county 河长办, assigned to a responsible unit with a deadline counted in working days,
 * rectified, accepted on site and closed, with every step on the timeline. The BPMN process
 * {@code processes/casework/CaseHandlingProcess.bpmn} drives the steps; {@link cn.hezhang.casework.CaseManagement}
 * decides and commits the domain change and the engine step in one transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Case handling")
package cn.hezhang.casework;
