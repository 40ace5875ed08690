-- Redaction jobs (issue 16), the gaps: a job can be cancelled (CANCELLED, for finding faces; a cancelled render goes
-- back to REVIEW); only one job per original may run at a time (active_original holds the original's id while the
-- job runs and is unique, so a second "Find faces" on any node is refused by the database); a running job holds a
-- lease that its node renews (heartbeat_at), and any node fails a job whose lease ran out (its node died).
alter table redaction_job drop constraint redaction_job_state;
alter table redaction_job add constraint redaction_job_state check (state in ('DETECTING', 'REVIEW', 'RENDERING',
                                                                                'RENDERED', 'FAILED', 'SIGNED_OFF',
                                                                                'CANCELLED'));
alter table redaction_job add column heartbeat_at timestamp with time zone;
update redaction_job set heartbeat_at = updated_at;
alter table redaction_job alter column heartbeat_at set not null;
alter table redaction_job add column active_original uuid;
-- Jobs left running twice on one original (two clicks before this migration) keep only the latest one active.
update redaction_job set active_original = original_id
 where state in ('DETECTING', 'RENDERING')
   and not exists (select 1 from redaction_job later
                    where later.original_id = redaction_job.original_id
                      and later.state in ('DETECTING', 'RENDERING')
                      and (later.updated_at > redaction_job.updated_at
                           or (later.updated_at = redaction_job.updated_at and later.id > redaction_job.id)));
alter table redaction_job add constraint redaction_job_one_active unique (active_original);
create index redaction_job_heartbeat on redaction_job (state, heartbeat_at);

-- A rendered copy names the original it was rendered from, so that copies superseded by a newer one can be erased.
alter table footage_file add column source_id uuid;
update footage_file set source_id = (select j.original_id from redaction_job j where j.rendered_id = footage_file.id)
 where kind = 'RENDERED';
