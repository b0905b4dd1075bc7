package cn.hezhang.region;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.hezhang.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offices (河长办) and responsible units (责任单位). */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {
	private final Organisations organisations;
	private final RegionDirectory regions;
	private final Clock clock;

	OrgDirectory(Organisations organisations, RegionDirectory regions, Clock clock) {
		this.organisations = organisations;
		this.regions = regions;
		this.clock = clock;
	}

	public Optional<OrgView> find(Long id) {
		return id == null ? Optional.empty() : organisations.findById(id).map(Organisation::view);
	}

	public OrgView get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("单位不存在 / Unknown organisation: " + id));
	}

	/** Active units of a region and everything below it. */
	public List<OrgView> unitsUnder(String regionCode) {
		return organisations.findActive(OrgKind.UNIT, regions.get(regionCode).scopePrefix()).stream()
				.map(Organisation::view).toList();
	}

	public cn.hezhang.shared.PageResult<OrgView> search(OrgKind kind, String underRegionCode, int page, int size) {
		String prefix = underRegionCode == null || underRegionCode.isBlank() ? "" : regions.get(underRegionCode).scopePrefix();
		return cn.hezhang.shared.PageResult.of(organisations
			.search(kind, prefix, org.springframework.data.domain.PageRequest.of(page, size)).map(Organisation::view));
	}

	/** A new office or unit; offices exist only at county level and above (河长办). */
	@Transactional
	public OrgView create(OrgKind kind, String name, String regionCode, String phone) {
		RegionView region = regions.find(regionCode).orElseThrow(
				() -> new cn.hezhang.shared.InvalidInputException("regionCode", "行政区划不存在 / unknown region"));
		if (kind == OrgKind.OFFICE && region.level() == cn.hezhang.shared.AdminLevel.TOWNSHIP) {
			throw new cn.hezhang.shared.InvalidInputException("kind", "河长办设在旗县区及以上 / offices exist at county level and above");
		}
		if (organisations.findByRegionCodeAndName(regionCode, name.trim()).isPresent()) {
			throw new cn.hezhang.shared.InvalidInputException("name", "该区划已有同名单位 / this region already has that name");
		}
		return organisations.save(new Organisation(kind, name.trim(), regionCode, phone, clock.instant())).view();
	}

	@Transactional
	public OrgView update(Long id, String name, String phone, boolean active) {
		Organisation o = organisations.findById(id).orElseThrow(() -> new NotFoundException("单位不存在 / no such organisation"));
		o.rename(name.trim(), phone);
		o.setActive(active);
		return o.view();
	}

	@Transactional
	public OrgView ensure(OrgKind kind, String name, String regionCode, String phone) {
		regions.get(regionCode);
		return organisations.findByRegionCodeAndName(regionCode, name)
				.orElseGet(() -> organisations.save(new Organisation(kind, name, regionCode, phone, clock.instant())))
				.view();
	}
}
