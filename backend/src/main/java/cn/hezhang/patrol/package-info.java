/**
 * 巡河/巡湖: patrol duties per chief or inspector, water body and period (driven by {@code processes/patrol/}),
 * patrols recorded on a phone (track points in batches, findings that may open cases), their effectiveness, and
 * compliance. Publishes {@link cn.hezhang.patrol.PatrolDutyOpened}, {@link cn.hezhang.patrol.PatrolCompleted} and
 * {@link cn.hezhang.patrol.PatrolMissed} for supervision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patrols")
package cn.hezhang.patrol;
