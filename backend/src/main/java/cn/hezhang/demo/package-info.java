/**
 * 演示数据: demo water bodies, offices, units, chiefs at all four levels, inspectors, a supervisor, an admin
 * and cases in several states — loaded once, only when {@code hezhang.demo.enabled=true} (the demo profile).
 * Each module's demo data is a separate seeder in this package, run in order.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package cn.hezhang.demo;
