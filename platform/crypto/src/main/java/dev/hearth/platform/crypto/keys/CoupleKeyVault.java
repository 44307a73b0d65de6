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
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link Vault} over per-couple data keys (and per-author ones in a couple). A data key is 32
 * random bytes, stored only wrapped by the {@link MasterKey} ({@link CoupleKeyStore}); unwrapped
 * keys live in a bounded, expiring in-process cache and nowhere else. A key read or made inside a
 * transaction joins the cache only once that transaction committed, so a rolled-back first use can
 * never leave a key in memory that the database does not have.
 *
 * <p>Inside a transaction, the first seal for a couple takes the couple's shared lock and then
 * reads its current key from the store, not the cache: after waiting for an erasure it finds no
 * key, and the {@link KeyCreationGuard} decides whether a new one may be made.
 */
public final class CoupleKeyVault implements Vault {

    /** The version of a first key; rotation would add higher ones. */
    static final int FIRST_VERSION = 1;
    /** The cache's version of "the newest one". */
    private static final int CURRENT = 0;
    private static final byte[] FINGERPRINT_LABEL = "hearth fingerprint".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey master;
    private final CoupleKeyStore store;
    private final KeyCreationGuard guard;
    private final SecureRandom random = new SecureRandom();
    private final Cache<KeyId, DataKey> cache;
    /**
     * Scopes shredded lately ({@link #shredMark}): a key read or committed just before a shred may
     * reach the cache just after its eviction (the write's after-commit runs once the erasure has its
     * lock); such a key must not be cached again. A mark outlives the race by far, and a shred that
     * rolled back only costs this instance some reads from the store.
     */
    private final Cache<String, Boolean> shredded;

    public CoupleKeyVault(MasterKey master, CoupleKeyStore store, KeyCreationGuard guard, long cacheSize,
                          Duration cacheExpiry) {
        this.master = master;
        this.store = store;
        this.guard = guard;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(cacheExpiry).build();
        this.shredded = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(cacheExpiry).build();
    }

    public CoupleKeyVault(MasterKey master, CoupleKeyStore store, long cacheSize, Duration cacheExpiry) {
        this(master, store, KeyCreationGuard.ALLOW, cacheSize, cacheExpiry);
    }

    /** A vault of real AES-GCM over keys kept in memory: for aggregate fixtures and tools. */
    public static CoupleKeyVault inMemory() {
        return new CoupleKeyVault(MasterKey.fromBase64(MasterKey.generateBase64()), new InMemoryCoupleKeys(), 1_000,
                Duration.ofMinutes(10));
    }

    /** The shredder of this vault's keys: deletes them in its store and drops them from its cache. */
    public CoupleKeyShredder shredder() {
        return new Shredder();
    }

    @Override
    public Sealed seal(Aad aad, String plaintext) {
        return seal(aad, CoupleKeyStore.COUPLE_SCOPE, plaintext);
    }

    @Override
    public Sealed sealForAuthor(Aad aad, String authorId, String plaintext) {
        if (authorId.isEmpty()) {
            throw new IllegalArgumentException("an author's key needs the author");
        }
        return seal(aad, authorId, plaintext);
    }

    private Sealed seal(Aad aad, String authorId, String plaintext) {
        DataKey key = current(aad.coupleId(), authorId);
        byte[] nonce = AesGcm.randomBytes(random, AesGcm.NONCE_BYTES);
        byte[] ciphertext = AesGcm.encrypt(key.aes(), nonce, aad.bytes(), plaintext.getBytes(StandardCharsets.UTF_8));
        Base64.Encoder base64 = Base64.getEncoder();
        return new Sealed(key.version(), base64.encodeToString(nonce), base64.encodeToString(ciphertext),
                authorId.isEmpty() ? null : authorId);
    }

