package cn.hezhang.quality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The GB 3838-2002 classes of one sample.
 * @param evaluatedItems the measured items among the 21 evaluated ones, in Table 1 order
 * @param overallClass the worst class among {@code evaluatedItems} (断面水质类别, 环办〔2011〕22号)
 * @param determiningItems the evaluated items whose class is {@code overallClass} (定类项目), in Table 1 order
 * @param referenceItems water temperature, total nitrogen and fecal coliform if measured, in Table 1
 * order: classed where Table 1 allows, never part of the overall class
 */
public record QualityAssessment(WaterBodyKind kind, List<ItemResult> evaluatedItems, WaterClass overallClass,
		List<Gb3838Item> determiningItems, List<ItemResult> referenceItems) {

	public QualityAssessment {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(overallClass, "overallClass");
		evaluatedItems = List.copyOf(evaluatedItems);
		determiningItems = List.copyOf(determiningItems);
		referenceItems = List.copyOf(referenceItems);
	}

	/** The result of {@code item}, evaluated or reference, if it was measured. */
	public Optional<ItemResult> result(Gb3838Item item) {
		return Stream.concat(evaluatedItems.stream(), referenceItems.stream())
			.filter(result -> result.item() == item)
			.findFirst();
	}
}
