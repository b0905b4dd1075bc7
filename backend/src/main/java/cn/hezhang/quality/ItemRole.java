package cn.hezhang.quality;

/** Whether an item decides the overall class (环办〔2011〕22号). */
public enum ItemRole {
	/** One of the 21 evaluated items (评价指标): its class can be the overall class. */
	EVALUATED,
	/** Water temperature, total nitrogen, fecal coliform (参考指标): reported, never in the overall class. */
	REFERENCE
}
