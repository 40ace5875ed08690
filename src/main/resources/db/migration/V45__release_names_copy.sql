-- A release may name the redacted disclosure copy it releases (issue 16): the proposal waits for a supervisor's
-- sign-off with the copy's id and SHA-256, and the signed-off decision keeps the id of the copy approved. The copy
-- itself is a footage_file of kind RENDERED.
alter table footage_request add column proposed_copy_id uuid;
alter table footage_request add column proposed_copy_sha256 varchar(64);
alter table footage_request add column released_copy_id uuid;
