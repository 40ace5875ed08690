package org.candour.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.identity.domain.ComplaintBody;
import org.candour.identity.domain.ComplaintBodyRepository;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint bodies that oversight accounts belong to, opened by administrators. Their names are public: a
 * requester picks one to share a request with.
 */
@Service
public class ComplaintBodies {

    static final String NAME_TAKEN = "A complaint body with this name already exists.";
    static final String NAME_NEEDED = "Enter the name of the complaint body, 120 characters or fewer.";

    private final ComplaintBodyRepository bodies;
    private final StaffAccountRepository accounts;
    private final Clock clock;

    ComplaintBodies(ComplaintBodyRepository bodies, StaffAccountRepository accounts, Clock clock) {
        this.bodies = bodies;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ComplaintBodySummary> all() {
        return bodies.findAllByOrderByName().stream().map(ComplaintBodies::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintBodySummary> find(UUID id) {
        return bodies.findById(id).map(ComplaintBodies::summary);
    }

    @Transactional(readOnly = true)
    public Optional<ComplaintBodySummary> findByName(String name) {
        return bodies.findByNameIgnoreCase(name.strip()).map(ComplaintBodies::summary);
    }

    @Transactional
    public ComplaintBodySummary open(String name) {
        if (name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException(NAME_NEEDED);
        }
        if (bodies.findByNameIgnoreCase(name.strip()).isPresent()) {
            throw new IllegalArgumentException(NAME_TAKEN);
        }
        return summary(bodies.saveAndFlush(new ComplaintBody(name, clock.instant())));
    }

    /** The body with this name, opened if there is none yet (for demo data that must survive restarts). */
    @Transactional
    public ComplaintBodySummary openIfMissing(String name) {
        return findByName(name).orElseGet(() -> open(name));
    }

    /** The complaint body the member of staff with this username belongs to, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> bodyOf(String username) {
        return accounts.findByUsername(StaffAccount.normaliseUsername(username))
                .map(StaffAccount::complaintBodyId);
    }

    private static ComplaintBodySummary summary(ComplaintBody body) {
        return new ComplaintBodySummary(body.id(), body.name());
    }
}
