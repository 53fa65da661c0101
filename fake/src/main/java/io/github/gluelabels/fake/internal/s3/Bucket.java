package io.github.gluelabels.fake.internal.s3;

import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket of the fake S3: its objects sorted by key, as S3 lists them (by UTF-8 bytes, which for keys without
 * surrogates is the same as by UTF-16 code unit, except above U+FFFF; see {@link KeyOrder#KEY_ORDER}).
 */
final class Bucket {

    final String name;
    final String region;
    final Instant created;
    /**
     * By {@link KeyOrder#sortKey}, whose natural order is {@link KeyOrder#KEY_ORDER}: String's own comparison, which
     * the JIT compiles to a vector compare, instead of a comparator that walks the keys char by char (a tenth of the
     * fake's CPU time once a bucket holds some 100,000 objects).
     */
    private final ConcurrentNavigableMap<String, StoredObject> objects = new ConcurrentSkipListMap<>();

    Bucket(String name, String region, Instant created) {
        this.name = name;
        this.region = region;
        this.created = created;
    }

    /** @return the object that was replaced, or {@code null} */
    StoredObject put(StoredObject object) {
        return objects.put(KeyOrder.sortKey(object.key()), object);
    }

    StoredObject get(String key) {
        return objects.get(KeyOrder.sortKey(key));
    }

    StoredObject remove(String key) {
        return objects.remove(KeyOrder.sortKey(key));
    }

    /** @return the objects from this key on (inclusive), in key order */
    Collection<StoredObject> from(String key) {
        return objects.tailMap(KeyOrder.sortKey(key), true).values();
    }

    /** @return all objects, in key order */
    Collection<StoredObject> all() {
        return objects.values();
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }
}
