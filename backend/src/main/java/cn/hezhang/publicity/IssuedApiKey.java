package cn.hezhang.publicity;

/** A newly issued api_key: {@code key} is shown this once and stored nowhere in clear. */
public record IssuedApiKey(ApiKeyView client, String key) {
}
