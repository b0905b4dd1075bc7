package cn.hezhang.waterbody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.hezhang.waterbody.RegistryViews.SpecialTargetView;

/** What the registry's editors send. */
public final class RegistryCommands {
	private RegistryCommands() {
	}

	public record WaterBodyCommand(String code, String name, String nameEn, WaterBodyType type, String basin,
			String regionCode, BigDecimal lengthKm, BigDecimal areaKm2, String targetClass, String description,
			List<SpecialTargetView> specialTargets) {
	}

	public record ReachCommand(String code, String name, String regionCode, String startPoint, String endPoint,
			BigDecimal lengthKm, BigDecimal centerLat, BigDecimal centerLon, String geometry) {
	}

	/** A new appointment: of a reach ({@code reachId}) or of the whole water body at its region (no reach). */
	public record AppointCommand(Long waterBodyId, Long reachId, ChiefRole role, String personName, String username,
			String post, String officePhone, String mobile, LocalDate termStart, LocalDate termEnd) {
	}

	/** A successor takes over an appointment from {@code termStart}; the predecessor's term ends the day before. */
	public record SucceedCommand(String personName, String username, String post, String officePhone, String mobile,
			LocalDate termStart, LocalDate termEnd, String reason) {
	}

	public record SignboardCommand(String boardNo, Long reachId, String place, BigDecimal lat, BigDecimal lon,
			String duties, String targets, String hotline, String officePhone, boolean showMobile) {
	}
}
