package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;
import org.candour.shared.crypto.FieldPlace;
import org.candour.shared.crypto.Sealed;
import org.candour.shared.crypto.SealedConverter;
import org.jspecify.annotations.Nullable;

/**
 * Who asked: personal data, so every field is encrypted at rest and none of it ever reaches logs, the search
 * index or statistics. {@link #toString()} is deliberately opaque. Each value is sealed to its column and its
 * request's row ({@link #placeIn}).
 */
@Embeddable
public class Requester {

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_name", nullable = false)
    private Sealed fullName;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_date_of_birth", nullable = false)
    private Sealed dateOfBirth;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_address", nullable = false)
    private Sealed address;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_postcode", nullable = false)
    private Sealed postcode;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_email", nullable = false)
    private Sealed email;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_phone")
    private @Nullable Sealed phone;

    @Convert(converter = SealedConverter.class)
    @Column(name = "requester_appearance", nullable = false)
    private Sealed appearance;

    protected Requester() {
        this.fullName = this.dateOfBirth = this.address = this.postcode = this.email = this.appearance = Sealed.of("");
    }

    public Requester(String fullName, LocalDate dateOfBirth, String address, String postcode, String email,
                     @Nullable String phone, String appearance) {
        this.fullName = Sealed.of(fullName);
        this.dateOfBirth = Sealed.of(dateOfBirth.toString());
        this.address = Sealed.of(address);
        this.postcode = Sealed.of(postcode);
        this.email = Sealed.of(email);
        this.phone = Sealed.ofNullable(phone);
        this.appearance = Sealed.of(appearance);
    }

    /** Binds each value to its column of the request's row (AES-GCM associated data). */
    void placeIn(UUID requestId) {
        fullName = fullName.at(place("requester_name", requestId));
        dateOfBirth = dateOfBirth.at(place("requester_date_of_birth", requestId));
        address = address.at(place("requester_address", requestId));
        postcode = postcode.at(place("requester_postcode", requestId));
        email = email.at(place("requester_email", requestId));
        phone = phone == null ? null : phone.at(place("requester_phone", requestId));
        appearance = appearance.at(place("requester_appearance", requestId));
    }

    private static FieldPlace place(String column, UUID requestId) {
        return FieldPlace.of(FootageRequest.TABLE, column, requestId);
    }

    public String fullName() {
        return fullName.text();
    }

    public LocalDate dateOfBirth() {
        return LocalDate.parse(dateOfBirth.text());
    }

    public String address() {
        return address.text();
    }

    public String postcode() {
        return postcode.text();
    }

    public String email() {
        return email.text();
    }

    public @Nullable String phone() {
        return phone == null ? null : phone.text();
    }

    /** How staff can recognise the requester in the footage. */
    public String appearance() {
        return appearance.text();
    }

    @Override
    public String toString() {
        return "Requester[personal data withheld]";
    }
}
