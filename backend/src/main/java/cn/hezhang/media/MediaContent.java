package cn.hezhang.media;

public record MediaContent(String contentType, byte[] bytes) {
}
