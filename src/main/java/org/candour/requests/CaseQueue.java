package org.candour.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.candour.identity.Role;
import org.candour.identity.StaffAccountSummary;
import org.candour.identity.StaffAccounts;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.internal.CurrentStaff;
import org.candour.requests.internal.QueueReader;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The casework queue (from the database, so it works while search is down) and assignment. Supervisors assign
 * requests to anyone who does casework, one at a time or in bulk; a caseworker can take a request for themselves.
 */
@Service
public class CaseQueue {

    static final String NOT_CASEWORKER = "Requests can only be assigned to caseworkers and supervisors.";

    private final QueueReader reader;
    private final FootageRequestRepository requests;
    private final StaffAccounts accounts;
    private final CurrentStaff staff;
    private final Clock clock;

    CaseQueue(QueueReader reader, FootageRequestRepository requests, StaffAccounts accounts, CurrentStaff staff,
              Clock clock) {
        this.reader = reader;
        this.requests = requests;
        this.accounts = accounts;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> page(QueueFilter filter, Pageable pageable) {
        var officer = staff.require("see the casework queue", Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);
        return reader.page(filter, officer.username(), pageable);
    }

    @Transactional(readOnly = true)
    public long count(QueueFilter filter) {
        var officer = staff.require("see the casework queue", Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN);
        return reader.count(filter, officer.username());
    }

    /** The people requests can be assigned to: enabled caseworkers and supervisors, by username. */
    @Transactional(readOnly = true)
    public List<String> assignees() {
        staff.require("assign casework", Role.CASEWORKER, Role.SUPERVISOR);
        return accounts.list(Pageable.ofSize(500)).stream().filter(CaseQueue::doesCasework)
                .map(StaffAccountSummary::username).sorted().toList();
    }

    /** Assigns one request on the version the page read; a caseworker may only take it for themselves. */
    @Transactional
    public void assign(String reference, long version, @Nullable String assignee) {
        var officer = staff.require("assign casework", Role.CASEWORKER, Role.SUPERVISOR);
        if (!officer.supervisor() && (assignee == null || !assignee.equals(officer.username()))) {
            throw new WorkflowException("Only a supervisor can assign a request to someone else.");
        }
        assign(Map.of(reference, version), assignee);
    }

    /** Supervisors: assigns every request named (reference to the version read), all or none. */
    @Transactional
    public void assignAll(Map<String, Long> versions, @Nullable String assignee) {
        staff.require("assign requests to others", Role.SUPERVISOR);
        assign(versions, assignee);
    }

    private void assign(Map<String, Long> versions, @Nullable String assignee) {
        if (assignee != null && accounts.findByUsername(assignee).filter(CaseQueue::doesCasework).isEmpty()) {
            throw new WorkflowException(NOT_CASEWORKER);
        }
        var officer = staff.officer();
        var changed = versions.entrySet().stream().map(entry -> {
            FootageRequest request = requests.findByReference(entry.getKey())
                    .orElseThrow(() -> new WorkflowException("There is no request " + entry.getKey()));
            if (request.version() != entry.getValue()) {
                throw new RequestChangedException();
            }
            request.assign(assignee, officer, clock.instant());
            return request;
        }).toList();
        try {
            requests.saveAllAndFlush(changed); // publishes each request's events
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw new RequestChangedException();
        }
    }

    private static boolean doesCasework(StaffAccountSummary account) {
        return account.enabled() && (account.has(Role.CASEWORKER) || account.has(Role.SUPERVISOR));
    }
}
