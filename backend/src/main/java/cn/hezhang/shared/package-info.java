/**
 * 共享内核: 值类型、时间、错误 (RFC 9457 problem details) 与分页. Shared kernel: value types used by every
 * module (administrative level, page results), the application clock (times stored in UTC, business dates in
 * Asia/Shanghai) and the domain exceptions that the web layer turns into problem details naming the field.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package cn.hezhang.shared;
