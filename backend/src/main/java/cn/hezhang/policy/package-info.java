/**
 * 一河（湖）一策: the policy of a water body for a period (e.g. 2021–2025) with the five lists of the MWR guide
 * (problems, goals, tasks, measures, responsibilities), its versions (draft → in approval → approved →
 * superseded), its approval through {@code processes/policy/} and the progress of its tasks. A task past its
 * deadline publishes {@link cn.hezhang.policy.PolicyTaskOverdue} for supervision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "One river, one policy")
package cn.hezhang.policy;
