package org.candour.shared.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who runs the service and how to reach them, as the operator configures it ({@code candour.contact.*}): the
 * privacy notice, the accessibility statement and the contact page all name the same people.
 */
@Component
public class ContactDetails {

    private final String organisation;
    private final String unit;
    private final String email;
    private final String phone;
    private final String hours;
    private final String address;
    private final String dpoEmail;
    private final String statisticsEmail;

    ContactDetails(@Value("${candour.contact.organisation}") String organisation,
                   @Value("${candour.contact.unit}") String unit,
                   @Value("${candour.contact.email}") String email,
                   @Value("${candour.contact.phone}") String phone,
                   @Value("${candour.contact.hours}") String hours,
                   @Value("${candour.contact.address}") String address,
                   @Value("${candour.contact.dpo-email}") String dpoEmail,
                   @Value("${candour.contact.statistics-email}") String statisticsEmail) {
        this.organisation = organisation;
        this.unit = unit;
        this.email = email;
        this.phone = phone;
        this.hours = hours;
        this.address = address;
        this.dpoEmail = dpoEmail;
        this.statisticsEmail = statisticsEmail;
    }

    /** The data controller, e.g. "Metropolitan Police Service". */
    public String organisation() {
        return organisation;
    }

    /** The team that answers requests, e.g. "Information Rights Unit". */
    public String unit() {
        return unit;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String hours() {
        return hours;
    }

    /** The postal address, its lines separated by commas. */
    public String address() {
        return address;
    }

    public String dpoEmail() {
        return dpoEmail;
    }

    public String statisticsEmail() {
        return statisticsEmail;
    }
}
