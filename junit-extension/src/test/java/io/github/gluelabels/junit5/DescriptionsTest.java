package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Constructors and methods are named as a user reads them")
class DescriptionsTest {

    static class Described {
        Described() {}

        void method() {}
    }

    @Test
    void aConstructorIsTheConstructorOfItsClass() throws NoSuchMethodException {
        assertThat(Descriptions.of(Described.class.getDeclaredConstructor()))
                .isEqualTo("the constructor of " + Described.class.getName());
    }

    @Test
    void aMethodIsNamedWithItsClass() throws NoSuchMethodException {
        assertThat(Descriptions.of(Described.class.getDeclaredMethod("method")))
                .isEqualTo("method " + Described.class.getName() + ".method()");
    }
}
