-- Issue 15, part 3: requesters' data has an end (DPA 2018 s.39, Part 3 storage limitation).
--
-- The incident account (where, what happened, the officer's collar number, the CAD reference) is personal data and
-- is encrypted at rest like the requester columns (V1). SQL cannot encrypt, so this happens in three steps:
-- V26 adds the ciphertext columns, V27 (Java, org.candour.requests.internal.IncidentAccountEncryption, run by the
-- application's Flyway with its key) encrypts every existing row into them, V28 drops the plaintext columns.
alter table footage_request add column incident_location_sealed ${binary};
alter table footage_request add column incident_description_sealed ${binary};
alter table footage_request add column officer_collar_number_sealed ${binary};
alter table footage_request add column cad_reference_sealed ${binary};

-- Erasure after the retention period leaves the identity columns empty (null), and records the London date it
-- happened, so a daily sweep never takes a request twice.
alter table footage_request alter column requester_name drop not null;
alter table footage_request alter column requester_date_of_birth drop not null;
alter table footage_request alter column requester_address drop not null;
alter table footage_request alter column requester_postcode drop not null;
alter table footage_request alter column requester_email drop not null;
alter table footage_request alter column requester_appearance drop not null;
alter table footage_request add column personal_data_erased_on date;

create index footage_request_erased on footage_request (personal_data_erased_on);

-- One row per run of the erasure sweep: the report administrators read ("Staff area", "Erasure of personal data").
create table erasure_sweep (
    id                  uuid        not null primary key,
    ran_at              timestamp with time zone not null,
    closed_on_or_before date        not null,
    erased              integer     not null,
    failed              integer     not null
);

create index erasure_sweep_ran_at on erasure_sweep (ran_at);
