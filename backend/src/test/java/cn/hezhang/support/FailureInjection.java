package cn.hezhang.support;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;

/**
 * Makes the transaction that publishes a given event fail, after everything before the event (the domain change
 * and the engine step) has been done inside it: the test then checks that neither survived.
 */
public class FailureInjection {
	private final AtomicReference<Class<?>> failOn = new AtomicReference<>();

	public void failOnNext(Class<?> eventType) {
		failOn.set(eventType);
	}

	public void clear() {
		failOn.set(null);
	}

	@EventListener
	void on(Object event) {
		Class<?> type = failOn.get();
		if (type != null && type.isInstance(event)) {
			failOn.set(null);
			throw new IllegalStateException("injected failure on " + type.getSimpleName());
		}
	}
}
