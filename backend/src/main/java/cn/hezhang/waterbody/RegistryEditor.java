package cn.hezhang.waterbody;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.InvalidInputException.FieldError;
import cn.hezhang.shared.NotFoundException;
import cn.hezhang.waterbody.RegistryCommands.ReachCommand;
import cn.hezhang.waterbody.RegistryCommands.WaterBodyCommand;
import cn.hezhang.waterbody.RegistryViews.SpecialTargetView;
import cn.hezhang.waterbody.RegistryViews.WaterBodyDetail;
import cn.hezhang.waterbody.domain.SpecialTarget;
import cn.hezhang.waterbody.domain.SpecialTargets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and edits water bodies and reaches within the caller's scope: out of scope answers 404 (a record the
 * caller may not edit is, for editing, one he does not know).
 */
@Service
@Transactional(readOnly = true)
public class RegistryEditor {
	private final WaterBodies waterBodies;
	private final Reaches reaches;
	private final SpecialTargets targets;
	private final RegionDirectory regions;
	private final RegistryValidation validation;
	private final WaterbodyCatalog catalog;
	private final Clock clock;

	RegistryEditor(WaterBodies waterBodies, Reaches reaches, SpecialTargets targets, RegionDirectory regions,
			RegistryValidation validation, WaterbodyCatalog catalog, Clock clock) {
		this.waterBodies = waterBodies;
		this.reaches = reaches;
		this.targets = targets;
		this.regions = regions;
		this.validation = validation;
		this.catalog = catalog;
		this.clock = clock;
	}

	static NotFoundException unknownBody(Object id) {
		return new NotFoundException("水体不存在 / Unknown water body " + id);
	}

	/** The water body if the caller may see it. */
	WaterBody visible(Long id, CurrentUser user) {
		WaterBody body = waterBodies.findById(id).orElseThrow(() -> unknownBody(id));
		if (!RegistryScope.canSee(body, reaches.findByWaterBodyIdOrderByCode(id), user)) {
			throw unknownBody(id);
		}
		return body;
	}

	/** Whether the caller may see the water body (for other modules' scope checks). */
	public boolean canSee(Long waterBodyId, CurrentUser user) {
		return waterBodies.findById(waterBodyId)
			.map(b -> RegistryScope.canSee(b, reaches.findByWaterBodyIdOrderByCode(waterBodyId), user))
			.orElse(false);
	}

	public WaterBodyDetail detail(Long id, CurrentUser user) {
		WaterBody body = visible(id, user);
		return new WaterBodyDetail(body.view(), regions.find(body.regionCode()).map(RegionView::name).orElse(null),
				specialTargets(id), catalog.reaches(id), RegistryScope.canEditRegion(body.regionCode(), user));
	}

	public List<SpecialTargetView> specialTargets(Long waterBodyId) {
		return targets.findByWaterBodyIdOrderBySortOrder(waterBodyId).stream()
			.map(t -> new SpecialTargetView(t.indicator(), t.comparator(), t.threshold(), t.measureUnit(),
					t.locationNote(), t.description()))
			.toList();
	}

	@Transactional
	public WaterBodyDetail create(WaterBodyCommand c, CurrentUser user) {
		List<FieldError> errors = new ArrayList<>(validation.waterBody(c, true));
		if (c.code() != null && waterBodies.findByCode(c.code()).isPresent()) {
			errors.add(new FieldError("code", "编码已存在 / code already taken"));
		}
		if (errors.isEmpty() && !RegistryScope.canEditRegion(c.regionCode(), user)) {
			errors.add(new FieldError("regionCode", "只能在本辖区内登记 / outside your jurisdiction"));
		}
		throwIfAny(errors);
		WaterBody body = waterBodies.save(new WaterBody(c.code(), c.name().trim(), c.nameEn(), c.type(), c.basin(),
				c.regionCode(), c.lengthKm(), c.areaKm2(), blankToNull(c.targetClass()), c.description(), clock.instant()));
		replaceTargets(body.id(), c.specialTargets());
		return detail(body.id(), user);
	}

	@Transactional
	public WaterBodyDetail update(Long id, WaterBodyCommand c, CurrentUser user) {
		WaterBody body = visible(id, user);
		if (!RegistryScope.canEditRegion(body.regionCode(), user)) {
			throw unknownBody(id);
		}
		List<FieldError> errors = new ArrayList<>(validation.waterBody(c, false));
		if (errors.isEmpty() && !RegistryScope.canEditRegion(c.regionCode(), user)) {
			errors.add(new FieldError("regionCode", "只能在本辖区内登记 / outside your jurisdiction"));
		}
		throwIfAny(errors);
		body.update(c.name().trim(), c.nameEn(), c.type(), c.basin(), c.regionCode(), c.lengthKm(), c.areaKm2(),
				blankToNull(c.targetClass()), c.description(), clock.instant());
		replaceTargets(id, c.specialTargets());
		return detail(id, user);
	}

	@Transactional
	public ReachView createReach(Long waterBodyId, ReachCommand c, CurrentUser user) {
		visible(waterBodyId, user);
		List<FieldError> errors = new ArrayList<>(validation.reach(c, true));
		if (c.code() != null && reaches.findByCode(c.code()).isPresent()) {
			errors.add(new FieldError("code", "编码已存在 / code already taken"));
		}
		if (errors.isEmpty() && !RegistryScope.canEditRegion(c.regionCode(), user)) {
			errors.add(new FieldError("regionCode", "只能在本辖区内登记 / outside your jurisdiction"));
		}
		throwIfAny(errors);
		Reach saved = reaches.save(new Reach(waterBodyId, c.code(), c.name().trim(), c.regionCode(), c.startPoint(),
				c.endPoint(), c.lengthKm(), c.centerLat(), c.centerLon(), blankToNull(c.geometry()), clock.instant()));
		return catalog.reach(saved.id()).orElseThrow();
	}

	@Transactional
	public ReachView updateReach(Long reachId, ReachCommand c, CurrentUser user) {
		Reach reach = reaches.findById(reachId).filter(r -> RegistryScope.canEditRegion(r.regionCode(), user))
			.orElseThrow(() -> new NotFoundException("河段不存在 / Unknown reach " + reachId));
		List<FieldError> errors = new ArrayList<>(validation.reach(c, false));
		if (errors.isEmpty() && !RegistryScope.canEditRegion(c.regionCode(), user)) {
			errors.add(new FieldError("regionCode", "只能在本辖区内登记 / outside your jurisdiction"));
		}
		throwIfAny(errors);
		reach.update(c.name().trim(), c.regionCode(), c.startPoint(), c.endPoint(), c.lengthKm(), c.centerLat(),
				c.centerLon(), blankToNull(c.geometry()), clock.instant());
		return catalog.reach(reachId).orElseThrow();
	}

	private void replaceTargets(Long waterBodyId, List<SpecialTargetView> list) {
		if (list == null) {
			return;
		}
		targets.deleteByWaterBodyId(waterBodyId);
		targets.flush();
		for (int i = 0; i < list.size(); i++) {
			SpecialTargetView t = list.get(i);
			targets.save(new SpecialTarget(waterBodyId, t.indicator().trim(), t.comparator(), t.threshold(),
					t.measureUnit().trim(), t.locationNote(), t.description(), i));
		}
	}

	static void throwIfAny(List<FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
