package org.candour.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.candour.shared.audit.Audited;
import org.candour.shared.crypto.Sha256;

/**
 * The hash that chains audit entries: SHA-256, written as 64 lower-case hex digits, over a canonical encoding of
 * (format tag, sequence number, previous hash, actor, action, subject, instant, details). Numbers are fixed-width
 * big-endian; every text is its UTF-8 length (4 bytes) followed by its bytes, so no two different entries encode
 * alike however their texts are split ("ab" + "c" is not "a" + "bc"). The instant is epoch seconds (8 bytes) and
 * nanoseconds (4 bytes). The format tag lets a later encoding be told apart; this one must never change, or every
 * existing entry would fail verification.
 */
public final class ChainHash {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final String FORMAT = "candour-audit-v1";

    private ChainHash() {
    }

    public static String of(long sequence, String previousHash, Audited content) {
        return HexFormat.of().formatHex(Sha256.of(encode(sequence, previousHash, content)));
    }

    static byte[] encode(long sequence, String previousHash, Audited content) {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            text(out, FORMAT);
            out.writeLong(sequence);
            text(out, previousHash);
            text(out, content.actor());
            text(out, content.action());
            text(out, content.subject());
            out.writeLong(content.at().getEpochSecond());
            out.writeInt(content.at().getNano());
            text(out, content.details());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
