package cn.hezhang.notification.web;

import java.util.Map;

import cn.hezhang.notification.NoticeView;
import cn.hezhang.notification.Notifications;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Validated
@Tag(name = "notifications", description = "通知 / in-app notices")
class NotificationController {
	private final Notifications notifications;
	private final CurrentUsers users;

	NotificationController(Notifications notifications, CurrentUsers users) {
		this.notifications = notifications;
		this.users = users;
	}

	@GetMapping
	PageResult<NoticeView> list(@RequestParam(defaultValue = "false") boolean unreadOnly,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int size) {
		return notifications.of(users.current().id(), unreadOnly, page, size);
	}

	@GetMapping("/unread-count")
	Map<String, Long> unread() {
		return Map.of("count", notifications.unread(users.current().id()));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable Long id) {
		notifications.markRead(users.current().id(), id);
		return ResponseEntity.noContent().build();
	}
}
