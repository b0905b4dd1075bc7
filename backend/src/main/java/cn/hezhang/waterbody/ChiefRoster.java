package cn.hezhang.waterbody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.Role;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.ConflictException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.RegistryCommands.AppointCommand;
import cn.hezhang.waterbody.RegistryCommands.SucceedCommand;
import cn.hezhang.waterbody.RegistryViews.AppointmentView;
import cn.hezhang.waterbody.domain.ChiefAppointment;
import cn.hezhang.waterbody.domain.ChiefAppointments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chief appointments (河长/湖长 per reach or lake and level) with terms and history, and the roster of a region.
 * A succession ends the old term the day before the new one starts and publishes {@link ChiefReplaced}.
 */
@Service
@Transactional(readOnly = true)
public class ChiefRoster {
	private final ChiefAppointments appointments;
	private final WaterBodies waterBodies;
	private final Reaches reaches;
	private final RegionDirectory regions;
	private final UserDirectory users;
	private final RegistryEditor editor;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ChiefRoster(ChiefAppointments appointments, WaterBodies waterBodies, Reaches reaches, RegionDirectory regions,
			UserDirectory users, RegistryEditor editor, ApplicationEventPublisher events, Clock clock) {
		this.appointments = appointments;
		this.waterBodies = waterBodies;
		this.reaches = reaches;
		this.regions = regions;
		this.users = users;
		this.editor = editor;
		this.events = events;
		this.clock = clock;
	}

	/** The chiefs of a water body, current first, then history. */
	public List<AppointmentView> ofWaterBody(Long waterBodyId, CurrentUser user) {
		editor.visible(waterBodyId, user);
		return views(appointments.findByWaterBodyIdOrderByActiveDescTermStartDescIdDesc(waterBodyId));
	}

	/** The current chiefs of a water body, without a scope check (for other modules' server-side work). */
	public List<AppointmentView> currentChiefs(Long waterBodyId) {
		return views(appointments.findByWaterBodyIdAndActiveTrueOrderByIdAsc(waterBodyId));
	}

	/** The roster of a region subtree: its current chiefs (or all, with history). */
	public List<AppointmentView> roster(String regionCode, boolean withHistory, CurrentUser user) {
		String code = regionCode == null || regionCode.isBlank() ? user.regionCode() : regionCode;
		RegionView region = code == null ? null : regions.find(code).orElse(null);
		if (region == null) {
			if (!user.isAdmin()) {
				throw new NotFoundException("行政区划不存在 / Unknown region " + regionCode);
			}
			return views(appointments.findInRegion("", !withHistory));
		}
		if (!user.isAdmin() && !user.covers(region.code())) {
			throw new NotFoundException("行政区划不存在 / Unknown region " + regionCode);
		}
		return views(appointments.findInRegion(region.scopePrefix(), !withHistory));
	}

	@Transactional
	public AppointmentView appoint(AppointCommand c, CurrentUser user) {
		if (c.waterBodyId() == null) {
			throw new cn.hezhang.shared.InvalidInputException("waterBodyId", "水体必填 / water body is required");
		}
		WaterBody body = editor.visible(c.waterBodyId(), user);
		String regionCode = body.regionCode();
		if (c.reachId() != null) {
			Reach reach = reaches.findById(c.reachId()).filter(r -> r.waterBodyId().equals(body.id()))
				.orElseThrow(() -> new NotFoundException("河段不存在 / Unknown reach " + c.reachId()));
			regionCode = reach.regionCode();
		}
		if (!RegistryScope.canEditRegion(regionCode, user)) {
			throw new NotFoundException("河段不存在 / Unknown reach or water body");
		}
		List<FieldError> errors = person(c.personName(), c.username(), c.termStart(), c.termEnd());
		if (c.role() == null) {
			errors.add(new FieldError("role", "职务必填 / role is required"));
		}
		RegistryEditor.throwIfAny(errors);
		ChiefAppointment saved = appointments.save(new ChiefAppointment(body.id(), c.reachId(), regionCode, c.role(),
				c.personName().trim(), RegistryEditor.blankToNull(c.username()), c.post(), c.officePhone(), c.mobile(),
				c.termStart(), c.termEnd(), null, clock.instant()));
		return views(List.of(saved)).get(0);
	}

