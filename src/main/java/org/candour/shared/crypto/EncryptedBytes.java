package org.candour.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** JPA converter: binary content (identity documents) stored AES-GCM encrypted. */
@Component
@Converter
public class EncryptedBytes implements AttributeConverter<byte @Nullable [], byte @Nullable []> {

    private final FieldCipher cipher;

    public EncryptedBytes(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte @Nullable [] convertToDatabaseColumn(byte @Nullable [] value) {
        return value == null ? null : cipher.encrypt(value);
    }

    @Override
    public byte @Nullable [] convertToEntityAttribute(byte @Nullable [] stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
