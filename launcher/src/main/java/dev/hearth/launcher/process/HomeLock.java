package dev.hearth.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code up} or {@code down} at a time per home: two of them interleaving would stop what the
 * other starts. The operating system releases the lock when its holder dies, however it dies.
 */
public final class HomeLock implements AutoCloseable {

    private static final String FILE = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the home's lock at once.
     *
     * @throws IllegalStateException if another {@code up} or {@code down} holds it, naming its pid
     */
    public static HomeLock acquire(Path home, String command) {
        Path file = home.resolve(FILE);
        try {
            Files.createDirectories(home);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new IllegalStateException("another ./hearth up or down is working on " + home
                        + (holder.isEmpty() ? "" : " (" + holder + ")") + ": wait for it to finish");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((command + " by pid " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new HomeLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }
}
