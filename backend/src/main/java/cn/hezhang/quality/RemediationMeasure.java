package cn.hezhang.quality;

/** The measures of a remediation plan (《城市黑臭水体整治工作指南》 chapter 4: 控源截污、内源治理、生态修复、活水保质 …). */
public enum RemediationMeasure {
	SOURCE_CONTROL("控源截污"), DREDGING("内源治理/清淤疏浚"), GARBAGE_CLEANUP("垃圾清理"), ECOLOGICAL_RESTORATION("生态修复"),
	WATER_REPLENISHMENT("活水保质");

	private final String label;

	RemediationMeasure(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
