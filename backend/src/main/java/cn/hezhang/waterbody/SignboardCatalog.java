package cn.hezhang.waterbody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.hezhang.security.CurrentUser;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.waterbody.RegistryCommands.SignboardCommand;
import cn.hezhang.waterbody.RegistryViews.SignboardView;
import cn.hezhang.waterbody.domain.Signboard;
import cn.hezhang.waterbody.domain.Signboards;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signboards (公示牌) of a water body: edit within scope, preview, and the QR code to the public page. */
@Service
@Transactional(readOnly = true)
public class SignboardCatalog {
	public static final String DEFAULT_HOTLINE = "12369";

	private final Signboards signboards;
	private final Reaches reaches;
	private final WaterbodyCatalog catalog;
	private final RegistryEditor editor;
	private final Clock clock;

	SignboardCatalog(Signboards signboards, Reaches reaches, WaterbodyCatalog catalog, RegistryEditor editor,
			Clock clock) {
		this.signboards = signboards;
		this.reaches = reaches;
		this.catalog = catalog;
		this.editor = editor;
		this.clock = clock;
	}

	public List<SignboardView> ofWaterBody(Long waterBodyId, CurrentUser user) {
		return catalog.signboardViews(editor.visible(waterBodyId, user));
	}

	public SignboardView get(Long id, CurrentUser user) {
		Signboard s = signboards.findById(id).orElseThrow(() -> unknown(id));
		WaterBody body;
		try {
			body = editor.visible(s.waterBodyId(), user);
		}
		catch (NotFoundException e) {
			throw unknown(id);
		}
		return catalog.signboardView(body, s);
	}

	/** Creates a board, or updates the one with the same number on this water body. */
	@Transactional
	public SignboardView save(Long waterBodyId, SignboardCommand c, CurrentUser user) {
		WaterBody body = editor.visible(waterBodyId, user);
		String region = body.regionCode();
		List<FieldError> errors = new ArrayList<>();
		if (c.reachId() != null) {
			Reach reach = reaches.findById(c.reachId()).filter(r -> r.waterBodyId().equals(waterBodyId)).orElse(null);
			if (reach == null) {
				errors.add(new FieldError("reachId", "河段不属于该水体 / reach is not part of this water body"));
			}
			else {
				region = reach.regionCode();
			}
		}
		if (!RegistryScope.canEditRegion(region, user)) {
			throw RegistryEditor.unknownBody(waterBodyId);
		}
		if (c.boardNo() == null || c.boardNo().isBlank() || c.boardNo().length() > 40) {
			errors.add(new FieldError("boardNo", "编号必填 (最多 40 字) / number is required (max 40)"));
		}
		if (c.place() == null || c.place().isBlank()) {
			errors.add(new FieldError("place", "设置地点必填 / place is required"));
		}
		Signboard existing = c.boardNo() == null ? null : signboards.findByBoardNo(c.boardNo().trim()).orElse(null);
		if (existing != null && !existing.waterBodyId().equals(waterBodyId)) {
			errors.add(new FieldError("boardNo", "编号已被其他水体使用 / number used by another water body"));
		}
		RegistryEditor.throwIfAny(errors);
		Signboard board = existing != null ? existing
				: new Signboard(waterBodyId, c.reachId(), c.boardNo().trim(), clock.instant());
		board.update(c.place().trim(), c.lat(), c.lon(), c.duties(), c.targets(),
				c.hotline() == null || c.hotline().isBlank() ? DEFAULT_HOTLINE : c.hotline().trim(), c.officePhone(),
				c.showMobile(), clock.instant());
		Signboard saved = signboards.save(board);
		return catalog.signboardView(body, saved);
	}

	/** The QR code of a board as PNG: the water body's public page. */
	public byte[] qrPng(Long id, CurrentUser user, int size) {
		return qr(get(id, user).publicUrl(), size);
	}

	public static byte[] qr(String text, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", out);
			return out.toByteArray();
		}
		catch (WriterException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static NotFoundException unknown(Long id) {
		return new NotFoundException("公示牌不存在 / Unknown signboard " + id);
	}
}
