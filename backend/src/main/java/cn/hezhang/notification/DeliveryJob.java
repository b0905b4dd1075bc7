package cn.hezhang.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the pending e-mail and SMS every {@code hezhang.notification.send-interval} (off with send-job=false). */
@Component
@ConditionalOnProperty(name = "hezhang.notification.send-job", havingValue = "true", matchIfMissing = true)
class DeliveryJob {
	private final Deliveries deliveries;

	DeliveryJob(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Scheduled(fixedDelayString = "${hezhang.notification.send-interval:PT30S}", initialDelayString = "PT20S")
	void run() {
		deliveries.sendPending();
	}
}
