package io.github.gluelabels.core.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Canary secrets, and everything a failure would show a user. */
final class Secrets {

    static final String CANARY_SECRET = "CANARY-SECRET-wJalrXUtnFEMI/K7MDENG/bPxRfiCY";
    static final String CANARY_TOKEN = "CANARY-TOKEN-IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJH";

    /** A password in the user information of the endpoints: {@code http://glue-user:<password>@127.0.0.1:…}. */
    static final String CANARY_PASSWORD = "CANARY-PASSWORD-5f3c9a1e77d0";

    private Secrets() {}

    /** @return the endpoint with the canary password in its user information */
    static java.net.URI withCanaryPassword(java.net.URI endpoint) {
        return java.net.URI.create(endpoint.getScheme() + "://glue-user:" + CANARY_PASSWORD + "@" + endpoint.getHost()
                + ":" + endpoint.getPort() + endpoint.getRawPath());
    }

    /**
     * Every text a user could see of a failure: the message and {@code toString()} of the exception, of its causes and
     * of everything suppressed, at any depth.
     */
    static String everyMessageOf(Throwable failure) {
        List<String> texts = new ArrayList<>();
        collect(failure, texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        return String.join("\n", texts);
    }

    private static void collect(Throwable t, List<String> texts, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
        collect(t.getCause(), texts, seen);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, texts, seen);
        }
    }
}
