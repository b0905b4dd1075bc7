-- Monthly assessment (考核) of leagues/cities and banners/counties: one row per month and region, kept for
-- comparison; recomputing a month replaces its rows.

CREATE TABLE sv_assessment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    stat_month         VARCHAR(7)    NOT NULL,
    region_code        VARCHAR(12)   NOT NULL,
    region_name        VARCHAR(64)   NOT NULL,
    parent_name        VARCHAR(64),
    region_level       VARCHAR(16)   NOT NULL,
    score              DOUBLE,
    rank_no            INT,
    mark               VARCHAR(8)    NOT NULL,
    on_time_rate       DOUBLE,
    closure_rate       DOUBLE,
    rework_free_rate   DOUBLE,
    patrol_compliance  DOUBLE,
    reported           INT           NOT NULL,
    closed             INT           NOT NULL,
    became_overdue     INT           NOT NULL,
    computed_at        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_sv_assessment_month_region UNIQUE (stat_month, region_code)
) ${table_options};
CREATE INDEX ix_sv_assessment_month_level ON sv_assessment (stat_month, region_level, rank_no);