    @Override
    public String open(Aad aad, Sealed sealed) {
        String authorId = sealed.author() == null ? CoupleKeyStore.COUPLE_SCOPE : sealed.author();
        DataKey key = version(new KeyId(aad.coupleId(), authorId, sealed.v()))
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
        DataKey key = current(aad.coupleId(), CoupleKeyStore.COUPLE_SCOPE);
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
        Optional<DataKey> key = version < FIRST_VERSION ? Optional.empty()
                : version(new KeyId(aad.coupleId(), CoupleKeyStore.COUPLE_SCOPE, version));
        if (key.isEmpty()) {
            return false;
        }
        byte[] expected = fingerprintWith(key.get(), aad, content).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, fingerprint.substring(colon + 1).getBytes(StandardCharsets.US_ASCII));
    }

    /** Drops the couple's unwrapped keys, every scope, from this instance's memory. */
    public void forget(String coupleId) {
        shredded.put(shredMark(coupleId, CoupleKeyStore.COUPLE_SCOPE), true);
        cache.asMap().keySet().removeIf(id -> id.coupleId().equals(coupleId));
    }

    private void forget(String coupleId, String authorId) {
        shredded.put(shredMark(coupleId, authorId), true);
        cache.asMap().keySet().removeIf(id -> id.coupleId().equals(coupleId) && id.authorId().equals(authorId));
    }

    /** A couple's mark ends in the empty author scope, an author's in their id: a couple shred covers both. */
    private static String shredMark(String coupleId, String authorId) {
        return coupleId + "#" + authorId;
    }

    private void cache(KeyId id, DataKey key) {
        if (shredded.getIfPresent(shredMark(id.coupleId(), CoupleKeyStore.COUPLE_SCOPE)) == null
                && shredded.getIfPresent(shredMark(id.coupleId(), id.authorId())) == null) {
            cache.put(id, key);
        }
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

    /** The scope's newest key, made (in the current transaction) if it has none and the guard lets it. */
    private DataKey current(String coupleId, String authorId) {
        KeyId currentId = new KeyId(coupleId, authorId, CURRENT);
        Transaction transaction = transaction();
        DataKey known = transaction != null ? transaction.keys.get(currentId) : cache.getIfPresent(currentId);
        if (known != null) {
            return known;
        }
        if (transaction != null && transaction.locked.add(coupleId)) {
            store.lockShared(coupleId);
        }
        Optional<StoredKey> stored = store.latest(coupleId, authorId);
        if (stored.isEmpty()) {
            store.requireTransaction();
            boolean allowed = authorId.isEmpty() ? guard.mayCreateKey(coupleId) : guard.mayCreateAuthorKey(coupleId, authorId);
            if (!allowed) {
                throw new CoupleKeyRefused(coupleId);
            }
            byte[] fresh = AesGcm.randomBytes(random, AesGcm.KEY_BYTES);
            store.addIfAbsent(new StoredKey(coupleId, authorId, FIRST_VERSION,
                    master.wrap(coupleId, authorId, FIRST_VERSION, fresh, random), master.id()));
            // Whichever first use won: this transaction's key, or a racing one's that committed first.
            stored = store.latest(coupleId, authorId);
        }
        DataKey key = unwrap(stored.orElseThrow(() -> new IllegalStateException("no key for couple " + coupleId
                + " right after adding one")));
        remember(currentId, key);
        remember(new KeyId(coupleId, authorId, key.version()), key);
        return key;
    }

    private Optional<DataKey> version(KeyId id) {
        DataKey known = known(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<DataKey> key = store.find(id.coupleId(), id.authorId(), id.version()).map(this::unwrap);
        key.ifPresent(found -> remember(id, found));
        return key;
    }

    private DataKey unwrap(StoredKey stored) {
        if (!stored.masterKeyId().equals(master.id())) {
            throw new IllegalStateException("the key of couple " + stored.coupleId() + " was wrapped by master key "
                    + stored.masterKeyId() + ", not by this service's " + master.id() + " (" + MasterKey.VARIABLE + ")");
        }
        byte[] raw = master.unwrap(stored.coupleId(), stored.authorId(), stored.version(), stored.wrapped());
        return new DataKey(stored.version(), AesGcm.key(raw), AesGcm.hmac(raw, FINGERPRINT_LABEL));
    }

    private @Nullable DataKey known(KeyId id) {
        Transaction transaction = transaction();
        DataKey pending = transaction == null ? null : transaction.keys.get(id);
        return pending != null ? pending : cache.getIfPresent(id);
    }

    private void remember(KeyId id, DataKey key) {
        Transaction transaction = transaction();
        if (transaction != null) {
            transaction.keys.put(id, key);
        } else {
            cache(id, key);
        }
    }

    /** What the current transaction met: the cache gets its keys after it committed. Null outside one. */
    private @Nullable Transaction transaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Transaction transaction = (Transaction) TransactionSynchronizationManager.getResource(this);
        if (transaction == null) {
            Transaction created = new Transaction(new HashMap<>(), new HashSet<>());
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    created.keys.forEach(CoupleKeyVault.this::cache);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CoupleKeyVault.this);
                }
            });
            transaction = created;
        }
        return transaction;
    }

    /** Runs after the current transaction commits, or at once outside one. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** Keys met in a transaction, and the couples whose shared lock it holds. */
    private record Transaction(Map<KeyId, DataKey> keys, Set<String> locked) {
    }

    /** A cached key: a couple's (author {@link CoupleKeyStore#COUPLE_SCOPE}) or an author's, of one version or {@link #CURRENT}. */
    private record KeyId(String coupleId, String authorId, int version) {
    }

    /** One version of a key, unwrapped: AES for values, and an HMAC key derived from it for fingerprints. */
    private record DataKey(int version, SecretKey aes, byte[] fingerprint) {

        @Override
        public String toString() {
            return "DataKey[v" + version + "]";
        }
    }

    private final class Shredder implements CoupleKeyShredder {

        @Override
        public void shredCouple(String coupleId) {
            shred(coupleId, () -> store.deleteCouple(coupleId), () -> forget(coupleId));
        }

        @Override
        public void shredAuthor(String coupleId, String authorId) {
            shred(coupleId, () -> store.deleteAuthor(coupleId, authorId), () -> forget(coupleId, authorId));
        }

        @Override
        public void evict(String coupleId) {
            forget(coupleId);
        }

        private void shred(String coupleId, Runnable delete, Runnable evict) {
            store.lockExclusive(coupleId);
            delete.run();
            // Now, so no write of this transaction reuses them; after commit, what a reader cached meanwhile.
            evict.run();
            Transaction transaction = transaction();
            if (transaction != null) {
                transaction.keys.keySet().removeIf(id -> id.coupleId().equals(coupleId));
            }
            afterCommit(() -> {
                evict.run();
                store.reclaimSpace();
            });
        }
    }
}
