package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.candour.shared.crypto.EncryptedString;
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

    @Convert(converter = EncryptedString.class)
    @Column(name = "incident_location")
    private @Nullable String location;

    @Convert(converter = EncryptedString.class)
    @Column(name = "incident_description")
    private @Nullable String description;

    @Convert(converter = EncryptedString.class)
    @Column(name = "officer_collar_number")
    private @Nullable String collarNumber;

    @Convert(converter = EncryptedString.class)
    @Column(name = "cad_reference")
    private @Nullable String cadReference;

    @Column(name = "stop_and_search", nullable = false)
    private boolean stopAndSearch;

    protected Incident() {
        this.date = LocalDate.EPOCH;
        this.timeFrom = this.timeTo = LocalTime.MIDNIGHT;
        this.boroughCode = this.location = this.description = "";
    }

    public Incident(LocalDate date, LocalTime timeFrom, LocalTime timeTo, String boroughCode, String location,
                    String description, @Nullable String collarNumber, @Nullable String cadReference,
                    boolean stopAndSearch) {
        this.date = date;
        this.timeFrom = timeFrom;
        this.timeTo = timeTo;
        this.boroughCode = boroughCode;
        this.location = location;
        this.description = description;
        this.collarNumber = collarNumber;
        this.cadReference = cadReference;
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
        return location == null ? "" : location;
    }

    /** What happened; empty once erased. */
    public String description() {
        return description == null ? "" : description;
    }

    public @Nullable String collarNumber() {
        return collarNumber;
    }

    public @Nullable String cadReference() {
        return cadReference;
    }

    public boolean stopAndSearch() {
        return stopAndSearch;
    }

    void eraseAccount() {
        location = description = collarNumber = cadReference = null;
    }
}
