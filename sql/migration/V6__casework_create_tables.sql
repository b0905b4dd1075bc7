-- The case (问题/案件): report -> triage -> assign -> rectify -> accept -> close, with its timeline.

CREATE TABLE cw_category (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(32)  NOT NULL,
    name_en    VARCHAR(64)  NOT NULL,
    public_use BOOLEAN      DEFAULT TRUE NOT NULL,
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    sort_order INT          DEFAULT 0 NOT NULL
) ${table_options};

INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('OUTFALL', '排污口', 'Illegal outfall', 10);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('GARBAGE', '垃圾', 'Garbage', 20);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('FLOATING_DEBRIS', '漂浮物', 'Floating debris', 30);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('BLACK_ODOROUS', '黑臭水体', 'Black-odorous water', 40);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('SAND_MINING', '非法采砂', 'Illegal sand mining', 50);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('ENCROACHMENT', '侵占河道·违建', 'Encroachment / illegal building', 60);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('ABNORMAL_WATER', '水质异常·死鱼', 'Abnormal water / dead fish', 70);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('FACILITY_DAMAGE', '设施损坏', 'Damaged facility', 80);
INSERT INTO cw_category (code, name_zh, name_en, sort_order) VALUES ('OTHER', '其他', 'Other', 90);

-- Rectification time limit in working days per category and severity (交办整改时限); the office may set
-- any explicit future date instead. Defaults are this project's choice (README, "Deadlines").
CREATE TABLE cw_deadline_rule (
    category     VARCHAR(32) NOT NULL,
    severity     VARCHAR(16) NOT NULL,
    working_days INT         NOT NULL,
    CONSTRAINT pk_cw_deadline_rule PRIMARY KEY (category, severity),
    CONSTRAINT fk_cw_deadline_rule_category FOREIGN KEY (category) REFERENCES cw_category (code)
) ${table_options};

