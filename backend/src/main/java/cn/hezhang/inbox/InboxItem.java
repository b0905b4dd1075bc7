package cn.hezhang.inbox;

import java.time.Instant;

public record InboxItem(String taskId, String taskKey, String name, String processKey, String businessKey,
		String subject, String link, Instant created, Instant due, boolean overdue) {
}
