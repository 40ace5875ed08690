-- Footage files attached to a request (issue 16): the metadata of each stored file. The video itself is on disk,
-- encrypted (candour.disclosure.storage-dir), never in the database. kind: ORIGINAL (a clip exported from the
-- evidence system and uploaded by a caseworker) or RENDERED (a redacted copy). sha256 is of the plaintext, for the
-- chain of custody; it is also in the audit log.
create table footage_file (
    id                uuid         not null primary key,
    request_reference varchar(40)  not null,
    recording_id      varchar(64)  not null,
    kind              varchar(16)  not null,
    original_name     varchar(255) not null,
    size_bytes        bigint       not null,
    sha256            char(64)     not null,
    container         varchar(16)  not null,
    video_codec       varchar(16)  not null,
    width             integer      not null,
    height            integer      not null,
    duration_millis   bigint       not null,
    frame_rate        numeric(9, 3) not null,
    audio_codec       varchar(16),
    stored_at         timestamp with time zone not null,
    stored_by         varchar(64)  not null,
    constraint footage_file_kind check (kind in ('ORIGINAL', 'RENDERED')),
    constraint footage_file_size_positive check (size_bytes > 0)
);

create index footage_file_request on footage_file (request_reference, stored_at);
