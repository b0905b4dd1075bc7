/** PDF support (a Chinese font) for every module that prints: exposed as the named interface {@code pdf}. */
@org.springframework.modulith.NamedInterface("pdf")
package cn.hezhang.shared.pdf;
