package io.github.gluelabels.core.export;

/**
 * The progress of a download: adds up the bytes and files of every fetching thread and tells the listener, in order,
 * when a file is done and every few megabytes in between.
 */
final class DownloadProgress {

    /** The bytes between two reports while files are on their way. */
    static final long REPORT_EVERY = 8L << 20;

    private final ExportListener listener;
    private final long total;
    private final int count;
    private long bytes;
    private int files;
    private long nextReport = REPORT_EVERY;

    /**
     * @param total the bytes of the whole download
     * @param count its files
     */
    DownloadProgress(ExportListener listener, long total, int count) {
        this.listener = listener;
        this.total = total;
        this.count = count;
    }

    /** More bytes arrived. */
    synchronized void add(long more) {
        bytes += more;
        if (bytes >= nextReport) {
            listener.downloadProgress(bytes, total, files, count);
            nextReport = bytes + REPORT_EVERY;
        }
    }

    /** One more file arrived whole. */
    synchronized void fileDone() {
        files++;
        listener.downloadProgress(bytes, total, files, count);
    }
}
