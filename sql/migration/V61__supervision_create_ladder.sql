-- The overdue ladder (催办 → 督办 → 挂牌督办): one row per overdue case, its notices (催办通知, 督办单) with the
-- unit's acknowledgement or reply, and the per office and year numbering of the 督办单.

CREATE TABLE sv_ladder (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id               BIGINT       NOT NULL,
    case_no               VARCHAR(32)  NOT NULL,
    region_code           VARCHAR(12)  NOT NULL,
    handling_region_code  VARCHAR(12)  NOT NULL,
    unit_id               BIGINT,
    category              VARCHAR(32),
    rung                  VARCHAR(16)  NOT NULL,
    deadline              DATETIME(6)  NOT NULL,
    rework_count          INT          NOT NULL,
    started_at            DATETIME(6)  NOT NULL,
    urged_at              DATETIME(6),
    supervise_at          DATETIME(6),
    supervised_at         DATETIME(6),
    list_at               DATETIME(6),
    listed_at             DATETIME(6),
    stopped_at            DATETIME(6),
    process_instance_id   VARCHAR(64),
    version               BIGINT       NOT NULL,
    CONSTRAINT uq_sv_ladder_case UNIQUE (case_id)
) ${table_options};
CREATE INDEX ix_sv_ladder_region ON sv_ladder (region_code, rung);
CREATE INDEX ix_sv_ladder_unit ON sv_ladder (unit_id, rung);

CREATE TABLE sv_notice (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ladder_id             BIGINT        NOT NULL,
    case_id               BIGINT        NOT NULL,
    case_no               VARCHAR(32)   NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    notice_no             VARCHAR(64)   NOT NULL,
    region_code           VARCHAR(12)   NOT NULL,
    issuing_region_code   VARCHAR(12)   NOT NULL,
    unit_id               BIGINT,
    content               VARCHAR(2000) NOT NULL,
    issued_at             DATETIME(6)   NOT NULL,
    due_at                DATETIME(6)   NOT NULL,
    response              VARCHAR(2000),
    responded_at          DATETIME(6),
    responded_by          VARCHAR(64),
    CONSTRAINT uq_sv_notice_no UNIQUE (notice_no),
    CONSTRAINT uq_sv_notice_ladder_kind UNIQUE (ladder_id, kind),
    CONSTRAINT fk_sv_notice_ladder FOREIGN KEY (ladder_id) REFERENCES sv_ladder (id)
) ${table_options};
CREATE INDEX ix_sv_notice_region ON sv_notice (region_code, issued_at);
CREATE INDEX ix_sv_notice_unit ON sv_notice (unit_id, issued_at);

CREATE TABLE sv_notice_seq (
    issuing_region_code   VARCHAR(12)  NOT NULL,
    seq_year              INT          NOT NULL,
    last_no               INT          NOT NULL,
    CONSTRAINT pk_sv_notice_seq PRIMARY KEY (issuing_region_code, seq_year)
) ${table_options};
