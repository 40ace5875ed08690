package org.candour.audit.web;

import java.util.Map;
import org.candour.audit.AuditLog;
import org.candour.audit.ChainAnchor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets monitoring check the audit chain ({@link AuditApiSecurity}). The answer carries the chain head, for
 * monitoring to keep outside the database; given back later as an anchor ({@code anchorSequence} and
 * {@code anchorHash}), it tells whether that entry still has that hash, which a rewrite of the whole table cannot
 * keep true.
 */
@RestController
class AuditVerificationController {

    static final String PATH = "/api/v1/audit/verification";

    private final AuditLog log;

    AuditVerificationController(AuditLog log) {
        this.log = log;
    }

    @GetMapping(PATH)
    ResponseEntity<?> verification(@RequestParam(required = false) @Nullable Long anchorSequence,
                                   @RequestParam(required = false) @Nullable String anchorHash) {
        Boolean anchorHolds = null;
        if (anchorSequence != null || anchorHash != null) {
            ChainAnchor anchor;
            try {
                anchor = new ChainAnchor(anchorSequence == null ? -1 : anchorSequence, anchorHash);
            } catch (IllegalArgumentException invalid) {
                return ResponseEntity.badRequest().body(Map.of("error", "anchorSequence and anchorHash go "
                        + "together: a sequence from 0 and a SHA-256 hash in lower-case hex"));
            }
            anchorHolds = log.holds(anchor);
        }
        ChainAnchor head = log.head();
        return ResponseEntity.ok(VerificationReport.of(log.verify(), head, anchorHolds));
    }
}
