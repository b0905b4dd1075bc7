package cn.hezhang.shared.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font for Chinese text in generated PDFs (督办单, half-year reports). The JDK has no CJK font, so one is taken
 * from {@code hezhang.pdf.font} (a TTF/OTF/TTC path, ",n" selects a face of a collection) or from the usual
 * Debian locations (packages fonts-noto-cjk or fonts-wqy-zenhei). Without any, PDFs fall back to Helvetica and a
 * warning names the missing package.
 */
@Component
public class PdfFonts {
	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
	static final List<String> SYSTEM_FONTS = List.of(
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
			"/usr/share/fonts/truetype/arphic/uming.ttc,0",
			"/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2");

	private final String configured;
	private final AtomicReference<BaseFont> font = new AtomicReference<>();

	PdfFonts(@Value("${hezhang.pdf.font:}") String configured) {
		this.configured = configured;
	}

	/** The Chinese-capable base font (loaded once). */
	public BaseFont chinese() {
		BaseFont f = font.get();
		if (f == null) {
			f = load();
			font.compareAndSet(null, f);
		}
		return font.get();
	}

	public Font chinese(float size) {
		return new Font(chinese(), size);
	}

	public Font chinese(float size, int style) {
		return new Font(chinese(), size, style);
	}

	/** Whether a real CJK font was found (otherwise Chinese characters would be missing from PDFs). */
	public boolean hasChineseFont() {
		return !BaseFont.HELVETICA.equals(chinese().getPostscriptFontName());
	}

	private BaseFont load() {
		List<String> candidates = new ArrayList<>();
		if (configured != null && !configured.isBlank()) {
			candidates.add(configured.trim());
		}
		candidates.addAll(SYSTEM_FONTS);
		for (String candidate : candidates) {
			String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
			if (!Files.isReadable(Path.of(file))) {
				continue;
			}
			try {
				return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (Exception e) {
				log.warn("cannot use PDF font {}: {}", candidate, e.toString());
			}
		}
		log.warn("no Chinese font for PDFs: install fonts-noto-cjk (or set hezhang.pdf.font); PDFs will lack Chinese text");
		try {
			return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
