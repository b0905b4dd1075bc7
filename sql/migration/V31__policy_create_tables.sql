-- 一河（湖）一策: a policy per water body and period, in versions; its five lists in one item table; the lower
-- chiefs' opinions; the units' progress reports on approved tasks.

CREATE TABLE pl_policy (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id       BIGINT         NOT NULL,
    -- the drafting level: the water body's own region, or a region its reaches lie in (a county's plan)
    region_code         VARCHAR(12)    NOT NULL,
    period_from         INT            NOT NULL,
    period_to           INT            NOT NULL,
    version_no          INT            NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    summary             VARCHAR(2000),
    approver_username   VARCHAR(64),
    -- how many times it was sent for approval (opinions are asked again each round)
    approval_round      INT            DEFAULT 0 NOT NULL,
    process_instance_id VARCHAR(64),
    return_comment      VARCHAR(2000),
    approval_comment    VARCHAR(2000),
    created_by          VARCHAR(64)    NOT NULL,
    submitted_at        DATETIME(6),
    approved_at         DATETIME(6),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pl_policy_version UNIQUE (water_body_id, region_code, period_from, version_no),
    CONSTRAINT fk_pl_policy_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id),
    CONSTRAINT fk_pl_policy_region FOREIGN KEY (region_code) REFERENCES rg_region (code)
) ${table_options};
CREATE INDEX ix_pl_policy_region ON pl_policy (region_code, status);
CREATE INDEX ix_pl_policy_body ON pl_policy (water_body_id, status);

CREATE TABLE pl_item (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_id           BIGINT         NOT NULL,
    -- PROBLEM, GOAL, TASK, MEASURE, RESPONSIBILITY
    list_kind           VARCHAR(16)    NOT NULL,
    sort_order           INT            NOT NULL,
    content             VARCHAR(1000)  NOT NULL,
    indicator           VARCHAR(32),
    comparator          VARCHAR(4),
    target_value        DECIMAL(14,4),
    target_class        VARCHAR(8),
    target_date         DATE,
    unit_org_id         BIGINT,
    person              VARCHAR(64),
    deadline            DATE,
    progress_pct        INT            DEFAULT 0 NOT NULL,
    completed_at        DATETIME(6),
    overdue             BOOLEAN        DEFAULT FALSE NOT NULL,
    overdue_at          DATETIME(6),
    version             BIGINT         DEFAULT 0 NOT NULL,
    CONSTRAINT fk_pl_item_policy FOREIGN KEY (policy_id) REFERENCES pl_policy (id)
) ${table_options};
CREATE INDEX ix_pl_item_policy ON pl_item (policy_id, list_kind, sort_order);
CREATE INDEX ix_pl_item_unit ON pl_item (unit_org_id, list_kind);
CREATE INDEX ix_pl_item_deadline ON pl_item (list_kind, overdue, deadline);

CREATE TABLE pl_opinion (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy_id           BIGINT         NOT NULL,
    approval_round      INT            NOT NULL,
    username            VARCHAR(64)    NOT NULL,
    person_name         VARCHAR(64),
    opinion             VARCHAR(2000),
    -- GIVEN, MISSED (the due date passed)
    outcome             VARCHAR(16)    NOT NULL,
    recorded_at         DATETIME(6)    NOT NULL,
    CONSTRAINT fk_pl_opinion_policy FOREIGN KEY (policy_id) REFERENCES pl_policy (id)
) ${table_options};
CREATE INDEX ix_pl_opinion_policy ON pl_opinion (policy_id);

CREATE TABLE pl_progress (
    id                  BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id             BIGINT         NOT NULL,
    reported_by         VARCHAR(64)    NOT NULL,
    progress_pct        INT            NOT NULL,
    note                VARCHAR(1000),
    reported_at         DATETIME(6)    NOT NULL,
    CONSTRAINT fk_pl_progress_item FOREIGN KEY (item_id) REFERENCES pl_item (id)
) ${table_options};
CREATE INDEX ix_pl_progress_item ON pl_progress (item_id);
