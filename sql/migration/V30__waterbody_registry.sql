-- The registry around the water bodies: lake special targets (as data), chief appointments with terms and
-- history (河长/湖长 per reach or lake and level), and signboards (公示牌).

CREATE TABLE wb_special_target (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id   BIGINT         NOT NULL,
    -- indicator code: COD, NH3N, TP, AREA, LOAD_REDUCTION, ...
    indicator       VARCHAR(32)    NOT NULL,
    -- LE (≤) or GE (≥)
    comparator      VARCHAR(4)     NOT NULL,
    threshold       DECIMAL(14,4)  NOT NULL,
    measure_unit    VARCHAR(16)    NOT NULL,
    location_note   VARCHAR(128),
    description     VARCHAR(500),
    sort_order       INT            DEFAULT 0 NOT NULL,
    CONSTRAINT fk_wb_special_target_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id)
) ${table_options};
CREATE INDEX ix_wb_special_target_body ON wb_special_target (water_body_id);

CREATE TABLE wb_chief_appointment (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id   BIGINT         NOT NULL,
    -- null: the whole water body at its own (highest) region
    reach_id        BIGINT,
    region_code     VARCHAR(12)    NOT NULL,
    -- GENERAL 总河长, CHIEF 河长/湖长, DEPUTY 副河长
    chief_role      VARCHAR(16)    NOT NULL,
    person_name     VARCHAR(64)    NOT NULL,
    -- the chief's login when he has one (approval tasks are assigned to it)
    username        VARCHAR(64),
    post            VARCHAR(128),
    office_phone    VARCHAR(32),
    mobile          VARCHAR(32),
    term_start      DATE           NOT NULL,
    term_end        DATE,
    active          BOOLEAN        DEFAULT TRUE NOT NULL,
    predecessor_id  BIGINT,
    end_reason      VARCHAR(200),
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    version         BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT fk_wb_appointment_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id),
    CONSTRAINT fk_wb_appointment_reach FOREIGN KEY (reach_id) REFERENCES wb_reach (id),
    CONSTRAINT fk_wb_appointment_region FOREIGN KEY (region_code) REFERENCES rg_region (code)
) ${table_options};
CREATE INDEX ix_wb_appointment_body ON wb_chief_appointment (water_body_id, active);
CREATE INDEX ix_wb_appointment_region ON wb_chief_appointment (region_code, active);
CREATE INDEX ix_wb_appointment_username ON wb_chief_appointment (username);

CREATE TABLE wb_signboard (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id   BIGINT         NOT NULL,
    reach_id        BIGINT,
    board_no        VARCHAR(40)    NOT NULL,
    place           VARCHAR(200)   NOT NULL,
    lat             DECIMAL(10,7),
    lon             DECIMAL(10,7),
    duties          VARCHAR(2000),
    targets         VARCHAR(2000),
    hotline         VARCHAR(32)    NOT NULL,
    office_phone    VARCHAR(32),
    -- whether the board shows the chiefs' mobile numbers (most boards show office phones only)
    show_mobile     BOOLEAN        DEFAULT FALSE NOT NULL,
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    version         BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_wb_signboard_no UNIQUE (board_no),
    CONSTRAINT fk_wb_signboard_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id),
    CONSTRAINT fk_wb_signboard_reach FOREIGN KEY (reach_id) REFERENCES wb_reach (id)
) ${table_options};
CREATE INDEX ix_wb_signboard_body ON wb_signboard (water_body_id);
