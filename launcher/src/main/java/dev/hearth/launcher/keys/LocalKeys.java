package dev.hearth.launcher.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The local keys in {@code <home>/keys}: the RS256 key pair, {@code private.pem} (PKCS#8, mode 0600)
 * and {@code public.pem} (X.509 SubjectPublicKeyInfo, the form Boot's {@code public-key-location}
 * reads); and a master key per write service, {@code journal-master.key} and
 * {@code commitment-master.key} (32 random bytes in base64, mode 0600), which wraps that service's
 * couple keys; and {@code invite-secret} (32 random bytes in base64, mode 0600), the secret keyed
 * invite codes are derived from. Created on first use and then kept ({@code down --wipe} too), so tokens stay valid
 * across restarts and a service never meets couple keys wrapped by another master key.
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";
    /** The write services that seal what partners type, each with a master key of its own. */
    public static final List<String> MASTER_KEY_SERVICES = List.of("journal", "commitment");
    public static final String INVITE_SECRET_FILE = "invite-secret";
    private static final int INVITE_SECRET_BYTES = 32;
    private static final int KEY_SIZE = 2048;
    private static final int MASTER_KEY_BYTES = 32;

    private final Path directory;

    private LocalKeys(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** The key pair in {@code directory}, created (with the directory) when missing. */
    public static LocalKeys ensure(Path directory) {
        LocalKeys keys = new LocalKeys(directory);
        keys.createIfMissing();
        return keys;
    }

    public Path privateKeyFile() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /** {@code <service>-master.key}, e.g. {@code journal-master.key}. */
    public Path masterKeyFile(String service) {
        if (!MASTER_KEY_SERVICES.contains(service)) {
            throw new IllegalArgumentException(service + " keeps no master key");
        }
        return directory.resolve(service + "-master.key");
    }

    /** {@code file:/…/journal-master.key}: the value of the service's {@code HEARTH_MASTER_KEY} (a file, so the key is in no process environment). */
    public String masterKeyLocation(String service) {
        return masterKeyFile(service).toUri().toString();
    }

    /** {@code invite-secret}, read by the journal only. */
    public Path inviteSecretFile() {
        return directory.resolve(INVITE_SECRET_FILE);
    }

    /** {@code file:/…/invite-secret}: the value of {@code HEARTH_INVITE_SECRET}, so the secret itself stays out of the environment. */
    public String inviteSecretLocation() {
        return inviteSecretFile().toUri().toString();
    }

    /** {@code file:/…/public.pem}: the value of {@code HEARTH_JWT_PUBLIC_KEY}. */
    public String publicKeyLocation() {
        return publicKeyFile().toUri().toString();
    }

    public RSAPrivateKey privateKey() {
        return readPrivateKey(privateKeyFile());
    }

    public RSAPublicKey publicKey() {
        try {
            byte[] der = pemBody(Files.readString(publicKeyFile(), StandardCharsets.US_ASCII), "PUBLIC KEY");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + publicKeyFile(), e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(publicKeyFile() + " is not an RSA public key in PEM form", e);
        }
    }

    /** Reads an RSA private key from a PKCS#8 PEM file ({@code -----BEGIN PRIVATE KEY-----}). */
    public static RSAPrivateKey readPrivateKey(Path file) {
        try {
            byte[] der = pemBody(Files.readString(file, StandardCharsets.US_ASCII), "PRIVATE KEY");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(file + " is not an RSA private key in PKCS#8 PEM form"
                    + " (-----BEGIN PRIVATE KEY-----; convert with `openssl pkcs8 -topk8 -nocrypt`)", e);
        }
    }

    /** Writes a new key pair as PEM files (the private one 0600), e.g. a stranger's key for a 401. */
    public static void writeNewPair(Path privateKeyFile, Path publicKeyFile) {
        KeyPair pair = generate();
        writeSecret(privateKeyFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        writePublic(publicKeyFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private void createIfMissing() {
        if (Files.exists(privateKeyFile()) && Files.exists(publicKeyFile())
                && MASTER_KEY_SERVICES.stream().allMatch(service -> Files.exists(masterKeyFile(service)))
                && Files.exists(inviteSecretFile())) {
            return;
        }
        try {
            Files.createDirectories(directory);
            restrictToOwner(directory, "rwx------");
            // `up` and `token` may run at once: one of them creates the pair, the other reads it.
            try (FileChannel channel = FileChannel.open(directory.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(privateKeyFile()) || !Files.exists(publicKeyFile())) {
                    writeNewPair(privateKeyFile(), publicKeyFile());
                }
                for (String service : MASTER_KEY_SERVICES) {
                    if (!Files.exists(masterKeyFile(service))) {
                        byte[] key = new byte[MASTER_KEY_BYTES];
                        new SecureRandom().nextBytes(key);
                        writeSecret(masterKeyFile(service), Base64.getEncoder().encodeToString(key) + "\n");
                    }
                }
                // A home made before keyed invites gets its secret without losing its key pair.
                if (!Files.exists(inviteSecretFile())) {
                    byte[] secret = new byte[INVITE_SECRET_BYTES];
                    new SecureRandom().nextBytes(secret);
                    writeSecret(inviteSecretFile(), Base64.getEncoder().encodeToString(secret) + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the local keys in " + directory, e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is missing from this JVM", e);
        }
    }

    /** Created with mode 0600 before any byte is written, then moved into place. */
    private static void writeSecret(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = parent.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            if (posix()) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writePublic(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = parent.resolve(file.getFileName() + ".tmp");
            Files.writeString(temporary, content, StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] pemBody(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
