package org.candour.requests;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.candour.requests.domain.DocumentRules;
import org.candour.requests.domain.InvalidDocumentException;

/** Applies every {@link FilingRules} rule to a whole request at the service edge. */
final class NewRequestValidator {

    private final Map<String, String> problems = new LinkedHashMap<>();

    static void validate(NewRequest request, LocalDate today) {
        var validator = new NewRequestValidator();
        validator.check(request, today);
        if (!validator.problems.isEmpty()) {
            throw new InvalidRequestException(validator.problems);
        }
    }

    private void check(NewRequest request, LocalDate today) {
        var you = request.aboutYou();
        add("fullName", FilingRules.fullName(you.fullName()));
        add("dateOfBirth", FilingRules.dateOfBirth(you.dateOfBirth(), today));
        add("address", FilingRules.address(you.address()));
        add("postcode", FilingRules.postcode(you.postcode()));
        add("email", FilingRules.email(you.email()));
        add("phone", FilingRules.phone(you.phone()));
        var incident = request.incident();
        add("incidentDate", FilingRules.incidentDate(incident.date(), today));
        add("timeWindow", FilingRules.timeWindow(incident.timeFrom(), incident.timeTo()));
        add("borough", FilingRules.borough(incident.boroughCode()));
        add("location", FilingRules.location(incident.location()));
        add("whatHappened", FilingRules.whatHappened(incident.whatHappened()));
        add("howToRecogniseYou", FilingRules.howToRecogniseYou(incident.howToRecogniseYou()));
        add("collarNumber", FilingRules.collarNumber(incident.collarNumber()));
        add("cadReference", FilingRules.cadReference(incident.cadReference()));
        try {
            DocumentRules.checkAll(request.documents());
        } catch (InvalidDocumentException e) {
            problems.put("documents", e.getMessage());
        }
        if (!request.declarationAccepted()) {
            problems.put("declaration", "Confirm that the information you have given is true");
        }
    }

    private void add(String field, Optional<String> problem) {
        problem.ifPresent(message -> problems.put(field, message));
    }
}
