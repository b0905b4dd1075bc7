package cn.hezhang.publicity;

/**
 * Where a public request came from, for the rate limits: the client address (already resolved through trusted
 * proxies) and the device id the app sends (nullable). Neither is stored in clear.
 */
public record Origin(String address, String deviceId) {
}
