-- Delivery of approved disclosure copies to the requester (issue 16 section 3). A release makes one approved file
-- available on the tracking page until available_until (exclusive), then the sweep deletes the file and sets
-- erased_at. No personal data: references, file ids and times only.
create table footage_release (
    id                uuid        not null primary key,
    request_reference varchar(40) not null,
    footage_file_id   uuid        not null,
    sha256            char(64)    not null,
    approved_at       timestamp with time zone not null,
    released_at       timestamp with time zone not null,
    available_until   timestamp with time zone not null,
    expiry_warned_at  timestamp with time zone,
    erased_at         timestamp with time zone,
    constraint footage_release_one_per_file unique (footage_file_id)
);
create index footage_release_request on footage_release (request_reference);
create index footage_release_due on footage_release (erased_at, available_until);

-- A pass lets one tracking session (its session id, hashed) fetch one release for a few hours. Only hashes are
-- kept: the token and the session id are credentials.
create table delivery_pass (
    token_hash   char(64)    not null primary key,
    release_id   uuid        not null references footage_release (id) on delete cascade,
    session_hash char(64)    not null,
    expires_at   timestamp with time zone not null
);
create index delivery_pass_expires on delivery_pass (expires_at);

-- "View at a police station": the slot a requester chose instead of a download (one per request; choosing again
-- replaces it).
create table viewing_appointment (
    request_reference varchar(40) not null primary key,
    slot_start        timestamp with time zone not null,
    chosen_at         timestamp with time zone not null
);

-- Stored footage files deleted from the store (a released copy after its expiry, an original when its request
-- closed): the metadata row stays for the chain of custody; the file is gone.
create table footage_file_erasure (
    footage_file_id uuid         not null primary key,
    erased_at       timestamp with time zone not null,
    reason          varchar(200) not null
);
