package org.candour.footage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger standing in for a database that refuses a row in the middle of a batch (ids containing POISON). */
public class RefuseMarkedRows implements Trigger {

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && String.valueOf(newRow[0]).contains("POISON")) {
            throw new SQLException("refused by test trigger");
        }
    }
}
