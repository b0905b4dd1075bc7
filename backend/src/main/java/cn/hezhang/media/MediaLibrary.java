package cn.hezhang.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import cn.hezhang.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores and serves photos. */
@Service
public class MediaLibrary {
	private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);
	private static final int THUMBNAIL_EDGE = 320;
	private static final DateTimeFormatter DAY_DIR = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	private final StoredFiles files;
	private final MediaStorage storage;
	private final Clock clock;
	private final long maxBytes;

	MediaLibrary(StoredFiles files, MediaStorage storage, Clock clock,
			@Value("${hezhang.media.max-bytes:10485760}") long maxBytes) {
		this.files = files;
		this.storage = storage;
		this.clock = clock;
		this.maxBytes = maxBytes;
	}

	/**
	 * Checks and stores a photo. {@code field} names the form field in errors (e.g. {@code photos[2]}). Inside a
	 * transaction, the files are removed again if it rolls back.
	 */
	@Transactional
	public StoredMedia storePhoto(String field, byte[] content, String originalName, String uploadedBy) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field, "文件为空 / empty file");
		}
		if (content.length > maxBytes) {
			throw new InvalidInputException(field, "照片不得超过 %d MB / at most %d MB".formatted(maxBytes >> 20, maxBytes >> 20));
		}
		ImageFormat format = ImageFormat.sniff(content).orElseThrow(() -> new InvalidInputException(field,
				"只接受 JPEG、PNG 或 WebP 照片 / only JPEG, PNG or WebP photos"));
		BufferedImage image = decode(content);
		if (image == null) {
			throw new InvalidInputException(field, "照片已损坏或无法读取 / the photo is damaged or unreadable");
		}
		String id = UUID.randomUUID().toString();
		String dir = DAY_DIR.format(clock.instant());
		String key = dir + "/" + id + "." + format.name().toLowerCase();
		String thumbKey = dir + "/" + id + ".thumb.jpg";
		try {
			storage.put(key, content);
			afterRollbackDelete(key);
			storage.put(thumbKey, thumbnail(image));
			afterRollbackDelete(thumbKey);
		}
		catch (IOException e) {
			throw new UncheckedIOException("storing photo failed", e);
		}
		StoredFile file = new StoredFile(id, format.contentType(), content.length, sha256(content),
				originalName == null ? null : truncate(originalName, 255), key, thumbKey, image.getWidth(),
				image.getHeight(), uploadedBy, clock.instant());
		return files.save(file).view();
	}

	@Transactional(readOnly = true)
	public Optional<StoredMedia> find(String id) {
		return files.findById(id).map(StoredFile::view);
	}

	@Transactional(readOnly = true)
	public Optional<MediaContent> open(String id) {
		return files.findById(id).flatMap(f -> read(f.storageKey()).map(b -> new MediaContent(f.contentType(), b)));
	}

	@Transactional(readOnly = true)
	public Optional<MediaContent> openThumbnail(String id) {
		return files.findById(id).flatMap(f -> read(f.thumbnailKey()).map(b -> new MediaContent("image/jpeg", b)));
	}

	private Optional<byte[]> read(String key) {
		try {
			return key == null ? Optional.empty() : storage.get(key);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void afterRollbackDelete(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					try {
						storage.delete(key);
					}
					catch (IOException e) {
						log.warn("could not remove {} after rollback: {}", key, e.toString());
					}
				}
			}
		});
	}

	private static BufferedImage decode(byte[] content) {
		try {
			return ImageIO.read(new ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static byte[] thumbnail(BufferedImage image) throws IOException {
		double scale = Math.min(1.0, (double) THUMBNAIL_EDGE / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = thumb.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, w, h);
			g.drawImage(image, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(thumb, "jpg", out);
		return out.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max);
	}
}
