-- The incident (CAD) reference a requester gave, recorded on the catalogue recordings a caseworker attached to the
-- request (issue 16), so that the evidence system's clips can be matched to the incident.
alter table recording add column cad_reference varchar(40);
