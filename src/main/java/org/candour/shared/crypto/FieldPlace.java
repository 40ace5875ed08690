package org.candour.shared.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value lives: its table, column and row. It is the AES-GCM associated data of the value, so a
 * ciphertext copied to another column or another row does not decrypt. The row is the row's id, which every table
 * with sealed values assigns in Java before the insert (a UUID), so it is known when the value is sealed.
 */
public record FieldPlace(String table, String column, String row) {

    public FieldPlace {
        if (table.isBlank() || column.isBlank() || row.isBlank()) {
            throw new IllegalArgumentException("A sealed value needs its table, column and row");
        }
    }

    public static FieldPlace of(String table, String column, Object row) {
        return new FieldPlace(table, column, row.toString());
    }

    byte[] associatedData() {
        return (table + '\u0000' + column + '\u0000' + row).getBytes(StandardCharsets.UTF_8);
    }
}
