package org.candour.requests;

/** What a requester types to reach their request, and where from (for the limit on failed attempts). */
public record TrackingCredentials(String reference, String secret, String clientAddress) {

    @Override
    public String toString() {
        return "TrackingCredentials[" + reference + "]"; // never the secret
    }
}
