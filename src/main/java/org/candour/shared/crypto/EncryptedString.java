package org.candour.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** JPA converter: a text attribute stored AES-GCM encrypted. Use with {@code @Convert(converter = ...)}. */
@Component
@Converter
public class EncryptedString implements AttributeConverter<@Nullable String, byte @Nullable []> {

    private final FieldCipher cipher;

    public EncryptedString(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte @Nullable [] convertToDatabaseColumn(@Nullable String value) {
        return value == null ? null : cipher.encrypt(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public @Nullable String convertToEntityAttribute(byte @Nullable [] stored) {
        return stored == null ? null : new String(cipher.decrypt(stored), StandardCharsets.UTF_8);
    }
}
