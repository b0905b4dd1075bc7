package cn.hezhang.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "md_file")
class StoredFile {
	@Id
	private String id;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	@Column(name = "original_name")
	private String originalName;

	@Column(name = "storage_key")
	private String storageKey;

	@Column(name = "thumbnail_key")
	private String thumbnailKey;

	private Integer width;

	private Integer height;

	@Column(name = "uploaded_by")
	private String uploadedBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected StoredFile() {
	}

	StoredFile(String id, String contentType, long sizeBytes, String sha256, String originalName, String storageKey,
			String thumbnailKey, Integer width, Integer height, String uploadedBy, Instant createdAt) {
		this.id = id;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.originalName = originalName;
		this.storageKey = storageKey;
		this.thumbnailKey = thumbnailKey;
		this.width = width;
		this.height = height;
		this.uploadedBy = uploadedBy;
		this.createdAt = createdAt;
	}

	String id() {
		return id;
	}

	String contentType() {
		return contentType;
	}

	String storageKey() {
		return storageKey;
	}

	String thumbnailKey() {
		return thumbnailKey;
	}

	StoredMedia view() {
		return new StoredMedia(id, contentType, sizeBytes, sha256, width, height);
	}
}
