package com.example.glue;

import io.github.gluelabels.junit5.FakeGlueTest;
import io.github.gluelabels.junit5.SeedLabels;
import io.github.gluelabels.junit5.Transport;

/** The fake on a port of 127.0.0.1, the injected clients on a socket: the fake's HTTP front runs. */
@FakeGlueTest(transport = Transport.HTTP)
@SeedLabels(transformId = FakeGlueScenarios.TRANSFORM, csv = "labels/people.csv", bucket = "exports")
class OverHttpTest extends FakeGlueScenarios {}
