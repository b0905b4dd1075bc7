-- Public listing (挂牌督办): one row per listed case; delisted_at is set when the case closes (摘牌).

CREATE TABLE sv_listing (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id                   BIGINT       NOT NULL,
    case_no                   VARCHAR(32)  NOT NULL,
    ladder_id                 BIGINT,
    region_code               VARCHAR(12)  NOT NULL,
    water_body_id             BIGINT,
    category                  VARCHAR(32)  NOT NULL,
    reason                    VARCHAR(16)  NOT NULL,
    escalated_to_region_code  VARCHAR(12)  NOT NULL,
    listed_at                 DATETIME(6)  NOT NULL,
    deadline                  DATETIME(6),
    delisted_at               DATETIME(6),
    CONSTRAINT uq_sv_listing_case UNIQUE (case_id)
) ${table_options};
CREATE INDEX ix_sv_listing_public ON sv_listing (delisted_at, listed_at);
