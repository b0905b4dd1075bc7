package cn.hezhang.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.hezhang.shared.AdminLevel;
import cn.hezhang.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The region tree, read once and kept in memory (about 1,100 rows that change by migration only).
 */
@Service
public class RegionDirectory {
	private final Map<String, RegionView> byCode;
	private final Map<String, List<RegionView>> children;

	RegionDirectory(Regions regions) {
		List<RegionView> all = regions.findAll().stream().map(Region::view)
				.sorted(Comparator.comparing(RegionView::code)).toList();
		this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(RegionView::code, Function.identity()));
		this.children = all.stream().filter(r -> r.parentCode() != null)
				.collect(Collectors.groupingBy(RegionView::parentCode));
	}

	public Optional<RegionView> find(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code));
	}

	public RegionView get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("行政区划不存在 / Unknown region: " + code));
	}

	public List<RegionView> children(String code) {
		return children.getOrDefault(code, List.of());
	}

	/** The region and its parents up to the autonomous region, nearest first. */
	public List<RegionView> selfAndAncestors(String code) {
		List<RegionView> chain = new ArrayList<>();
		for (RegionView r = byCode.get(code); r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
			chain.add(r);
		}
		return chain;
	}

	public Optional<RegionView> parent(String code) {
		return find(code).flatMap(r -> find(r.parentCode()));
	}

	/** The nearest region at or above {@code code} with the given level (e.g. the county of a township). */
	public Optional<RegionView> ancestorAt(String code, AdminLevel level) {
		return selfAndAncestors(code).stream().filter(r -> r.level() == level).findFirst();
	}

	/**
	 * The region whose 河长办 handles a problem found in {@code code}: its county (旗县区), or the region itself when
	 * it lies above county level.
	 */
	public RegionView handlingOffice(String code) {
		RegionView region = get(code);
		return ancestorAt(code, AdminLevel.COUNTY).orElse(region);
	}

	public List<RegionView> atLevel(AdminLevel level, String underCode) {
		String prefix = underCode == null ? "" : get(underCode).scopePrefix();
		return byCode.values().stream().filter(r -> r.level() == level && r.code().startsWith(prefix))
				.sorted(Comparator.comparing(RegionView::code)).toList();
	}

	public List<RegionView> all() {
		List<RegionView> list = new ArrayList<>(byCode.values());
		list.sort(Comparator.comparing(RegionView::code));
		return Collections.unmodifiableList(list);
	}
}
