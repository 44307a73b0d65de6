package dev.hearth.platform.local;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The setup of a test of one host JVM: a home folder of its own, a free port, the JVMs it started (stopped after each test). */
abstract class HostJvmTest {

    @TempDir
    Path home;

    final int port = FreePorts.next();

    @RegisterExtension
    final HostJvms hosts = new HostJvms();
}
