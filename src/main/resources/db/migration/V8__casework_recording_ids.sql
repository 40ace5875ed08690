-- Recordings in the footage catalogue (V4) have text ids, not UUIDs. request_recording (V7) was empty until the
-- catalogue was connected to casework, so it is recreated with the catalogue's id type.
drop table request_recording;

create table request_recording (
    request_id   uuid        not null references footage_request (id),
    recording_id varchar(64) not null,
    attached_by  varchar(64) not null,
    attached_at  timestamp with time zone not null,
    held         boolean     not null
);

create index request_recording_request on request_recording (request_id);
