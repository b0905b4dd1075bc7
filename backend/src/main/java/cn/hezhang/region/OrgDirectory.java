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

	@Transactional
	public OrgView ensure(OrgKind kind, String name, String regionCode, String phone) {
		regions.get(regionCode);
		return organisations.findByRegionCodeAndName(regionCode, name)
				.orElseGet(() -> organisations.save(new Organisation(kind, name, regionCode, phone, clock.instant())))
				.view();
	}
}
