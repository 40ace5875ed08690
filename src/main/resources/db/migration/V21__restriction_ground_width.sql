-- RestrictionGround names are up to 17 characters (NATIONAL_SECURITY): V7 made the columns too narrow for it.
alter table footage_request alter column restriction_ground set data type varchar(32);
alter table footage_request alter column proposed_ground set data type varchar(32);
