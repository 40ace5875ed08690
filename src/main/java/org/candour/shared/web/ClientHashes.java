package org.candour.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.candour.shared.crypto.KeyDerivation;
import org.springframework.stereotype.Component;

/**
 * What is stored of a client's address (filings, tracking, lost secrets, staff sign-in failures): an HMAC-SHA-256
 * of its key (an IPv6 client by its /64) under a key derived from the portal's data key. The same client gives the same hash on every node; the 2^32 IPv4 addresses
 * cannot be tried against it without the key.
 */
@Component
public class ClientHashes {

    private static final String HMAC = "HmacSHA256";
    private final SecretKeySpec key;

    ClientHashes(KeyDerivation keys) {
        this.key = new SecretKeySpec(keys.aesKey("public client address hash v1").getEncoded(), HMAC);
    }

    public String of(String clientAddress) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(
                    ClientAddresses.key(clientAddress).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
