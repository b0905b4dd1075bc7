package cn.hezhang.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.hezhang.security.UserDirectory;
import cn.hezhang.security.UserDirectory.UserSummary;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification module's public API: send a notice to the members of task groups, read one's own. */
@Service
public class Notifications {
	private final Notices notices;
	private final UserDirectory users;
	private final Deliveries deliveries;
	private final Clock clock;

	Notifications(Notices notices, UserDirectory users, Deliveries deliveries, Clock clock) {
		this.notices = notices;
		this.users = users;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	/**
	 * Notifies every member of the groups once per {@code eventKey}: sending the same key again is a no-op.
	 * Besides the in-app notice, an e-mail and an SMS are queued for recipients with an address when those
	 * channels are on (sent by the delivery job after this transaction commits, each at most once).
	 * Returns how many notices were written.
	 */
	@Transactional
	public int notify(String eventKey, Collection<String> groups, String title, String body, String link) {
		Map<Long, UserSummary> recipients = new LinkedHashMap<>();
		for (String group : groups) {
			users.membersOf(group).forEach(u -> recipients.putIfAbsent(u.id(), u));
		}
		int written = 0;
		for (UserSummary user : recipients.values()) {
			if (!notices.existsByEventKeyAndUserId(eventKey, user.id())) {
				notices.save(new Notice(user.id(), eventKey, title, body, link, clock.instant()));
				written++;
			}
			if (deliveries.emailOn()) {
				deliveries.enqueue(eventKey, user.id(), Deliveries.Channel.EMAIL, user.email(), title, body);
			}
			if (deliveries.smsOn()) {
				deliveries.enqueue(eventKey, user.id(), Deliveries.Channel.SMS, user.phone(), title, body);
			}
		}
		return written;
	}

	@Transactional(readOnly = true)
	public PageResult<NoticeView> of(Long userId, boolean unreadOnly, int page, int size) {
		PageRequest pr = PageRequest.of(page, size);
		return PageResult.of((unreadOnly ? notices.findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId, pr)
				: notices.findByUserIdOrderByCreatedAtDescIdDesc(userId, pr)).map(Notice::view));
	}

	@Transactional(readOnly = true)
	public long unread(Long userId) {
		return notices.countByUserIdAndReadAtIsNull(userId);
	}

	@Transactional
	public void markRead(Long userId, Long noticeId) {
		Notice n = notices.findById(noticeId).filter(x -> x.userId().equals(userId))
			.orElseThrow(() -> new NotFoundException("通知不存在 / no such notice"));
		n.markRead(clock.instant());
	}
}
