package io.github.gluelabels.fake.internal.s3;

/** An S3 error as the service sends it: an XML body with a code and a message, and an HTTP status. */
public final class S3Error extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String resourceName;
    private final String resourceValue;

    S3Error(int status, String code, String message) {
        this(status, code, message, null, null);
    }

    S3Error(int status, String code, String message, String resourceName, String resourceValue) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.resourceName = resourceName;
        this.resourceValue = resourceValue;
    }

    static S3Error noSuchBucket(String bucket) {
        return new S3Error(404, "NoSuchBucket", "The specified bucket does not exist", "BucketName", bucket);
    }

    static S3Error noSuchKey(String key) {
        return new S3Error(404, "NoSuchKey", "The specified key does not exist.", "Key", key);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** @return the XML body S3 sends for this error */
    public String toXml(String requestId) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>")
                .append(code)
                .append("</Code><Message>")
                .append(S3Xml.escape(getMessage()))
                .append("</Message>");
        if (resourceName != null) {
            xml.append('<')
                    .append(resourceName)
                    .append('>')
                    .append(S3Xml.escape(resourceValue))
                    .append("</")
                    .append(resourceName)
                    .append('>');
        }
        return xml.append("<RequestId>")
                .append(requestId)
                .append("</RequestId><HostId>")
                .append(requestId)
                .append("</HostId></Error>")
                .toString();
    }
}
