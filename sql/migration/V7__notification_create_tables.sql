-- In-app notices, one row per recipient; event_key makes a repeated event (a job that ran twice) a no-op.

CREATE TABLE nt_notice (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT        NOT NULL,
    event_key    VARCHAR(128)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         VARCHAR(2000),
    link         VARCHAR(255),
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT uq_nt_notice_event_user UNIQUE (event_key, user_id),
    CONSTRAINT fk_nt_notice_user FOREIGN KEY (user_id) REFERENCES sec_user (id)
) ${table_options};
CREATE INDEX ix_nt_notice_user_created ON nt_notice (user_id, created_at);
CREATE INDEX ix_nt_notice_user_unread ON nt_notice (user_id, read_at);
