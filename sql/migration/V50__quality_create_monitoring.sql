-- Water-quality monitoring: sites (断面 on rivers and lakes, 检测点 on black-odorous water bodies), samples and
-- their measured values, each classified on save (GB 3838-2002 class per item and overall, the target check,
-- the black-odorous grade per indicator and per sample). Exceedances opened as cases, once per water body and month.

CREATE TABLE wq_site (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    -- SECTION (断面) or POINT (黑臭水体检测点)
    kind          VARCHAR(16)   NOT NULL,
    water_body_id BIGINT        NOT NULL,
    reach_id      BIGINT,
    region_code   VARCHAR(12)   NOT NULL,
    -- order of a point along the water body (the guide's "consecutive points")
    seq           INT           DEFAULT 0 NOT NULL,
    lat           DECIMAL(10,7),
    lon           DECIMAL(10,7),
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_wq_site_code UNIQUE (code),
    CONSTRAINT fk_wq_site_water_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id)
) ${table_options};
CREATE INDEX ix_wq_site_water_body ON wq_site (water_body_id, seq);
CREATE INDEX ix_wq_site_region ON wq_site (region_code);

CREATE TABLE wq_sample (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    site_id         BIGINT        NOT NULL,
    water_body_id   BIGINT        NOT NULL,
    region_code     VARCHAR(12)   NOT NULL,
    sampled_at      DATETIME(6)   NOT NULL,
    water_depth_cm  DECIMAL(10,2),
    -- GB 3838 overall class (I..V, WORSE_THAN_V), null when no evaluated item was measured
    overall_class   VARCHAR(16),
    target_label    VARCHAR(128),
    -- null: no target to check against
    target_met      BOOLEAN,
    failing_items   VARCHAR(1000),
    -- black-odorous grade of this sample's own data (NONE/LIGHT/HEAVY), null without any of the four indicators
    bo_grade        VARCHAR(8),
    source          VARCHAR(16)   NOT NULL,
    created_by      VARCHAR(64),
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_wq_sample_site FOREIGN KEY (site_id) REFERENCES wq_site (id)
) ${table_options};
CREATE INDEX ix_wq_sample_site ON wq_sample (site_id, sampled_at);
CREATE INDEX ix_wq_sample_body ON wq_sample (water_body_id, sampled_at);
CREATE INDEX ix_wq_sample_region ON wq_sample (region_code, sampled_at);

CREATE TABLE wq_sample_value (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sample_id   BIGINT         NOT NULL,
    item_code   VARCHAR(16)    NOT NULL,
    amount      DECIMAL(20,6)  NOT NULL,
    unit        VARCHAR(16)    NOT NULL,
    -- the GB 3838 class of this value (null where Table 1 has none) and its black-odorous grade (null if not one of the four)
    item_class  VARCHAR(16),
    bo_grade    VARCHAR(8),
    CONSTRAINT fk_wq_sample_value_sample FOREIGN KEY (sample_id) REFERENCES wq_sample (id)
) ${table_options};
CREATE INDEX ix_wq_sample_value_sample ON wq_sample_value (sample_id);

CREATE TABLE wq_exceedance (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id BIGINT        NOT NULL,
    -- the period (Beijing month, yyyy-MM) within which one case is opened at most
    period_code   VARCHAR(16)   NOT NULL,
    sample_id     BIGINT        NOT NULL,
    case_id       BIGINT,
    kind          VARCHAR(16)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uq_wq_exceedance UNIQUE (water_body_id, kind, period_code)
) ${table_options};
CREATE INDEX ix_wq_exceedance_sample ON wq_exceedance (sample_id);
