package cn.hezhang.notification;

import java.time.Instant;

public record NoticeView(Long id, String title, String body, String link, Instant createdAt, Instant readAt) {
}
