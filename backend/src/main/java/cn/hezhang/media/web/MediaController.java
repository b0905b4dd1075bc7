package cn.hezhang.media.web;

import java.time.Duration;

import cn.hezhang.media.MediaContent;
import cn.hezhang.media.MediaLibrary;
import cn.hezhang.shared.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Photos for logged-in users; ids are random UUIDs handed out only with the records they belong to. */
@RestController
@RequestMapping("/api/media")
@Tag(name = "media", description = "照片 / photos")
class MediaController {
	private final MediaLibrary media;

	MediaController(MediaLibrary media) {
		this.media = media;
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> photo(@PathVariable String id) {
		return answer(media.open(id).orElseThrow(() -> new NotFoundException("照片不存在 / Unknown photo")));
	}

	@GetMapping("/{id}/thumbnail")
	ResponseEntity<byte[]> thumbnail(@PathVariable String id) {
		return answer(media.openThumbnail(id).orElseThrow(() -> new NotFoundException("照片不存在 / Unknown photo")));
	}

	private static ResponseEntity<byte[]> answer(MediaContent content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.bytes());
	}
}
