package cn.hezhang.inbox.web;

import java.util.Map;

import cn.hezhang.inbox.InboxItem;
import cn.hezhang.inbox.process.TaskInbox;
import cn.hezhang.security.CurrentUsers;
import cn.hezhang.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inbox")
@Validated
@Tag(name = "inbox", description = "待办 / the user's tasks from every process")
class InboxController {
	private final TaskInbox inbox;
	private final CurrentUsers users;

	InboxController(TaskInbox inbox, CurrentUsers users) {
		this.inbox = inbox;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "My tasks and my groups' tasks, overdue first")
	PageResult<InboxItem> inbox(@RequestParam(required = false) String processKey,
			@RequestParam(defaultValue = "false") boolean overdueOnly, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return inbox.inbox(users.current(), processKey, overdueOnly, q, page, size);
	}

	@GetMapping("/count")
	Map<String, Long> count() {
		return Map.of("count", inbox.count(users.current()));
	}
}
