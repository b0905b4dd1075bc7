package cn.hezhang.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hezhang.casework.domain.CasePhoto;
import cn.hezhang.casework.domain.CasePhotos;
import cn.hezhang.casework.domain.CaseStep;
import cn.hezhang.casework.domain.CaseSteps;
import cn.hezhang.casework.domain.IssueCase;
import cn.hezhang.media.MediaLibrary;
import cn.hezhang.media.StoredMedia;
import cn.hezhang.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Writes the timeline: a step with its opinion, structured details and photos. */
@Component
class CaseTimeline {
	private final CaseSteps steps;
	private final CasePhotos photos;
	private final MediaLibrary media;
	private final ObjectMapper json;

	CaseTimeline(CaseSteps steps, CasePhotos photos, MediaLibrary media, ObjectMapper json) {
		this.steps = steps;
		this.photos = photos;
		this.media = media;
		this.json = json;
	}

	/** Checks the number of photos before anything is stored (400 naming {@code photos}). */
	static void requirePhotos(List<PhotoUpload> uploads, int min, int max) {
		int n = uploads == null ? 0 : uploads.size();
		if (n < min || n > max) {
			throw new InvalidInputException("photos", min == 0 ? "最多 %d 张照片 / at most %d photos".formatted(max, max)
					: "需要 %d–%d 张照片 / %d to %d photos required".formatted(min, max, min, max));
		}
	}

	CaseStep record(IssueCase c, StepAction action, Actor actor, Instant at, String opinion, Map<String, ?> details,
			String publicNote, List<PhotoUpload> uploads, PhotoKind kind) {
		CaseStep step = steps.save(new CaseStep(c.id(), action, actor.userId(), actor.name(), actor.role(), at,
				blankToNull(opinion), details == null || details.isEmpty() ? null : toJson(details), publicNote));
		if (uploads != null) {
			List<StoredMedia> stored = new ArrayList<>();
			for (int i = 0; i < uploads.size(); i++) {
				PhotoUpload u = uploads.get(i);
				stored.add(media.storePhoto("photos[" + i + "]", u.content(), u.originalName(), actor.name()));
			}
			for (int i = 0; i < stored.size(); i++) {
				photos.save(new CasePhoto(c.id(), step.id(), stored.get(i).id(), kind, i));
			}
		}
		return step;
	}

	private String toJson(Map<String, ?> details) {
		try {
			return json.writeValueAsString(details);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
