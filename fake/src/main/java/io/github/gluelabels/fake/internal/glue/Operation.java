package io.github.gluelabels.fake.internal.glue;

/**
 * One operation of the fake Glue, such as {@code GetMLTaskRun}: reads its input, changes the state it must, and writes
 * its output. {@link GlueService} names each one beside the method that answers it; {@link GlueProtocol} carries the
 * envelope around it.
 */
@FunctionalInterface
interface Operation {

    /**
     * Answers one request.
     *
     * @param input the request's members
     * @return the output's JSON body
     * @throws GlueError the modelled error the service answers with
     */
    byte[] answer(JsonIn input);
}
