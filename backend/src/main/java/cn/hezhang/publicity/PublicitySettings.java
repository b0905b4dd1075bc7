package cn.hezhang.publicity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public portal and Open311 ({@code hezhang.publicity.*}).
 *
 * @param trustedProxies addresses (CIDR) of reverse proxies whose X-Forwarded-For is believed; the client is the
 * right-most address in the chain that is not a trusted proxy. Default: loopback only (a proxy on the same host).
 * @param hashSecret key of the HMAC under which client addresses and device ids are kept for rate limiting (never
 * in clear). Empty: a random key per process — set one when several nodes share the database.
 * @param catalogCacheTtl how long the water bodies and reaches for the map and for "nearest reach" are cached.
 */
@ConfigurationProperties("hezhang.publicity")
public record PublicitySettings(@DefaultValue({ "127.0.0.1/32", "::1/128" }) List<String> trustedProxies,
		@DefaultValue("") String hashSecret, @DefaultValue("PT5M") Duration catalogCacheTtl,
		@DefaultValue Limits limits, @DefaultValue Reports reports, @DefaultValue Open311 open311) {

	/**
	 * Abuse limits. Reports (portal and Open311) are counted in the database over a sliding {@code window}, so
	 * every node of a cluster sees the same count; reads are counted per node and minute.
	 *
	 * @param reportsPerAddress reports per client address and window (generous: mobile networks put many phones
	 * behind one address)
	 * @param reportsPerDevice reports per device (the app's X-Device-Id header, Open311's device_id) and window
	 * @param requestsPerApiKey Open311 POSTs per api_key and window
	 * @param readsPerMinute requests to /api/public/** and /open311/** per client address and minute, per node
	 */
	public record Limits(@DefaultValue("PT1H") Duration window, @DefaultValue("20") int reportsPerAddress,
			@DefaultValue("5") int reportsPerDevice, @DefaultValue("500") int requestsPerApiKey,
			@DefaultValue("600") int readsPerMinute) {
	}

	/**
	 * The report form.
	 *
	 * @param honeypotField a form field hidden from people; a report that fills it is refused and not stored
	 * @param nearbyRadiusMeters "is this the same problem?" shows open cases of the category within this distance
	 * @param maxReachDistanceKm a report without a chosen water body goes to the nearest reach within this distance
	 */
	public record Reports(@DefaultValue("3") int maxPhotos, @DefaultValue("10MB") DataSize maxPhotoSize,
			@DefaultValue("32MB") DataSize maxRequestSize, @DefaultValue("2000") int maxDescriptionLength,
			@DefaultValue("website") String honeypotField, @DefaultValue("100") int nearbyRadiusMeters,
			@DefaultValue("50") double maxReachDistanceKm) {
	}

	/**
	 * The GeoReport v2 endpoint: what discovery says, and the list defaults of the specification.
	 *
	 * @param jurisdictionId the one jurisdiction this endpoint serves; another one answers 404
	 * @param window the longest and the default span of a request list (the specification's 90 days)
	 * @param maxPageSize the most requests in one answer (the specification's 1,000)
	 */
	public record Open311(@DefaultValue("nmg.hezhang.cn") String jurisdictionId,
			@DefaultValue("内蒙古河长制办公室 12369 / Inner Mongolia river-chief office, hotline 12369") String contact,
			@DefaultValue("api_key 由系统管理员在「开放接口密钥」页面为每个第三方应用签发 / an administrator issues one api_key per third-party app") String keyService,
			@DefaultValue("2026-11-29T00:00:00+08:00") String changeset, @DefaultValue("production") String endpointType,
			@DefaultValue("P90D") Duration window, @DefaultValue("1000") int maxPageSize) {
	}
}
