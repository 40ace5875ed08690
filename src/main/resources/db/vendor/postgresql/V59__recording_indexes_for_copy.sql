-- PostgreSQL only (db/vendor/postgresql; H2 keeps V4's indexes, as it has no partial indexes). The daily import
-- copies about 100,000 new recordings, and every index of recording is written for each of them: measured with COPY
-- of 500,000 rows, the two indexes of V4 cost 2.3 s on top of the table's 1.8 s. Their replacements cost 1.0 s:
-- * recording_borough_start (borough, start) received each day's rows at 33 places in the middle of the index (one
--   per borough), where pages split in half; recording_start receives them at its end. The casework search and the
--   monthly summary read a time range and keep their borough's rows: a day of the catalogue is a few thousand rows.
-- * recording_sweep held every recording; recording_due holds only those the sweep may still mark, and
--   recording_deleted only those it has marked, which a new recording never is.
drop index recording_borough_start;
create index recording_start on recording (start_at);

drop index recording_sweep;
create index recording_due on recording (deletion_date)
    where deleted_at_source is null and evidential = false and hold_count = 0;
create index recording_deleted on recording (deleted_at_source) where deleted_at_source is not null;
