-- Urban black-odorous water bodies (城市黑臭水体): the lifecycle record (identification → publication →
-- remediation → initial effect → completion assessment → eliminated 销号 → long-term watch), its remediation
-- milestones, its timeline, and the half-year public reports with the published data set and the PDF.

CREATE TABLE bo_body (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id       BIGINT        NOT NULL,
    name                VARCHAR(128)  NOT NULL,
    city                VARCHAR(64),
    place               VARCHAR(255),
    region_code         VARCHAR(12)   NOT NULL,
    -- the county office (河长办) that handles it
    office_region_code  VARCHAR(12)   NOT NULL,
    grade               VARCHAR(8)    NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    identified_by       VARCHAR(16)   NOT NULL,
    survey_valid        INT,
    survey_black        INT,
    responsible_person  VARCHAR(64),
    chief_name          VARCHAR(64),
    deadline            DATE,
    measures            VARCHAR(255),
    plan_note           VARCHAR(2000),
    progress            INT           DEFAULT 0 NOT NULL,
    satisfaction        INT,
    rebounds            INT           DEFAULT 0 NOT NULL,
    overdue             BOOLEAN       DEFAULT FALSE NOT NULL,
    identified_at       DATETIME(6)   NOT NULL,
    published_at        DATETIME(6),
    eliminated_at       DATETIME(6),
    process_instance_id VARCHAR(64),
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_bo_body_water_body UNIQUE (water_body_id),
    CONSTRAINT fk_bo_body_water_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id)
) ${table_options};
CREATE INDEX ix_bo_body_region ON bo_body (region_code);
CREATE INDEX ix_bo_body_status ON bo_body (status);

CREATE TABLE bo_milestone (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id   BIGINT        NOT NULL,
    measure   VARCHAR(24)   NOT NULL,
    title     VARCHAR(255)  NOT NULL,
    due_date  DATE          NOT NULL,
    done_at   DATETIME(6),
    -- set by the milestone timer when the date passed before the milestone was done
    overdue   BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT fk_bo_milestone_body FOREIGN KEY (body_id) REFERENCES bo_body (id)
) ${table_options};
CREATE INDEX ix_bo_milestone_body ON bo_milestone (body_id, due_date);

CREATE TABLE bo_event (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    body_id   BIGINT        NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    note      VARCHAR(2000),
    actor     VARCHAR(64),
    at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_bo_event_body FOREIGN KEY (body_id) REFERENCES bo_body (id)
) ${table_options};
CREATE INDEX ix_bo_event_body ON bo_event (body_id, at);

CREATE TABLE bo_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- e.g. 2026H2
    period_code      VARCHAR(8)    NOT NULL,
    title            VARCHAR(255)  NOT NULL,
    trigger_kind     VARCHAR(16)   NOT NULL,
    bodies           INT           NOT NULL,
    eliminated       INT           NOT NULL,
    generated_at     DATETIME(6)   NOT NULL,
    pdf              LONGBLOB      NOT NULL
) ${table_options};
CREATE INDEX ix_bo_report_generated ON bo_report (generated_at);

CREATE TABLE bo_report_entry (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id           BIGINT        NOT NULL,
    name                VARCHAR(128)  NOT NULL,
    city                VARCHAR(64),
    place               VARCHAR(255),
    grade               VARCHAR(8)    NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    responsible_person  VARCHAR(64),
    chief_name          VARCHAR(64),
    deadline            DATE,
    progress            INT           NOT NULL,
    CONSTRAINT fk_bo_report_entry_report FOREIGN KEY (report_id) REFERENCES bo_report (id)
) ${table_options};
CREATE INDEX ix_bo_report_entry_report ON bo_report_entry (report_id);
