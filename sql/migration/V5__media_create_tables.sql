-- Photos and files. The bytes live behind the storage interface (a local directory by default);
-- this table holds what was checked: the type recognised from the content, the size and the hash.

CREATE TABLE md_file (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    content_type  VARCHAR(64)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    original_name VARCHAR(255),
    storage_key   VARCHAR(255) NOT NULL,
    thumbnail_key VARCHAR(255),
    width         INT,
    height        INT,
    uploaded_by   VARCHAR(64),
    created_at    DATETIME(6)  NOT NULL
) ${table_options};
CREATE INDEX ix_md_file_sha ON md_file (sha256);
