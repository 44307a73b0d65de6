package dev.hearth.journal.couple;

import dev.hearth.platform.crypto.keys.CoupleKeyShredder;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The registry's contract without PostgreSQL, for aggregate fixtures (the real one is tested against PostgreSQL). */
final class RegistryInMemory implements CoupleRegistry {

    final Map<String, String> coupleOfUser = new HashMap<>();
    final Map<String, String> coupleOfInvite = new HashMap<>();
    private final CoupleKeyShredder keys;

    RegistryInMemory(CoupleKeyShredder keys) {
        this.keys = keys;
    }

    RegistryInMemory() {
        this(CoupleKeyVault.inMemory().shredder());
    }

    @Override
    public void enrol(String userId, String coupleId) {
        if (coupleOfUser.putIfAbsent(userId, coupleId) != null) {
            throw new Rejection(ProblemType.ALREADY_IN_COUPLE, "already in a couple");
        }
    }

    @Override
    public void recordInvite(String codeHash, String coupleId, Instant expiresAt) {
        coupleOfInvite.put(codeHash, coupleId);
    }

    @Override
    public void leave(String coupleId, String userId) {
        coupleOfUser.values().removeIf(coupleId::equals);
        coupleOfInvite.values().removeIf(coupleId::equals);
        keys.shredAuthor(coupleId, userId);
    }

    @Override
    public void erase(String coupleId) {
        coupleOfUser.values().removeIf(coupleId::equals);
        coupleOfInvite.values().removeIf(coupleId::equals);
        keys.shredCouple(coupleId);
    }

    @Override
    public Optional<String> coupleOfInvite(String codeHash) {
        return Optional.ofNullable(coupleOfInvite.get(codeHash));
    }
}
