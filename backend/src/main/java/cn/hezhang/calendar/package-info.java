/**
 * 工作日历: 法定节假日与调休上班日, 所有期限按工作日计算. The working-day calendar: Monday to Friday, minus the
 * public holidays, plus the make-up working days (调休) of the State Council notices. Every deadline in the
 * system is counted with it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package cn.hezhang.calendar;
