-- 巡河/巡湖: duties (one per person x water body or reach x period, driven by PatrolDutyProcess), patrols recorded
-- on a phone (client-generated UUID), their track points (unique per patrol and seq: a resent batch is stored
-- once) and findings (client-generated id; may have opened a case).

CREATE TABLE pt_duty (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    duty_key            VARCHAR(128) NOT NULL,
    user_id             BIGINT       NOT NULL,
    username            VARCHAR(64)  NOT NULL,
    display_name        VARCHAR(64),
    region_code         VARCHAR(12)  NOT NULL,
    duty_kind           VARCHAR(16)  NOT NULL,
    water_body_id       BIGINT       NOT NULL,
    reach_id            BIGINT,
    target_name         VARCHAR(128),
    period_kind         VARCHAR(16)  NOT NULL,
    period_start        DATE         NOT NULL,
    period_end          DATE         NOT NULL,
    due_at              DATETIME(6)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    patrol_id           VARCHAR(36),
    completed_at        DATETIME(6),
    missed_at           DATETIME(6),
    process_instance_id VARCHAR(64),
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pt_duty_key UNIQUE (duty_key)
) ${table_options};

CREATE INDEX ix_pt_duty_region_period ON pt_duty (region_code, period_start);
CREATE INDEX ix_pt_duty_user_status ON pt_duty (user_id, status, period_start);
CREATE INDEX ix_pt_duty_water_body ON pt_duty (water_body_id, period_start);

CREATE TABLE pt_patrol (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    user_id          BIGINT       NOT NULL,
    username         VARCHAR(64)  NOT NULL,
    display_name     VARCHAR(64),
    region_code      VARCHAR(12)  NOT NULL,
    water_body_id    BIGINT       NOT NULL,
    reach_id         BIGINT,
    target_name      VARCHAR(128),
    travel_mode      VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    started_at       DATETIME(6)  NOT NULL,
    ended_at         DATETIME(6),
    duration_seconds BIGINT,
    distance_m       DOUBLE,
    near_share       DOUBLE,
    point_count      INT          DEFAULT 0 NOT NULL,
    effective        BOOLEAN      DEFAULT FALSE NOT NULL,
    shortfalls       VARCHAR(64),
    duty_id          BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       DEFAULT 0 NOT NULL
) ${table_options};

CREATE INDEX ix_pt_patrol_user_started ON pt_patrol (user_id, started_at);
CREATE INDEX ix_pt_patrol_region_started ON pt_patrol (region_code, started_at);
CREATE INDEX ix_pt_patrol_water_body_started ON pt_patrol (water_body_id, started_at);

CREATE TABLE pt_track_point (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patrol_id   VARCHAR(36) NOT NULL,
    seq         INT         NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    lat         DOUBLE      NOT NULL,
    lon         DOUBLE      NOT NULL,
    accuracy_m  DOUBLE,
    CONSTRAINT uq_pt_track_point_seq UNIQUE (patrol_id, seq),
    CONSTRAINT fk_pt_track_point_patrol FOREIGN KEY (patrol_id) REFERENCES pt_patrol (id)
) ${table_options};

CREATE TABLE pt_finding (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    client_id   VARCHAR(36)   NOT NULL,
    patrol_id   VARCHAR(36)   NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    lat         DOUBLE        NOT NULL,
    lon         DOUBLE        NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    category    VARCHAR(32),
    photo_ids   VARCHAR(400),
    case_id     BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uq_pt_finding_client UNIQUE (client_id),
    CONSTRAINT fk_pt_finding_patrol FOREIGN KEY (patrol_id) REFERENCES pt_patrol (id)
) ${table_options};

CREATE INDEX ix_pt_finding_patrol ON pt_finding (patrol_id, recorded_at);
