package cn.hezhang.notification;

/** Sends one text message; implementations: {@link LoggingSmsGateway} (default) and {@link HttpSmsGateway}. */
public interface SmsGateway {
	void send(String phone, String text);
}
