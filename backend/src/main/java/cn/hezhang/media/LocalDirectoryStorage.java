package cn.hezhang.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The default storage: files under {@code hezhang.media.directory}, written atomically. */
@Component
class LocalDirectoryStorage implements MediaStorage {
	private final Path root;

	LocalDirectoryStorage(@Value("${hezhang.media.directory:./data/media}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, byte[] content) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
		Files.write(tmp, content);
		Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	@Override
	public Optional<byte[]> get(String key) throws IOException {
		Path path = resolve(key);
		return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) {
			throw new IllegalArgumentException("bad key");
		}
		return path;
	}
}
