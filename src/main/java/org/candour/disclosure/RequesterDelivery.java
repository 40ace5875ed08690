package org.candour.disclosure;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the requester sees of delivery on the tracking page: the copies still available, each with the addresses
 * of a pass bound to their tracking session; whether some copy has expired; the police-station viewing slots on
 * offer and the one they chose.
 */
public record RequesterDelivery(List<Available> available, boolean someExpired, List<ZonedDateTime> offeredSlots,
                                @Nullable ZonedDateTime appointment) {

    public boolean isEmpty() {
        return available.isEmpty() && !someExpired;
    }

    /** A copy to play ({@code playPath}) or download ({@code downloadPath}), to the end of its last day. */
    public record Available(ReleasedCopy copy, long sizeBytes, String playPath, String downloadPath) {
    }
}
