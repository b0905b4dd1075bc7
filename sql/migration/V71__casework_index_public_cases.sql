-- Indexes for the public reads of cases (publicity module): the Open311 / public list (cases from the public by
-- report time) and "is this the same problem?" (open cases of a category within a small latitude band).
CREATE INDEX ix_cw_case_source_reported ON cw_case (source, reported_at);
CREATE INDEX ix_cw_case_category_lat ON cw_case (category, lat);
