package org.candour.requests;

import java.util.UUID;

/**
 * A requester who lost their secret gave the reference and the address they filed with, and they matched: a
 * one-time link is to be emailed. The link's token travels sealed (AES-GCM with the portal's key,
 * {@code shared.crypto.FieldCipher}) because this event is stored in the outbox until the email is sent; only
 * {@link LostSecrets#letterFor} opens it, for the sender, and only while the link can still be used.
 */
public record SecretResetAsked(UUID requestId, UUID resetId, byte[] sealedToken) {
}
