-- Read models kept by events (README "Supervision"): the event log they are rebuilt from, one fact row per case
-- (the overdue sheet's numbers) and counters per region, month, category and water body. Dashboards sum these
-- small tables; nothing is recomputed from all cases per request.

CREATE TABLE sv_event_log (
    id            BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_type    VARCHAR(64)    NOT NULL,
    event_key     VARCHAR(160)   NOT NULL,
    payload       VARCHAR(4000)  NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    CONSTRAINT uq_sv_event_log_key UNIQUE (event_key)
) ${table_options};

CREATE TABLE sv_case_fact (
    case_id        BIGINT        NOT NULL PRIMARY KEY,
    case_no        VARCHAR(32),
    region_code    VARCHAR(12)   NOT NULL,
    category       VARCHAR(32)   NOT NULL,
    water_body_id  BIGINT        NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    overdue        BOOLEAN       NOT NULL,
    rework_count   INT           NOT NULL,
    reported_at    DATETIME(6),
    deadline       DATETIME(6),
    closed_at      DATETIME(6),
    on_time        BOOLEAN
) ${table_options};
CREATE INDEX ix_sv_case_fact_region ON sv_case_fact (region_code, state);

CREATE TABLE sv_stat (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    region_code          VARCHAR(12)  NOT NULL,
    stat_month           VARCHAR(7)   NOT NULL,
    category             VARCHAR(32)  NOT NULL,
    water_body_id        BIGINT       NOT NULL,
    reported             INT          NOT NULL DEFAULT 0,
    closed               INT          NOT NULL DEFAULT 0,
    closed_on_time       INT          NOT NULL DEFAULT 0,
    rejected             INT          NOT NULL DEFAULT 0,
    became_overdue       INT          NOT NULL DEFAULT 0,
    handling_seconds     BIGINT       NOT NULL DEFAULT 0,
    reworks              INT          NOT NULL DEFAULT 0,
    closed_reworked      INT          NOT NULL DEFAULT 0,
    policy_overdue       INT          NOT NULL DEFAULT 0,
    policy_done          INT          NOT NULL DEFAULT 0,
    policy_done_on_time  INT          NOT NULL DEFAULT 0,
    patrol_due           INT          NOT NULL DEFAULT 0,
    patrol_done          INT          NOT NULL DEFAULT 0,
    patrol_missed        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_sv_stat_cell UNIQUE (region_code, stat_month, category, water_body_id)
) ${table_options};
CREATE INDEX ix_sv_stat_month ON sv_stat (stat_month, region_code);

-- One row per case, locked while an event of the case is logged and applied: the events of one case are then
-- applied in the order of the log, live and in a rebuild alike.
CREATE TABLE sv_case_lock (
    case_id  BIGINT  NOT NULL PRIMARY KEY
) ${table_options};
