package cn.hezhang.casework;

import java.util.List;

import cn.hezhang.casework.domain.Categories;
import cn.hezhang.casework.domain.Category;
import cn.hezhang.casework.domain.DeadlineRule;
import cn.hezhang.casework.domain.DeadlineRules;
import cn.hezhang.shared.InvalidInputException;
import cn.hezhang.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managed lists of the case workflow, for admins: issue categories (a category in use is deactivated, never
 * deleted) and the rectification time limits per category × severity (交办整改时限, in working days).
 */
@Service
@Transactional
public class CaseReferenceData {
	static final int MAX_WORKING_DAYS = 250;

	private final Categories categories;
	private final DeadlineRules rules;

	CaseReferenceData(Categories categories, DeadlineRules rules) {
		this.categories = categories;
		this.rules = rules;
	}

	@Transactional(readOnly = true)
	public List<CategoryView> categories() {
		return categories.findAllByOrderBySortOrderAscCodeAsc().stream().map(CaseReferenceData::view).toList();
	}

	/** A new category; its time limits start as 10/20/30 working days until the admin sets them. */
	public CategoryView addCategory(String code, String nameZh, String nameEn, boolean publicUse, int sortOrder) {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw new InvalidInputException("code", "大写字母、数字和下划线, 2–32 位 / upper-case letters, digits and _, 2–32");
		}
		if (categories.existsById(code)) {
			throw new InvalidInputException("code", "类别代码已存在 / code already exists");
		}
		Category c = categories.save(new Category(code, nameZh.trim(), nameEn.trim(), publicUse, sortOrder));
		int[] defaults = { 10, 20, 30 };
		Severity[] severities = Severity.values();
		for (int i = 0; i < severities.length; i++) {
			rules.save(new DeadlineRule(code, severities[i].name(), defaults[i]));
		}
		return view(c);
	}

	public CategoryView updateCategory(String code, String nameZh, String nameEn, boolean publicUse, boolean active,
			int sortOrder) {
		Category c = categories.findById(code).orElseThrow(() -> new NotFoundException("类别不存在 / no such category"));
		c.update(nameZh.trim(), nameEn.trim(), publicUse, active, sortOrder);
		return view(c);
	}

	@Transactional(readOnly = true)
	public List<DeadlineRuleView> deadlineRules() {
		return rules.findAll().stream()
			.map(r -> new DeadlineRuleView(r.category(), Severity.valueOf(r.severity()), r.workingDays()))
			.sorted(java.util.Comparator.comparing(DeadlineRuleView::category).thenComparing(DeadlineRuleView::severity))
			.toList();
	}

	public DeadlineRuleView setDeadline(String category, Severity severity, int workingDays) {
		if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
			throw new InvalidInputException("workingDays", "1–%d 个工作日 / 1 to %d working days".formatted(MAX_WORKING_DAYS, MAX_WORKING_DAYS));
		}
		if (!categories.existsById(category)) {
			throw new NotFoundException("类别不存在 / no such category");
		}
		DeadlineRule rule = rules.findById(new DeadlineRule.Key(category, severity.name()))
			.orElseGet(() -> rules.save(new DeadlineRule(category, severity.name(), workingDays)));
		rule.setWorkingDays(workingDays);
		return new DeadlineRuleView(category, severity, workingDays);
	}

	static CategoryView view(Category c) {
		return new CategoryView(c.code(), c.nameZh(), c.nameEn(), c.publicUse(), c.active(), c.sortOrder());
	}

	public record CategoryView(String code, String nameZh, String nameEn, boolean publicUse, boolean active,
			int sortOrder) {
	}

	public record DeadlineRuleView(String category, Severity severity, int workingDays) {
	}
}
