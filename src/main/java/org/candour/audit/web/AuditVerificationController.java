package org.candour.audit.web;

import org.candour.audit.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets monitoring check the audit chain; administrators only ({@link AuditApiSecurity}). */
@RestController
class AuditVerificationController {

    static final String PATH = "/api/v1/audit/verification";

    private final AuditLog log;

    AuditVerificationController(AuditLog log) {
        this.log = log;
    }

    @GetMapping(PATH)
    VerificationReport verification() {
        return VerificationReport.of(log.verify());
    }
}
