package org.candour.shared.crypto;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts one table's sealed columns under the current key, a batch of rows per transaction in id order. Each
 * value is replaced only if it is still the one read ({@code where c = old}): a value changed meanwhile is left to
 * the next run, which {@link #pending()} counts.
 */
final class SealedColumnsRotation implements KeyRotationStep {

    private final SealedColumns sealed;
    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    SealedColumnsRotation(SealedColumns sealed, FieldCipher cipher, JdbcTemplate jdbc,
                          TransactionTemplate transactions) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String what() {
        return "values in " + sealed.table();
    }

    @Override
    public long pending() {
        long[] count = {0};
        jdbc.query("select " + String.join(", ", sealed.columns()) + " from " + sealed.table(), rs -> {
            for (int i = 1; i <= sealed.columns().size(); i++) {
                byte[] value = rs.getBytes(i);
                if (value != null && !cipher.isCurrent(value)) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    @Override
    public long rotate(int batchSize) {
        long done = 0;
        @Nullable Object after = null;
        while (true) {
            List<Row> rows = page(after, batchSize);
            if (rows.isEmpty()) {
                return done;
            }
            Long batch = transactions.execute(status -> rows.stream().mapToLong(this::reseal).sum());
            done += batch == null ? 0 : batch;
            after = rows.getLast().id();
        }
    }

    private record Row(Object id, byte @Nullable [][] values) {
    }

    private List<Row> page(@Nullable Object after, int size) {
        String sql = "select " + sealed.idColumn() + ", " + String.join(", ", sealed.columns()) + " from "
                + sealed.table() + (after == null ? "" : " where " + sealed.idColumn() + " > ?")
                + " order by " + sealed.idColumn() + " fetch first " + size + " rows only";
        var rows = new ArrayList<Row>();
        jdbc.query(sql, rs -> {
            byte[][] values = new byte[sealed.columns().size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getBytes(i + 2);
            }
            rows.add(new Row(rs.getObject(1), values));
        }, after == null ? new Object[0] : new Object[] {after});
        return rows;
    }

    private long reseal(Row row) {
        long done = 0;
        for (int i = 0; i < sealed.columns().size(); i++) {
            byte[] old = row.values()[i];
            if (old == null || cipher.isCurrent(old)) {
                continue;
            }
            String column = sealed.columns().get(i);
            var place = FieldPlace.of(sealed.table(), column, row.id());
            byte[] now = cipher.seal(cipher.open(old, place), place);
            done += jdbc.update("update " + sealed.table() + " set " + column + " = ? where " + sealed.idColumn()
                    + " = ? and " + column + " = ?", now, row.id(), old);
        }
        return done;
    }
}
