package cn.hezhang.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ladder and the assessment, configurable under {@code hezhang.supervision} (README "The supervision ladder").
 * Working days are counted with the calendar. {@code superviseAfterWorkingDays} (N): 督办 this many working days
 * after the missed deadline; {@code listAfterWorkingDays} (M): 挂牌督办 this many working days after 督办;
 * {@code reworkLimit}: a case failing acceptance this many times is listed at once, overdue or not.
 * {@code publicDelistedDays}: how long a closed listed case stays on the public list as 已摘牌.
 */
@ConfigurationProperties("hezhang.supervision")
public record SupervisionSettings(@DefaultValue("3") int superviseAfterWorkingDays,
		@DefaultValue("5") int listAfterWorkingDays, @DefaultValue("3") int reworkLimit,
		@DefaultValue("1") int acknowledgeWorkingDays, @DefaultValue("3") int replyWorkingDays,
		@DefaultValue("2") int instructionWorkingDays, @DefaultValue("30") int publicDelistedDays,
		@DefaultValue Assessment assessment) {

	/**
	 * Weights of the monthly assessment's indicators (normalised over the indicators a region has data for) and the
	 * score below which a region gets a yellow or red mark.
	 */
	public record Assessment(@DefaultValue("0.35") double onTimeWeight, @DefaultValue("0.30") double closureWeight,
			@DefaultValue("0.15") double reworkWeight, @DefaultValue("0.20") double patrolWeight,
			@DefaultValue("80") double yellowBelow, @DefaultValue("60") double redBelow) {
	}
}
