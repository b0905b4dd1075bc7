/**
 * 照片与文件: photos recognised by their content (JPEG, PNG, WebP), at most 10 MB, with thumbnails, stored
 * behind {@link cn.hezhang.media.MediaStorage} (a local directory by default; an S3-compatible store for a
 * cluster). Files written inside a transaction that rolls back are removed again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package cn.hezhang.media;
