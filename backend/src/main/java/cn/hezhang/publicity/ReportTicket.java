package cn.hezhang.publicity;

/** The tracking number of a public report; {@code created} false: the client id was seen before (a resend). */
public record ReportTicket(String caseNo, boolean created) {
}