	/** A successor takes over; the old chief's open work follows through {@link ChiefReplaced}. */
	@Transactional
	public AppointmentView succeed(Long appointmentId, SucceedCommand c, CurrentUser user) {
		ChiefAppointment old = editable(appointmentId, user);
		if (!old.active()) {
			throw new ConflictException("该任命已结束 / this appointment has already ended");
		}
		List<FieldError> errors = person(c.personName(), c.username(), c.termStart(), c.termEnd());
		if (c.termStart() != null && c.termStart().isBefore(old.termStart())) {
			errors.add(new FieldError("termStart", "接任日期不能早于前任任期开始 / must not precede the predecessor's start"));
		}
		RegistryEditor.throwIfAny(errors);
		old.end(c.termStart().minusDays(1), c.reason() == null || c.reason().isBlank() ? "换届/调整 / succeeded" : c.reason(),
				clock.instant());
		ChiefAppointment successor = appointments.save(new ChiefAppointment(old.waterBodyId(), old.reachId(),
				old.regionCode(), old.role(), c.personName().trim(), RegistryEditor.blankToNull(c.username()), c.post(),
				c.officePhone(), c.mobile(), c.termStart(), c.termEnd(), old.id(), clock.instant()));
		if (old.username() != null && successor.username() != null) {
			events.publishEvent(new ChiefReplaced(old.waterBodyId(), old.id(), successor.id(), old.username(),
					successor.username()));
		}
		return views(List.of(successor)).get(0);
	}

	@Transactional
	public AppointmentView end(Long appointmentId, String reason, CurrentUser user) {
		ChiefAppointment a = editable(appointmentId, user);
		if (!a.active()) {
			throw new ConflictException("该任命已结束 / this appointment has already ended");
		}
		a.end(LocalDate.now(clock.withZone(Times.CHINA)), reason, clock.instant());
		return views(List.of(a)).get(0);
	}

	private ChiefAppointment editable(Long id, CurrentUser user) {
		return appointments.findById(id).filter(a -> RegistryScope.canEditRegion(a.regionCode(), user))
			.orElseThrow(() -> new NotFoundException("任命不存在 / Unknown appointment " + id));
	}

	private List<FieldError> person(String personName, String username, LocalDate start, LocalDate end) {
		List<FieldError> errors = new ArrayList<>();
		if (personName == null || personName.isBlank()) {
			errors.add(new FieldError("personName", "姓名必填 / name is required"));
		}
		if (username != null && !username.isBlank()) {
			Optional<UserDirectory.UserSummary> account = users.findByUsername(username.trim());
			if (account.isEmpty() || account.get().role() != Role.CHIEF) {
				errors.add(new FieldError("username", "不是河长账号 / not a chief's account: " + username));
			}
		}
		if (start == null) {
			errors.add(new FieldError("termStart", "任期开始日期必填 / term start is required"));
		}
		else if (end != null && end.isBefore(start)) {
			errors.add(new FieldError("termEnd", "任期结束不能早于开始 / term end before its start"));
		}
		return errors;
	}

	List<AppointmentView> views(List<ChiefAppointment> list) {
		Map<Long, WaterBody> bodies = new HashMap<>();
		Map<Long, Reach> reachById = new HashMap<>();
		List<AppointmentView> out = new ArrayList<>();
		for (ChiefAppointment a : list) {
			WaterBody b = bodies.computeIfAbsent(a.waterBodyId(), id -> waterBodies.findById(id).orElse(null));
			Reach r = a.reachId() == null ? null
					: reachById.computeIfAbsent(a.reachId(), id -> reaches.findById(id).orElse(null));
			out.add(new AppointmentView(a.id(), a.waterBodyId(), b == null ? null : b.code(), b == null ? null : b.name(),
					a.reachId(), r == null ? null : r.name(), a.regionCode(),
					regions.find(a.regionCode()).map(RegionView::name).orElse(null), a.role(),
					a.role().label(b == null ? WaterBodyType.RIVER : b.type()), a.personName(), a.username(), a.post(),
					a.officePhone(), a.mobile(), a.termStart(), a.termEnd(), a.active(), a.predecessorId(), a.endReason()));
		}
		return out;
	}
}
