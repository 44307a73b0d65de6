package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.netty.DisposableServer;

/** The bare Reactor Netty server of {@code --gateway-cost}: a 401 problem for every request, in this JVM and in a child. */
class BareNettyTest {

    @Test
    void it_answers_every_request_401_with_a_problem() {
        DisposableServer server = BareNetty.start();
        try {
            HearthApi api = new HearthApi(URI.create("http://127.0.0.1:" + server.port()), 0);

            HearthApi.Response anonymous = api.getAnonymously("/api/couples/c-1/insights").join();
            HearthApi.Response withToken = api.post("/api/couples/c-1/promises", "token", "{}").join();

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).isEqualTo(BareNetty.PROBLEM);
            assertThat(withToken.statusCode()).isEqualTo(401);
        } finally {
            server.disposeNow();
        }
    }

    @Test
    void launched_it_runs_in_a_child_jvm_of_its_own_until_closed() throws Exception {
        BareNetty.Child child = BareNetty.launch(Duration.ofSeconds(60));
        try {
            assertThat(child.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(new HearthApi(child.uri(), 0).getAnonymously("/actuator/health").join().statusCode()).isEqualTo(401);
        } finally {
            child.close();
        }
        assertThat(child.process().isAlive()).isFalse();
    }
}
