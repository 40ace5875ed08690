-- The footage catalogue: metadata of body-worn video recordings imported from the force's digital evidence
-- management system. The portal never stores video. Officers appear only as a pseudonymous key.

create table camera (
    id           varchar(64) not null primary key,
    borough_code varchar(9)  not null
);

-- deletion_date is the normal 31-day rule (London date of start + 31 days), stored for every recording and ignored
-- while the recording is evidential or held (hold_count > 0). deleted_at_source is the London date on which the
-- retention sweep recorded the deletion; the row is kept for statistics.
create table recording (
    id                varchar(64)  not null primary key,
    camera_id         varchar(64)  not null,
    borough_code      varchar(9)   not null,
    start_at          timestamp with time zone not null,
    end_at            timestamp with time zone not null,
    duration_seconds  integer      not null,
    category          varchar(16)  not null,
    evidential        boolean      not null,
    officer_key       varchar(128) not null,
    deletion_date     date         not null,
    deleted_at_source date,
    hold_count        integer      not null default 0,
    constraint recording_ends_after_it_starts check (end_at >= start_at),
    constraint recording_hold_count_not_negative check (hold_count >= 0)
);

-- The sweep reads recordings not yet deleted whose deletion date has come; the casework search reads a borough's
-- recordings in a time window.
create index recording_sweep on recording (deleted_at_source, deletion_date);
create index recording_borough_start on recording (borough_code, start_at);

create table preservation_hold (
    id                  uuid          not null primary key,
    recording_id        varchar(64)   not null references recording (id),
    placed_by           varchar(100)  not null,
    reason              varchar(1000) not null,
    request_reference   varchar(40),
    complaint_reference varchar(40),
    placed_at           timestamp with time zone not null,
    released_at         timestamp with time zone,
    released_by         varchar(100),
    release_reason      varchar(1000),
    version             bigint        not null,
    constraint preservation_hold_is_linked check (request_reference is not null or complaint_reference is not null)
);

create index preservation_hold_recording on preservation_hold (recording_id);
create index preservation_hold_request on preservation_hold (request_reference);
create index preservation_hold_complaint on preservation_hold (complaint_reference);
