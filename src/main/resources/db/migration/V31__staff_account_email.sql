-- A work email address for staff accounts, for the daily digest of what waits for them (issue 17). Optional: an
-- account without one gets no email.
alter table staff_account add column email varchar(254);