CREATE TABLE cw_case (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_no               VARCHAR(32),
    client_id             VARCHAR(64),
    source                VARCHAR(16)    NOT NULL,
    status                VARCHAR(32)    NOT NULL,
    category              VARCHAR(32)    NOT NULL,
    severity              VARCHAR(16),
    water_body_id         BIGINT,
    reach_id              BIGINT,
    -- where the problem is (the reach's region) and which office handles it now (escalation moves it up)
    region_code           VARCHAR(12)    NOT NULL,
    handling_region_code  VARCHAR(12)    NOT NULL,
    description           VARCHAR(4000)  NOT NULL,
    lat                   DECIMAL(10,7),
    lon                   DECIMAL(10,7),
    address               VARCHAR(255),
    reporter_user_id      BIGINT,
    reporter_name         VARCHAR(64),
    reporter_phone        VARCHAR(32),
    reporter_email        VARCHAR(128),
    unit_org_id           BIGINT,
    requirement           VARCHAR(2000),
    urgency               VARCHAR(16),
    deadline              DATETIME(6),
    warning_at            DATETIME(6),
    warned                BOOLEAN        DEFAULT FALSE NOT NULL,
    overdue               BOOLEAN        DEFAULT FALSE NOT NULL,
    overdue_at            DATETIME(6),
    rework_count          INT            DEFAULT 0 NOT NULL,
    reported_at           DATETIME(6)    NOT NULL,
    accepted_at           DATETIME(6),
    assigned_at           DATETIME(6),
    submitted_at          DATETIME(6),
    closed_at             DATETIME(6),
    closed_on_time        BOOLEAN,
    reject_kind           VARCHAR(16),
    duplicate_of_case_id  BIGINT,
    process_instance_id   VARCHAR(64),
    created_at            DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    version               BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_cw_case_no UNIQUE (case_no),
    CONSTRAINT uq_cw_case_client UNIQUE (client_id),
    CONSTRAINT fk_cw_case_category FOREIGN KEY (category) REFERENCES cw_category (code),
    CONSTRAINT fk_cw_case_region FOREIGN KEY (region_code) REFERENCES rg_region (code),
    CONSTRAINT fk_cw_case_handling_region FOREIGN KEY (handling_region_code) REFERENCES rg_region (code),
    CONSTRAINT fk_cw_case_unit FOREIGN KEY (unit_org_id) REFERENCES rg_org (id)
) ${table_options};
-- the case list within a region subtree, newest first; by status; a unit's cases; overdue sheet
CREATE INDEX ix_cw_case_region_reported ON cw_case (region_code, reported_at);
CREATE INDEX ix_cw_case_status_region ON cw_case (status, region_code);
CREATE INDEX ix_cw_case_unit_reported ON cw_case (unit_org_id, reported_at);
CREATE INDEX ix_cw_case_overdue_region ON cw_case (overdue, region_code);
CREATE INDEX ix_cw_case_water_body ON cw_case (water_body_id, reported_at);
CREATE INDEX ix_cw_case_reported ON cw_case (reported_at);

CREATE TABLE cw_case_step (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    actor_user_id BIGINT,
    actor_name    VARCHAR(64)   NOT NULL,
    actor_role    VARCHAR(16),
    at            DATETIME(6)   NOT NULL,
    opinion       VARCHAR(4000),
    details       VARCHAR(4000),
    public_note   VARCHAR(1000),
    CONSTRAINT fk_cw_case_step_case FOREIGN KEY (case_id) REFERENCES cw_case (id)
) ${table_options};
CREATE INDEX ix_cw_case_step_case ON cw_case_step (case_id, at);

CREATE TABLE cw_case_photo (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    step_id     BIGINT,
    file_id     VARCHAR(36)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    sort_order  INT          DEFAULT 0 NOT NULL,
    CONSTRAINT fk_cw_case_photo_case FOREIGN KEY (case_id) REFERENCES cw_case (id),
    CONSTRAINT fk_cw_case_photo_file FOREIGN KEY (file_id) REFERENCES md_file (id)
) ${table_options};
CREATE INDEX ix_cw_case_photo_case ON cw_case_photo (case_id);

CREATE TABLE cw_extension (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    requested_deadline DATETIME(6)   NOT NULL,
    previous_deadline  DATETIME(6)   NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    requested_by       BIGINT,
    requested_at       DATETIME(6)   NOT NULL,
    decided_by         BIGINT,
    decided_at         DATETIME(6),
    decision_opinion   VARCHAR(2000),
    CONSTRAINT fk_cw_extension_case FOREIGN KEY (case_id) REFERENCES cw_case (id)
) ${table_options};
CREATE INDEX ix_cw_extension_case ON cw_extension (case_id, status);

-- Default time limits: 一般 / 较大 / 重大 in working days (configurable by an admin).
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OUTFALL', 'GENERAL', 10);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OUTFALL', 'MAJOR', 20);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OUTFALL', 'SERIOUS', 30);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('GARBAGE', 'GENERAL', 3);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('GARBAGE', 'MAJOR', 7);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('GARBAGE', 'SERIOUS', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FLOATING_DEBRIS', 'GENERAL', 3);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FLOATING_DEBRIS', 'MAJOR', 7);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FLOATING_DEBRIS', 'SERIOUS', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('BLACK_ODOROUS', 'GENERAL', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('BLACK_ODOROUS', 'MAJOR', 30);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('BLACK_ODOROUS', 'SERIOUS', 60);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('SAND_MINING', 'GENERAL', 5);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('SAND_MINING', 'MAJOR', 10);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('SAND_MINING', 'SERIOUS', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ENCROACHMENT', 'GENERAL', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ENCROACHMENT', 'MAJOR', 30);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ENCROACHMENT', 'SERIOUS', 60);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ABNORMAL_WATER', 'GENERAL', 3);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ABNORMAL_WATER', 'MAJOR', 5);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('ABNORMAL_WATER', 'SERIOUS', 10);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FACILITY_DAMAGE', 'GENERAL', 7);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FACILITY_DAMAGE', 'MAJOR', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('FACILITY_DAMAGE', 'SERIOUS', 30);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OTHER', 'GENERAL', 7);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OTHER', 'MAJOR', 15);
INSERT INTO cw_deadline_rule (category, severity, working_days) VALUES ('OTHER', 'SERIOUS', 30);
