package cn.hezhang.supervision;

/** Where a publicly listed case (挂牌督办) stands. */
public enum ListingStatus {
	/** 挂牌督办中: listed and not yet closed. */
	LISTED("挂牌督办中"),
	/** 已摘牌: the case was closed after rectification; the listing is lifted. */
	DELISTED("已摘牌");

	private final String label;

	ListingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
