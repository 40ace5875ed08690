package org.candour.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A personal-data attribute of an entity, encrypted at rest bound to its {@link FieldPlace}. The entity makes one
 * from the plaintext ({@link #of}) and tells it its place ({@link #at}) once it knows its own id (in its
 * constructor, and after loading: {@code @PostLoad}); {@link SealedConverter} seals it on write and gives back a
 * sealed one on read, opened on first use. Immutable to Hibernate: equal when the plaintext, or the stored bytes, are.
 */
@Immutable
public final class Sealed {

    private final byte @Nullable [] plain;
    private final byte @Nullable [] stored;
    private final @Nullable FieldCipher cipher;
    private final @Nullable FieldPlace place;
    private volatile byte @Nullable [] opened;
    private volatile byte @Nullable [] sealed;

    private Sealed(byte @Nullable [] plain, byte @Nullable [] stored, @Nullable FieldCipher cipher,
                   @Nullable FieldPlace place) {
        this.plain = plain;
        this.stored = stored;
        this.cipher = cipher;
        this.place = place;
    }

    public static Sealed of(String plain) {
        return new Sealed(plain.getBytes(StandardCharsets.UTF_8), null, null, null);
    }

    public static Sealed of(byte[] plain) {
        return new Sealed(plain.clone(), null, null, null);
    }

    public static @Nullable Sealed ofNullable(@Nullable String plain) {
        return plain == null ? null : of(plain);
    }

    static Sealed stored(byte[] stored, FieldCipher cipher) {
        return new Sealed(null, stored, cipher, null);
    }

    /** This value placed in its table, column and row: where it is sealed to, and opened from. */
    public Sealed at(FieldPlace where) {
        if (where.equals(place)) {
            return this;
        }
        return new Sealed(plain, stored, cipher, where);
    }

    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
        if (plain != null) {
            return plain.clone();
        }
        byte[] value = opened;
        if (value == null) {
            value = cipher().open(stored(), place());
            opened = value;
        }
        return value.clone();
    }

    byte[] sealedWith(FieldCipher with) {
        if (stored != null) {
            return stored;
        }
        byte[] value = sealed;
        if (value == null) {
            value = with.seal(plain(), place());
            sealed = value;
        }
        return value;
    }

    private FieldPlace place() {
        if (place == null) {
            throw new IllegalStateException("A sealed value was used before its entity gave it its place");
        }
        return place;
    }

    private byte[] plain() {
        return java.util.Objects.requireNonNull(plain);
    }

    private byte[] stored() {
        return java.util.Objects.requireNonNull(stored);
    }

    private FieldCipher cipher() {
        return java.util.Objects.requireNonNull(cipher);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed that && (plain != null
                ? that.plain != null && Arrays.equals(plain, that.plain)
                : that.stored != null && Arrays.equals(stored, that.stored));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(plain != null ? plain : stored);
    }

    @Override
    public String toString() {
        return "Sealed[personal data withheld]";
    }
}
