package org.candour.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * JPA converter for {@link Sealed} attributes: AES-GCM bound to the value's table, column and row. A value read
 * from the database is written back as it was (no re-encryption on every update); a rotation re-encrypts.
 */
@Component
@Converter
@Immutable
public class SealedConverter implements AttributeConverter<@Nullable Sealed, byte @Nullable []> {

    private final FieldCipher cipher;

    public SealedConverter(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte @Nullable [] convertToDatabaseColumn(@Nullable Sealed value) {
        return value == null ? null : value.sealedWith(cipher);
    }

    @Override
    public @Nullable Sealed convertToEntityAttribute(byte @Nullable [] stored) {
        return stored == null ? null : Sealed.stored(stored, cipher);
    }
}
