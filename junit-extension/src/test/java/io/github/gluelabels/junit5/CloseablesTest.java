package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closing several resources: every one, the first failure thrown and the others suppressed in it")
class CloseablesTest {

    private final List<String> closed = new ArrayList<>();

    private AutoCloseable resource(String name) {
        return () -> closed.add(name);
    }

    private AutoCloseable failing(String name) {
        return () -> {
            closed.add(name);
            throw new IOException(name + " failed");
        };
    }

    @Test
    void closesEveryResourceInOrderAndSkipsNulls() {
        Closeables.closeAll(Arrays.asList(resource("a"), null, resource("b")));

        assertThat(closed).containsExactly("a", "b");
    }

    @Test
    void aFailureDoesNotStopTheOthersAndIsThrownAfterThem() {
        assertThatThrownBy(() -> Closeables.closeAll(List.of(resource("a"), failing("b"), resource("c"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot release the fake Glue: b failed")
                .hasCauseInstanceOf(IOException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(closed).containsExactly("a", "b", "c");
    }

    @Test
    void theFirstFailureIsThrownWithTheLaterOnesSuppressed() {
        Throwable thrown = catchThrowable(
                () -> Closeables.closeAll(List.of(failing("a"), resource("b"), failing("c"), failing("d"))));

        assertThat(thrown).hasMessage("Cannot release the fake Glue: a failed");
        assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("c failed", "d failed");
        assertThat(closed).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aResourceThatClosesOthersHasItsFailureThrownAsItIs() {
        Throwable inner = catchThrowable(() -> Closeables.closeAll(List.of(failing("client"))));
        closed.clear();
        AutoCloseable account = () -> Closeables.closeAll(List.of(failing("client")));

        Throwable outer = catchThrowable(() -> Closeables.closeAll(List.of(account, resource("next"))));

        assertThat(outer)
                .isInstanceOf(inner.getClass())
                .hasMessage("Cannot release the fake Glue: client failed")
                .hasCauseInstanceOf(IOException.class);
        assertThat(closed).containsExactly("client", "next");
    }
}
