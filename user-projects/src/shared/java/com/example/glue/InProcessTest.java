package com.example.glue;

import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;

/** The default transport: the injected clients reach the fake in this JVM, without a socket. */
@FakeGlueTest
@SeedLabels(transformId = FakeGlueScenarios.TRANSFORM, csv = "labels/people.csv", bucket = "exports")
class InProcessTest extends FakeGlueScenarios {}
