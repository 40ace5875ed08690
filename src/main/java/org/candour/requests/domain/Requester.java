package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.candour.shared.crypto.EncryptedString;
import org.jspecify.annotations.Nullable;

/**
 * Who asked: personal data, so every field is encrypted at rest and none of it ever reaches logs, the search
 * index or statistics. {@link #toString()} is deliberately opaque.
 */
@Embeddable
public class Requester {

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_name", nullable = false)
    private String fullName;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_date_of_birth", nullable = false)
    private String dateOfBirth;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_address", nullable = false)
    private String address;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_postcode", nullable = false)
    private String postcode;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_email", nullable = false)
    private String email;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_phone")
    private @Nullable String phone;

    @Convert(converter = EncryptedString.class)
    @Column(name = "requester_appearance", nullable = false)
    private String appearance;

    protected Requester() {
        this.fullName = this.dateOfBirth = this.address = this.postcode = this.email = this.appearance = "";
    }

    public Requester(String fullName, LocalDate dateOfBirth, String address, String postcode, String email,
                     @Nullable String phone, String appearance) {
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth.toString();
        this.address = address;
        this.postcode = postcode;
        this.email = email;
        this.phone = phone;
        this.appearance = appearance;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return LocalDate.parse(dateOfBirth);
    }

    public String address() {
        return address;
    }

    public String postcode() {
        return postcode;
    }

    public String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }

    /** How staff can recognise the requester in the footage. */
    public String appearance() {
        return appearance;
    }

    @Override
    public String toString() {
        return "Requester[personal data withheld]";
    }
}
