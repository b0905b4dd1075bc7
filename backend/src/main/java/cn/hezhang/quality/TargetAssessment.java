package cn.hezhang.quality;

import java.util.List;
import java.util.Objects;

/**
 * A sample compared with a water body's {@link Target}.
 * @param failingItems evaluated items beyond their limit, in Table 1 order
 * @param missingItems items that have an item-level target but were not in the sample
 * @param referenceExceedances classed reference items (total nitrogen of a lake or reservoir, fecal
 * coliform) beyond the target class's limit: shown for information, they do not decide
 * {@link #meets()} (环办〔2011〕22号 keeps them out of the class evaluation)
 * @param surfaceArea the area part of the target
 */
public record TargetAssessment(Target target, List<FailingItem> failingItems, List<Gb3838Item> missingItems,
		List<FailingItem> referenceExceedances, SurfaceAreaResult surfaceArea) {

	public TargetAssessment {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(surfaceArea, "surfaceArea");
		failingItems = List.copyOf(failingItems);
		missingItems = List.copyOf(missingItems);
		referenceExceedances = List.copyOf(referenceExceedances);
	}

	/**
	 * The water-quality part is met: no evaluated item beyond its limit and every item with an
	 * item-level target measured. Evaluated items absent from the sample are not judged.
	 */
	public boolean waterQualityMeets() {
		return failingItems.isEmpty() && missingItems.isEmpty();
	}

	/**
	 * The whole target is met: the water-quality part, and the surface-area part if the target has one.
	 * An area part for which no measured area was supplied counts as not met (not known to be met).
	 */
	public boolean meets() {
		return waterQualityMeets() && switch (surfaceArea.status()) {
			case NOT_APPLICABLE, MET -> true;
			case NOT_ASSESSED, NOT_MET -> false;
		};
	}
}
