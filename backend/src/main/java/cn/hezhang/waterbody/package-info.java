/**
 * 河湖水体: 河流、河段、湖泊、水库与城市黑臭水体. The registry of water bodies and their reaches (河段). Every
 * reach lies in one region, whose chief answers for it; cases, patrols, policies and monitoring refer to
 * water bodies and reaches by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Water bodies")
package cn.hezhang.waterbody;
