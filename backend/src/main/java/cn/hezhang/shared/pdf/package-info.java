/**
 * PDF support shared by the modules that generate documents (督办单, half-year reports): the Chinese font.
 * Exposed as the named interface {@code shared::pdf} so other modules may use it.
 */
@org.springframework.modulith.NamedInterface("pdf")
package cn.hezhang.shared.pdf;
