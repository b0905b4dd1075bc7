-- E-mail and SMS deliveries (an outbox): written with the in-app notice, sent after commit by a job that claims
-- each row before sending, so a job that runs twice (or on two nodes) sends once. One row per event, recipient
-- and channel.

CREATE TABLE nt_delivery (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_key    VARCHAR(128)   NOT NULL,
    user_id      BIGINT         NOT NULL,
    channel      VARCHAR(8)     NOT NULL,
    address      VARCHAR(255)   NOT NULL,
    subject      VARCHAR(200)   NOT NULL,
    body         VARCHAR(2000),
    status       VARCHAR(8)     NOT NULL,
    attempts     INT            NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    claimed_at   DATETIME(6),
    sent_at      DATETIME(6),
    last_error   VARCHAR(500),
    CONSTRAINT uq_nt_delivery_event_user_channel UNIQUE (event_key, user_id, channel)
) ${table_options};
CREATE INDEX ix_nt_delivery_status ON nt_delivery (status, id);
