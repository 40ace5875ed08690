package org.candour.shared.crypto;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * The portal's data keys by id ({@code k1}, {@code k2}, ...): every key can decrypt, the one with the highest number
 * is current and encrypts everything new. A rotation adds a key (which becomes current) and re-encrypts; a key is
 * retired by removing it once nothing is encrypted under it any more.
 */
public final class KeyRing {

    private static final Pattern ID = Pattern.compile("k[1-9][0-9]{0,8}");

    private volatile Map<String, SecretKey> keys;
    private final @Nullable Supplier<Map.Entry<String, SecretKey>> newKeys;

    /** A ring that cannot grow: its keys come from the environment. */
    public KeyRing(Map<String, SecretKey> keys) {
        this(keys, null);
    }

    KeyRing(Map<String, SecretKey> keys, @Nullable Supplier<Map.Entry<String, SecretKey>> newKeys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("The key ring is empty: at least one key is needed");
        }
        keys.keySet().forEach(KeyRing::checkId);
        this.keys = sorted(keys);
        this.newKeys = newKeys;
    }

    public String currentId() {
        return keys.keySet().stream().reduce((first, last) -> last).orElseThrow();
    }

    public SecretKey current() {
        return keys.get(currentId());
    }

    public Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Every key, oldest first: values written before key ids existed are tried against each. */
    public Collection<SecretKey> all() {
        return keys.values();
    }

    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /** Whether {@link #addKey()} can make a new key here (keys from a key file can; keys from the environment not). */
    public boolean canAddKeys() {
        return newKeys != null;
    }

    /** Makes and stores a new key, which becomes current; returns its id. */
    public synchronized String addKey() {
        if (newKeys == null) {
            throw new IllegalStateException("The keys come from the environment (CANDOUR_CRYPTO_KEYS): add the new "
                    + "key there with the next number, restart, then rotate");
        }
        var made = newKeys.get();
        var grown = new LinkedHashMap<>(keys);
        grown.put(made.getKey(), made.getValue());
        keys = sorted(grown);
        return made.getKey();
    }

    static int number(String id) {
        return Integer.parseInt(checkId(id).substring(1));
    }

    static String checkId(String id) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException("A key id is k followed by a number (k1, k2, ...), not '" + id + "'");
        }
        return id;
    }

    private static Map<String, SecretKey> sorted(Map<String, SecretKey> keys) {
        var sorted = new LinkedHashMap<String, SecretKey>();
        keys.entrySet().stream().sorted(Comparator.comparingInt(e -> number(e.getKey())))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(sorted);
    }
}
