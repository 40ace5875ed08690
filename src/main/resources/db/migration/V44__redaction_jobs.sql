-- Redaction jobs (issue 16): one per original clip being redacted. state: DETECTING, REVIEW, RENDERING, RENDERED,
-- FAILED, SIGNED_OFF. frames_done/frames_total is the progress of the running work, written by the worker so that
-- any session (on any node) can read it. tracks, plan and redaction_log are JSON: the faces found, the caseworker's
-- choices and what the render did (kept with the case; its SHA-256 is in the audit log). rendered_id is the
-- footage_file of kind RENDERED written from the plan. worker names the node running the work: on start a node marks
-- its own interrupted jobs FAILED. No personal data of the requester is held here.
create table redaction_job (
    id                uuid         not null primary key,
    request_reference varchar(40)  not null,
    original_id       uuid         not null references footage_file (id),
    state             varchar(16)  not null,
    frames_done       bigint       not null,
    frames_total      bigint       not null,
    tracks            ${text},
    plan              ${text},
    redaction_log     ${text},
    rendered_id       uuid references footage_file (id),
    failure           varchar(1000),
    requested_by      varchar(64)  not null,
    worker            varchar(100) not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null,
    constraint redaction_job_state check (state in ('DETECTING', 'REVIEW', 'RENDERING', 'RENDERED', 'FAILED',
                                                    'SIGNED_OFF'))
);

create index redaction_job_original on redaction_job (original_id, updated_at);
create index redaction_job_running on redaction_job (state, worker);
