-- The public portal and Open311: third-party apps and their api_keys (hash only), the accounting of public reports
-- for the rate limits (keyed hashes of addresses and devices, never the clear values), and Open311 tokens.

CREATE TABLE pb_api_client (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(128)  NOT NULL,
    contact      VARCHAR(255),
    -- the first characters of the key, shown to admins to tell keys apart
    key_prefix   VARCHAR(16)   NOT NULL,
    -- SHA-256 (hex) of the whole key; the key itself is shown once, when it is issued
    key_hash     VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64),
    revoked_at   DATETIME(6),
    revoked_by   VARCHAR(64),
    last_used_at DATETIME(6),
    version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_pb_api_client_key UNIQUE (key_hash)
) ${table_options};
CREATE INDEX ix_pb_api_client_created ON pb_api_client (created_at);

CREATE TABLE pb_submission (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    channel       VARCHAR(16)  NOT NULL,
    address_hash  VARCHAR(64),
    device_hash   VARCHAR(64),
    api_client_id BIGINT,
    case_id       BIGINT,
    at            DATETIME(6)  NOT NULL
) ${table_options};
-- one index per limit (count within the window) and one for the clean-up
CREATE INDEX ix_pb_submission_address ON pb_submission (address_hash, at);
CREATE INDEX ix_pb_submission_device ON pb_submission (device_hash, at);
CREATE INDEX ix_pb_submission_client ON pb_submission (api_client_id, at);
CREATE INDEX ix_pb_submission_at ON pb_submission (at);

CREATE TABLE pb_open311_request (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token         VARCHAR(40)   NOT NULL,
    case_id       BIGINT        NOT NULL,
    case_no       VARCHAR(32)   NOT NULL,
    api_client_id BIGINT        NOT NULL,
    media_url     VARCHAR(1000),
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT uq_pb_open311_request_token UNIQUE (token),
    CONSTRAINT fk_pb_open311_request_case FOREIGN KEY (case_id) REFERENCES cw_case (id),
    CONSTRAINT fk_pb_open311_request_client FOREIGN KEY (api_client_id) REFERENCES pb_api_client (id)
) ${table_options};
CREATE INDEX ix_pb_open311_request_case ON pb_open311_request (case_no);
