/**
 * 用户、角色与数据范围. Users, roles (inspector, chief, office, unit, supervisor, admin), login (session cookie
 * with CSRF for browsers, HTTP Basic for scripts, failed-login throttling) and the data scope: a chief, office,
 * inspector or supervisor sees only its region's subtree, a unit only the cases assigned to it. Task candidate
 * groups ({@code office:150105}, {@code chief:150105}, {@code unit:12}) are derived here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and data scope")
package cn.hezhang.security;
