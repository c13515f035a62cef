package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaultsAreLoopbackReadOnlyWithoutCors() {
        ServerOptions opts = ServerOptions.defaults();

        assertThat(opts.host()).isEqualTo("127.0.0.1");
        assertThat(opts.port()).isEqualTo(3030);
        assertThat(opts.datasetPath()).isEqualTo("/geokg");
        assertThat(opts.queryTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(opts.allowUpdate()).isFalse();
        assertThat(opts.credentials()).isEmpty();
        assertThat(opts.corsOrigin()).isEmpty();
        assertThat(opts.maxConcurrentQueries()).isGreaterThanOrEqualTo(2);
        assertThat(opts.maxQueuedQueries()).isEqualTo(64);
        assertThat(opts.maxQueueWait()).isEqualTo(opts.queryTimeout());
    }

    @Test
    void theQueueWaitFollowsTheTimeoutUnlessSet() {
        assertThat(ServerOptions.builder().queryTimeout(Duration.ofSeconds(5)).build().maxQueueWait()).hasSeconds(5);
        assertThat(ServerOptions.builder().maxQueueWait(Duration.ofSeconds(2)).build().maxQueueWait()).hasSeconds(2);
        assertThatThrownBy(() -> ServerOptions.builder().maxConcurrentQueries(0).build()).hasMessageContaining("0 running");
        assertThatThrownBy(() -> ServerOptions.builder().maxQueuedQueries(-1).build()).hasMessageContaining("-1 queued");
    }

    @Test
    void updatesNeedCredentials() {
        assertThatThrownBy(() -> ServerOptions.builder().allowUpdate(true).build())
                .isInstanceOf(ServerException.class).hasMessageContaining("no credentials");
    }

    @Test
    void credentialsWithoutUpdatesAreAMistake() {
        assertThatThrownBy(() -> ServerOptions.builder().credentials(new Credentials("u", "p")).build())
                .isInstanceOf(ServerException.class).hasMessageContaining("not allowed");
    }

    @Test
    void rejectsBadPortTimeoutAndDatasetName() {
        assertThatThrownBy(() -> ServerOptions.builder().port(70000).build()).hasMessageContaining("70000");
        assertThatThrownBy(() -> ServerOptions.builder().queryTimeout(Duration.ZERO).build()).hasMessageContaining("positive");
        assertThatThrownBy(() -> ServerOptions.builder().datasetName("a/b").build()).hasMessageContaining("'a/b'");
    }

    @Test
    void credentialsHideThePasswordAndRejectAColonInTheUser() {
        assertThat(new Credentials("editor", "hunter2")).hasToString("Credentials[user=editor, password=***]");
        assertThatThrownBy(() -> new Credentials("a:b", "x")).hasMessageContaining("':'");
        assertThatThrownBy(() -> new Credentials("a", "")).hasMessageContaining("empty");
    }
}
