package cn.hezhang.media;

/** A stored photo: what was recognised and checked. */
public record StoredMedia(String id, String contentType, long sizeBytes, String sha256, Integer width, Integer height) {
}
