package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** The {@code TransformEncryption} of a {@code CreateMLTransform}: kept and echoed, never applied. */
final class TransformEncryptionIn {

    static final List<String> MODES = List.of("DISABLED", "SSE-KMS");

    private final JsonIn userData;
    private final String mode;
    private final String kmsKeyId;
    private final String securityConfiguration;
    private final String securityConfigurationField;

    private TransformEncryptionIn(JsonIn encryption) {
        this.userData = encryption.object("MlUserDataEncryption");
        this.mode = userData == null ? null : userData.string("MlUserDataEncryptionMode");
        this.kmsKeyId = userData == null ? null : userData.string("KmsKeyId");
        this.securityConfiguration = encryption.string("TaskRunSecurityConfigurationName");
        this.securityConfigurationField = encryption.qualified("TaskRunSecurityConfigurationName");
    }

    /** @return the encryption settings, or {@code null} when the request has none */
    static TransformEncryptionIn read(JsonIn encryption) {
        return encryption == null ? null : new TransformEncryptionIn(encryption);
    }

    List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        if (userData != null) {
            all.addAll(Validation.requiredMember(userData, "MlUserDataEncryptionMode", mode));
            all.addAll(ModelRules.oneOf(userData.qualified("MlUserDataEncryptionMode"), mode, MODES));
            all.addAll(ModelRules.name(userData.qualified("KmsKeyId"), kmsKeyId));
        }
        all.addAll(ModelRules.name(securityConfigurationField, securityConfiguration));
        return all;
    }

    TransformSettings.Encryption settings() {
        return new TransformSettings.Encryption(mode, kmsKeyId, securityConfiguration);
    }
}
