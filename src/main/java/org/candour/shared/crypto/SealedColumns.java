package org.candour.shared.crypto;

import java.util.List;

/**
 * Columns of a table that hold {@link FieldCipher} values bound to their {@link FieldPlace}, with the column of the
 * row id the values are bound to. Modules declare theirs as beans; the key rotation re-encrypts them all.
 */
public record SealedColumns(String table, String idColumn, List<String> columns) {

    public SealedColumns {
        columns = List.copyOf(columns);
    }
}
