package cn.hezhang.notification;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Posts {@code {"phone","text","signature"}} as JSON to an SMS gateway ({@code hezhang.notification.sms.url}) with
 * a bearer token; a non-2xx answer is a failure (the job retries later).
 */
class HttpSmsGateway implements SmsGateway {
	private final RestClient http;
	private final String signature;

	HttpSmsGateway(RestClient.Builder builder, String url, String token, String signature) {
		this.http = builder.baseUrl(url).defaultHeader("Authorization", "Bearer " + token).build();
		this.signature = signature;
	}

	@Override
	public void send(String phone, String text) {
		http.post().contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("phone", phone, "text", text, "signature", signature)).retrieve().toBodilessEntity();
	}
}
