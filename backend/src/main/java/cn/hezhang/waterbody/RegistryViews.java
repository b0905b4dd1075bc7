package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The registry's read models (facts, targets, chiefs, signboards). */
public final class RegistryViews {
	private RegistryViews() {
	}

	public record SpecialTargetView(String indicator, String comparator, BigDecimal threshold, String measureUnit,
			String locationNote, String description) {
	}

	/** A water body with everything the dossier and the edit form need; {@code editable} for the caller. */
	public record WaterBodyDetail(WaterBodyView body, String regionName, List<SpecialTargetView> specialTargets,
			List<ReachView> reaches, boolean editable) {
	}

	public record AppointmentView(Long id, Long waterBodyId, String waterBodyCode, String waterBodyName, Long reachId,
			String reachName, String regionCode, String regionName, ChiefRole role, String roleLabel, String personName,
			String username, String post, String officePhone, String mobile, LocalDate termStart, LocalDate termEnd,
			boolean active, Long predecessorId, String endReason) {
	}

	/** A chief as a signboard shows him: the mobile only when the board is set to show it. */
	/**
	 * A chief as the public may know him: name, post and role for a water body, the region (and reach) he heads. No
	 * phone, no account: the portal names chiefs as the signboards do and leaves the number to the hotline.
	 */
	public record PublicAppointedChief(Long waterBodyId, Long reachId, ChiefRole role, String personName, String post,
			String regionCode) {
	}

	/** A post a person currently holds (by account): chief of a water body, or of one of its reaches. */
	public record ChiefPost(Long waterBodyId, String waterBodyName, Long reachId, String reachName, ChiefRole role) {
	}

	public record SignboardChief(String roleLabel, String personName, String post, String phone, String reachName) {
	}

	public record SignboardView(Long id, Long waterBodyId, String waterBodyCode, String waterBodyName, Long reachId,
			String reachName, String boardNo, String place, BigDecimal lat, BigDecimal lon, List<SignboardChief> chiefs,
			String duties, String targets, String hotline, String officePhone, boolean showMobile, String publicUrl) {
	}
}
