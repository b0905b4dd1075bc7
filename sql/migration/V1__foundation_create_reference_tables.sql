-- Regions (GB/T 2260 tree), organisations (河长办 offices and 责任单位 units), users and the working-day calendar.
-- ${table_options} is empty on H2 and "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ..." on MySQL (see application-mysql.yml).

CREATE TABLE rg_region (
    code         VARCHAR(12)  NOT NULL PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    level        VARCHAR(16)  NOT NULL,
    parent_code  VARCHAR(12),
    -- the significant digits every code below this region starts with (15, 1501, 150105, 150105104)
    scope_prefix VARCHAR(12)  NOT NULL
) ${table_options};
CREATE INDEX ix_rg_region_parent ON rg_region (parent_code);
CREATE INDEX ix_rg_region_level_prefix ON rg_region (level, scope_prefix);

CREATE TABLE rg_org (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    name        VARCHAR(128) NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    phone       VARCHAR(32),
    active      BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT fk_rg_org_region FOREIGN KEY (region_code) REFERENCES rg_region (code),
    CONSTRAINT uq_rg_org_name UNIQUE (region_code, name)
) ${table_options};
CREATE INDEX ix_rg_org_kind_region ON rg_org (kind, region_code);

CREATE TABLE sec_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    display_name    VARCHAR(64)  NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    region_code     VARCHAR(12),
    org_id          BIGINT,
    post            VARCHAR(64),
    phone           VARCHAR(32),
    email           VARCHAR(128),
    enabled         BOOLEAN      DEFAULT TRUE NOT NULL,
    failed_attempts INT          DEFAULT 0 NOT NULL,
    locked_until    DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_sec_user_username UNIQUE (username),
    CONSTRAINT fk_sec_user_region FOREIGN KEY (region_code) REFERENCES rg_region (code),
    CONSTRAINT fk_sec_user_org FOREIGN KEY (org_id) REFERENCES rg_org (id)
) ${table_options};
CREATE INDEX ix_sec_user_role_region ON sec_user (role, region_code);
CREATE INDEX ix_sec_user_org ON sec_user (org_id);

-- Only the exceptions to "Monday-Friday work": HOLIDAY (a day off, weekends inside the holiday included)
-- and MAKEUP_WORKDAY (a Saturday or Sunday made a working day, 调休上班).
CREATE TABLE cal_day (
    cal_date DATE       NOT NULL PRIMARY KEY,
    kind    VARCHAR(16) NOT NULL,
    name_zh VARCHAR(32) NOT NULL,
    name_en VARCHAR(64) NOT NULL,
    notice  VARCHAR(64)
) ${table_options};
