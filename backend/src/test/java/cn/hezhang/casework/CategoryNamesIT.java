package cn.hezhang.casework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezhang.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The category labels other modules show (supervision ledgers, the public listing). */
@IntegrationTest
class CategoryNamesIT {
	@Autowired
	CaseQueries queries;

	@Test
	void everyCategoryHasItsChineseNameInTheManagedOrder() {
		var names = queries.categoryNames();
		assertThat(names).containsEntry("OUTFALL", "排污口").containsEntry("GARBAGE", "垃圾").containsEntry("OTHER", "其他");
		assertThat(names.keySet()).startsWith("OUTFALL", "GARBAGE", "FLOATING_DEBRIS");
		assertThat(names.keySet()).containsAll(queries.categories().stream().map(c -> c.code()).toList());
	}
}
