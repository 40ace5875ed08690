package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.candour.shared.crypto.FieldPlace;
import org.candour.shared.crypto.Sealed;
import org.candour.shared.crypto.SealedConverter;
import org.jspecify.annotations.Nullable;

/**
 * When and where the filming happened, as the requester told us. The account (location, what happened, collar
 * number, CAD reference) is personal data: encrypted at rest like {@link Requester}, and erased after the retention
 * period ({@link PersonalDataRetention}), when its accessors answer empty. Date, times, borough and the stop and
 * search flag stay: they are the facts statistics and the clocks need.
 */
@Embeddable
public class Incident {

    @Column(name = "incident_date", nullable = false)
    private LocalDate date;

    @Column(name = "incident_time_from", nullable = false)
    private LocalTime timeFrom;

    @Column(name = "incident_time_to", nullable = false)
    private LocalTime timeTo;

    @Column(name = "borough_code", nullable = false, length = 9)
    private String boroughCode;

    @Convert(converter = SealedConverter.class)
    @Column(name = "incident_location")
    private @Nullable Sealed location;

    @Convert(converter = SealedConverter.class)
    @Column(name = "incident_description")
    private @Nullable Sealed description;

    @Convert(converter = SealedConverter.class)
    @Column(name = "officer_collar_number")
    private @Nullable Sealed collarNumber;

    @Convert(converter = SealedConverter.class)
    @Column(name = "cad_reference")
    private @Nullable Sealed cadReference;

    @Column(name = "stop_and_search", nullable = false)
    private boolean stopAndSearch;

    protected Incident() {
        this.date = LocalDate.EPOCH;
        this.timeFrom = this.timeTo = LocalTime.MIDNIGHT;
        this.boroughCode = "";
    }

    public Incident(LocalDate date, LocalTime timeFrom, LocalTime timeTo, String boroughCode, String location,
                    String description, @Nullable String collarNumber, @Nullable String cadReference,
                    boolean stopAndSearch) {
        this.date = date;
        this.timeFrom = timeFrom;
        this.timeTo = timeTo;
        this.boroughCode = boroughCode;
        this.location = Sealed.of(location);
        this.description = Sealed.of(description);
        this.collarNumber = Sealed.ofNullable(collarNumber);
        this.cadReference = Sealed.ofNullable(cadReference);
        this.stopAndSearch = stopAndSearch;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime timeFrom() {
        return timeFrom;
    }

    public LocalTime timeTo() {
        return timeTo;
    }

    public String boroughCode() {
        return boroughCode;
    }

    /** Where it happened; empty once erased. */
    public String location() {
        return location == null ? "" : location.text();
    }

    /** What happened; empty once erased. */
    public String description() {
        return description == null ? "" : description.text();
    }

    public @Nullable String collarNumber() {
        return collarNumber == null ? null : collarNumber.text();
    }

    public @Nullable String cadReference() {
        return cadReference == null ? null : cadReference.text();
    }

    public boolean stopAndSearch() {
        return stopAndSearch;
    }

    /** Binds each value of the account to its column of the request's row (AES-GCM associated data). */
    void placeIn(UUID requestId) {
        location = location == null ? null : location.at(place("incident_location", requestId));
        description = description == null ? null : description.at(place("incident_description", requestId));
        collarNumber = collarNumber == null ? null : collarNumber.at(place("officer_collar_number", requestId));
        cadReference = cadReference == null ? null : cadReference.at(place("cad_reference", requestId));
    }

    private static FieldPlace place(String column, UUID requestId) {
        return FieldPlace.of(FootageRequest.TABLE, column, requestId);
    }

    void eraseAccount() {
        location = description = collarNumber = cadReference = null;
    }
}
