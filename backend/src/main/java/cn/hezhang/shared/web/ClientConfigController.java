package cn.hezhang.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the browser app needs before login: the map tile source (none by default: the map draws without tiles). */
@RestController
class ClientConfigController {
	private final ClientConfig config;

	ClientConfigController(@Value("${hezhang.map.tile-url:}") String tileUrl,
			@Value("${hezhang.map.tile-attribution:}") String tileAttribution) {
		this.config = new ClientConfig(blankToNull(tileUrl), blankToNull(tileAttribution));
	}

	@GetMapping("/api/config")
	ClientConfig config() {
		return config;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	record ClientConfig(String tileUrl, String tileAttribution) {
	}
}
