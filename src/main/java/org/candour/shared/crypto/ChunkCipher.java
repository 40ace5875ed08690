package org.candour.shared.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM over one chunk of an encrypted file, footage or a temporary upload (the STREAM construction). Each
 * chunk's nonce is the file's random prefix, the chunk index and a last-chunk flag; its additional data binds the
 * header, the file id, the index and the flag. So a chunk cannot be moved to another place or another file, and a file cut short at a chunk boundary
 * fails because its new last chunk was not sealed as the last.
 */
public final class ChunkCipher {

    public static final int TAG_BYTES = 16;

    private final SecretKey key;
    private final byte[] header;
    private final byte[] noncePrefix;
    private final UUID fileId;

    public ChunkCipher(SecretKey key, ChunkHeader header, UUID fileId) {
        this.key = key;
        this.header = header.bytes();
        this.noncePrefix = header.noncePrefix();
        this.fileId = fileId;
    }

    byte[] seal(long index, boolean last, byte[] plain, int length) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, index, last).doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The plaintext of a chunk, or {@link TamperedFileException} if it does not authenticate where it is. */
    byte[] open(long index, boolean last, byte[] sealed, int length) {
        try {
            return cipher(Cipher.DECRYPT_MODE, index, last).doFinal(sealed, 0, length);
        } catch (AEADBadTagException e) {
            throw new TamperedFileException("Chunk " + index + " of encrypted file " + fileId
                    + " does not authenticate: the file is damaged, truncated or not this file", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed", e);
        }
    }

    private Cipher cipher(int mode, long index, boolean last) throws GeneralSecurityException {
        if (index < 0 || index > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Chunk index out of range: " + index);
        }
        byte flag = (byte) (last ? 1 : 0);
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt((int) index).put(flag).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(ByteBuffer.allocate(header.length + 16 + 8 + 1).put(header)
                .putLong(fileId.getMostSignificantBits()).putLong(fileId.getLeastSignificantBits())
                .putLong(index).put(flag).array());
        return cipher;
    }
}
