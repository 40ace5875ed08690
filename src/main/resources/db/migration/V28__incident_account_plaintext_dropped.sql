-- The last step of encrypting the incident account (see V26): V27 has filled the ciphertext columns of every row.
-- Setting not null first refuses to go on (and to drop the plaintext) if any row was left unencrypted, e.g. when
-- these migrations were run by a Flyway without the application's V27. Erasure later empties the columns again.
alter table footage_request alter column incident_location_sealed set not null;
alter table footage_request alter column incident_description_sealed set not null;

alter table footage_request drop column incident_location;
alter table footage_request drop column incident_description;
alter table footage_request drop column officer_collar_number;
alter table footage_request drop column cad_reference;

alter table footage_request rename column incident_location_sealed to incident_location;
alter table footage_request rename column incident_description_sealed to incident_description;
alter table footage_request rename column officer_collar_number_sealed to officer_collar_number;
alter table footage_request rename column cad_reference_sealed to cad_reference;

alter table footage_request alter column incident_location drop not null;
alter table footage_request alter column incident_description drop not null;
