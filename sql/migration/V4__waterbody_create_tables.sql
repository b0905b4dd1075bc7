-- Water bodies (rivers, lakes, reservoirs, urban black-odorous water bodies) and their reaches (河段).
-- A reach lies in one region; the chief of that region answers for it.

CREATE TABLE wb_water_body (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(32)   NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    name_en      VARCHAR(128),
    type         VARCHAR(16)   NOT NULL,
    basin        VARCHAR(32),
    -- the highest region that manages the whole water body (e.g. 150000 for the Yellow River)
    region_code  VARCHAR(12)   NOT NULL,
    length_km    DECIMAL(10,2),
    area_km2     DECIMAL(10,2),
    target_class VARCHAR(8),
    description  VARCHAR(2000),
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_wb_water_body_code UNIQUE (code),
    CONSTRAINT fk_wb_water_body_region FOREIGN KEY (region_code) REFERENCES rg_region (code)
) ${table_options};
CREATE INDEX ix_wb_water_body_region ON wb_water_body (region_code);
CREATE INDEX ix_wb_water_body_name ON wb_water_body (name);

CREATE TABLE wb_reach (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    water_body_id BIGINT        NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    region_code   VARCHAR(12)   NOT NULL,
    start_point   VARCHAR(128),
    end_point     VARCHAR(128),
    length_km     DECIMAL(10,2),
    center_lat    DECIMAL(10,7),
    center_lon    DECIMAL(10,7),
    geometry      TEXT,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_wb_reach_code UNIQUE (code),
    CONSTRAINT fk_wb_reach_water_body FOREIGN KEY (water_body_id) REFERENCES wb_water_body (id),
    CONSTRAINT fk_wb_reach_region FOREIGN KEY (region_code) REFERENCES rg_region (code)
) ${table_options};
CREATE INDEX ix_wb_reach_water_body ON wb_reach (water_body_id);
CREATE INDEX ix_wb_reach_region ON wb_reach (region_code);
