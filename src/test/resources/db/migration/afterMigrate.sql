-- Tests only: see spring.flyway.placeholders.referencestart in application-test.properties.
alter sequence request_reference_seq restart with ${referencestart};
