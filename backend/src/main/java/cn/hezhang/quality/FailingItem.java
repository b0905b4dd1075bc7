package cn.hezhang.quality;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An item that misses its target.
 * @param limit the limit it misses: the target class's limit, or the item's own target (e.g. COD ≤ 50);
 * for pH the end of the 6–9 range it lies beyond
 * @param limitSource where {@code limit} comes from
 * @param exceedanceMultiple 超标倍数: (C − limit) / limit for a maximum, (limit − C) / limit for
 * dissolved oxygen (a minimum); exact quotient rounded to 2 decimal places, half up (so a tiny
 * exceedance can read 0.00). Empty for pH, for which no multiple is computed. Note: the national
 * method (环办〔2011〕22号) is recalled to compute no multiple for water temperature, pH and DO and to
 * report multiples against the class Ⅲ limit; here, as the project asks, the multiple is against the
 * limit actually missed, and DO gets its shortfall.
 */
public record FailingItem(Gb3838Item item, BigDecimal value, BigDecimal limit, LimitSource limitSource,
		Optional<BigDecimal> exceedanceMultiple) {

	public enum LimitSource {
		/** The limit of the target's water class for this item and water-body kind. */
		TARGET_CLASS,
		/** An item-level target replacing the class limit (e.g. Hulun COD ≤ 50 mg/L). */
		ITEM_TARGET
	}

	public FailingItem {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(limit, "limit");
		Objects.requireNonNull(limitSource, "limitSource");
		Objects.requireNonNull(exceedanceMultiple, "exceedanceMultiple");
	}
}
