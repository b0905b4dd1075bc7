/**
 * 信息公开与公众参与: the public portal and the Open311 GeoReport v2 API. Without login, citizens see the water bodies
 * with their chiefs (the signboards), the published black-odorous water bodies and the half-year reports, report a
 * problem (anonymous allowed, abuse-limited) and follow it by its number; third-party apps (WeChat mini-programs,
 * city apps) do the same through {@code /open311/v2} with an api_key an administrator issues. No public answer ever
 * carries a reporter's name, phone or e-mail, or an internal opinion.
 * <p>
 * Public portal and Open311: read models over the other modules' public APIs; reports enter the case workflow's
 * triage with source PUBLIC or OPEN311 through {@link cn.hezhang.casework.CaseManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal and Open311")
package cn.hezhang.publicity;
