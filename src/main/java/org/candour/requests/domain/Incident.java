package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** When and where the filming happened, as the requester told us. */
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

    @Column(name = "incident_location", nullable = false, length = 300)
    private String location;

    @Column(name = "incident_description", nullable = false, length = 5000)
    private String description;

    @Column(name = "officer_collar_number", length = 20)
    private @Nullable String collarNumber;

    @Column(name = "cad_reference", length = 40)
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

    public String location() {
        return location;
    }

    public String description() {
        return description;
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
}
