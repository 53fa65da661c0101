package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A test of the user's that has nothing to do with glue-labels: it runs and passes whatever glue-labels says. */
class PlainTest {

  @Test
  void addsUp() {
    assertEquals(4, 2 + 2);
  }
}
