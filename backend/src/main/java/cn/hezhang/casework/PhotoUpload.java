package cn.hezhang.casework;

/** A photo as received, before it is checked and stored. */
public record PhotoUpload(String originalName, byte[] content) {
}
