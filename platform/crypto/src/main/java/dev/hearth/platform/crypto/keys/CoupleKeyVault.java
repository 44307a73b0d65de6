package dev.hearth.platform.crypto.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.crypto.keys.CoupleKeyStore.StoredKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link Vault} over per-couple data keys. A couple's data key is 32 random bytes, stored only
 * wrapped by the {@link MasterKey} ({@link CoupleKeyStore}); unwrapped keys live in a bounded,
 * expiring in-process cache and nowhere else. A key read or made inside a transaction joins the
 * cache only once that transaction committed, so a rolled-back first use can never leave a key in
 * memory that the database does not have.
 */
public final class CoupleKeyVault implements Vault {

    /** The version of a couple's first key; rotation would add higher ones. */
    static final int FIRST_VERSION = 1;
    private static final byte[] FINGERPRINT_LABEL = "hearth fingerprint".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey master;
    private final CoupleKeyStore store;
    private final SecureRandom random = new SecureRandom();
    /** {@code coupleId#version} and {@code coupleId#current}: unwrapped data keys. */
    private final Cache<String, DataKey> cache;

    public CoupleKeyVault(MasterKey master, CoupleKeyStore store, long cacheSize, Duration cacheExpiry) {
        this.master = master;
        this.store = store;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(cacheExpiry).build();
    }

    /** A vault of real AES-GCM over keys kept in memory: for aggregate fixtures and tools. */
    public static CoupleKeyVault inMemory() {
        return new CoupleKeyVault(MasterKey.fromBase64(MasterKey.generateBase64()), new InMemoryCoupleKeys(), 1_000,
                Duration.ofMinutes(10));
    }

    @Override
    public Sealed seal(Aad aad, String plaintext) {
        DataKey key = current(aad.coupleId());
        byte[] nonce = AesGcm.randomBytes(random, AesGcm.NONCE_BYTES);
        byte[] ciphertext = AesGcm.encrypt(key.aes(), nonce, aad.bytes(), plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder base64 = Base64.getEncoder();
        return new Sealed(key.version(), base64.encodeToString(nonce), base64.encodeToString(ciphertext));
    }

    @Override
    public String open(Aad aad, Sealed sealed) {
        DataKey key = version(aad.coupleId(), sealed.v())
                .orElseThrow(() -> new SealedValueUnreadable(SealedValueUnreadable.Reason.KEY_GONE, aad, sealed.v()));
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            byte[] plaintext = AesGcm.decrypt(key.aes(), base64.decode(sealed.nonce()), aad.bytes(), base64.decode(sealed.ct()));
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new SealedValueUnreadable(SealedValueUnreadable.Reason.NOT_AUTHENTIC, aad, sealed.v());
        }
    }

    @Override
    public String fingerprint(Aad aad, String content) {
        DataKey key = current(aad.coupleId());
        return key.version() + ":" + fingerprintWith(key, aad, content);
    }

    @Override
    public boolean matches(Aad aad, String fingerprint, String content) {
        int colon = fingerprint.indexOf(':');
        int version;
        try {
            version = Integer.parseInt(fingerprint.substring(0, Math.max(colon, 0)));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<DataKey> key = version(aad.coupleId(), version);
        if (key.isEmpty()) {
            return false;
        }
        byte[] expected = fingerprintWith(key.get(), aad, content).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, fingerprint.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Drops the couple's unwrapped keys from this instance's memory (erasure will call it). */
    public void forget(String coupleId) {
        cache.asMap().keySet().removeIf(id -> id.startsWith(coupleId + "#"));
    }

    private static String fingerprintWith(DataKey key, Aad aad, String content) {
        byte[] aadBytes = aad.bytes();
        byte[] text = content.getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[aadBytes.length + 1 + text.length];
        System.arraycopy(aadBytes, 0, data, 0, aadBytes.length);
        data[aadBytes.length] = 0;
        System.arraycopy(text, 0, data, aadBytes.length + 1, text.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(AesGcm.hmac(key.fingerprint(), data));
    }

    /** The couple's newest key, made (in the current transaction) if it has none. */
    private DataKey current(String coupleId) {
        String currentId = coupleId + "#current";
        DataKey known = known(currentId);
        if (known != null) {
            return known;
        }
        Optional<StoredKey> stored = store.latest(coupleId);
        if (stored.isEmpty()) {
            store.requireTransaction();
            byte[] fresh = AesGcm.randomBytes(random, AesGcm.KEY_BYTES);
            store.addIfAbsent(new StoredKey(coupleId, FIRST_VERSION, master.wrap(coupleId, FIRST_VERSION, fresh, random),
                    master.id()));
            // Whichever first use won: this transaction's key, or a racing one's that committed first.
            stored = store.latest(coupleId);
        }
        DataKey key = unwrap(stored.orElseThrow(() -> new IllegalStateException("no key for couple " + coupleId
                + " right after adding one")));
        remember(currentId, key);
        remember(coupleId + "#" + key.version(), key);
        return key;
    }

    private Optional<DataKey> version(String coupleId, int version) {
        String id = coupleId + "#" + version;
        DataKey known = known(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<DataKey> key = store.find(coupleId, version).map(this::unwrap);
        key.ifPresent(found -> remember(id, found));
        return key;
    }

    private DataKey unwrap(StoredKey stored) {
        if (!stored.masterKeyId().equals(master.id())) {
            throw new IllegalStateException("the key of couple " + stored.coupleId() + " was wrapped by master key "
                    + stored.masterKeyId() + ", not by this service's " + master.id() + " (" + MasterKey.VARIABLE + ")");
        }
        byte[] raw = master.unwrap(stored.coupleId(), stored.version(), stored.wrapped());
        return new DataKey(stored.version(), AesGcm.key(raw), AesGcm.hmac(raw, FINGERPRINT_LABEL));
    }

    private @Nullable DataKey known(String id) {
        DataKey pending = pending().get(id);
        return pending != null ? pending : cache.getIfPresent(id);
    }

    private void remember(String id, DataKey key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            pending().put(id, key);
        } else {
            cache.put(id, key);
        }
    }

    /** Keys met in the current transaction: the cache gets them after it committed. Empty outside one. */
    private Map<String, DataKey> pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, DataKey> pending = (Map<String, DataKey>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, DataKey> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.putAll(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CoupleKeyVault.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    /** One version of a couple's key, unwrapped: AES for values, and an HMAC key derived from it for fingerprints. */
    private record DataKey(int version, SecretKey aes, byte[] fingerprint) {

        @Override
        public String toString() {
            return "DataKey[v" + version + "]";
        }
    }
}
