package cn.hezhang.media;

import java.io.IOException;
import java.util.Optional;

/** Where the bytes live. Keys are opaque paths chosen by the library. */
public interface MediaStorage {
	void put(String key, byte[] content) throws IOException;

	Optional<byte[]> get(String key) throws IOException;

	void delete(String key) throws IOException;
}
