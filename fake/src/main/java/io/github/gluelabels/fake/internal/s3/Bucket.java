package io.github.gluelabels.fake.internal.s3;

import java.time.Instant;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A bucket of the fake S3: its objects sorted by key, as S3 lists them (by UTF-8 bytes, which for keys without
 * surrogates is the same as by UTF-16 code unit, except above U+FFFF; see {@link S3Store#KEY_ORDER}).
 */
final class Bucket {

  final String name;
  final String region;
  final Instant created;
  final ConcurrentNavigableMap<String, StoredObject> objects = new ConcurrentSkipListMap<>(S3Store.KEY_ORDER);

  Bucket(String name, String region, Instant created) {
    this.name = name;
    this.region = region;
    this.created = created;
  }
}
