package dev.anchorpoint.audio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ws.schild.jave.process.ffmpeg.DefaultFFMPEGLocator;

/**
 * Finds the ffmpeg executable that ships inside the jave-nativebin jar.
 *
 * <p>We extract it ourselves instead of relying on jave's DefaultFFMPEGLocator alone because that locator looks
 * the binary up through the system class loader (blind to the nested jars of a Spring Boot fat jar unless the
 * thread's context loader happens to be the app's), marks it executable with an asynchronous chmod (the first run
 * can race it), and reuses a half-written copy forever if an earlier extraction was interrupted. Here the
 * resource is loaded through this class's own loader, written to a temporary name, made executable and then
 * atomically renamed, so a file at the final path is always complete.
 *
 * <p>Order: system property {@value #PROPERTY} or environment variable ANCHORPOINT_FFMPEG (an ffmpeg you trust
 * more, or the way out when the temp directory is mounted noexec), then the bundled binary, then jave's locator.
 */
public final class FfmpegBinary {
    public static final String PROPERTY = "anchorpoint.ffmpeg";
    private static final Logger LOG = LoggerFactory.getLogger(FfmpegBinary.class);
    private static Path cached;

    private FfmpegBinary() {
    }

    /**
     * The ffmpeg executable to run.
     *
     * @throws IllegalStateException with a one-line explanation when no usable binary exists
     */
    public static synchronized Path executable() {
        if (cached == null) {
            cached = locate();
            LOG.debug("using ffmpeg at {}", cached);
        }
        return cached;
    }

    private static Path locate() {
        String configured = System.getProperty(PROPERTY, System.getenv("ANCHORPOINT_FFMPEG"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException("ffmpeg configured via " + PROPERTY + " is not an executable file: "
                        + path);
            }
            return path;
        }
        String resource = "ws/schild/jave/nativebin/" + bundledName();
        URL url = findResource(resource);
        if (url != null) {
            try {
                return extract(url);
            } catch (IOException e) {
                LOG.warn("could not extract bundled ffmpeg {}: {}", resource, e.toString());
            }
        }
        return javeLocator(resource);
    }

    /** jave's naming: ffmpeg-{os.arch}, with ".exe" on Windows and "-osx" on macOS. */
    private static String bundledName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String suffix = os.contains("windows") ? ".exe" : os.contains("mac") ? "-osx" : "";
        return "ffmpeg-" + System.getProperty("os.arch") + suffix;
    }

    private static URL findResource(String resource) {
        URL url = FfmpegBinary.class.getClassLoader().getResource(resource);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (url == null && context != null) {
            url = context.getResource(resource);
        }
        return url;
    }

    private static Path extract(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "anchorpoint-ffmpeg-" + user);
        Files.createDirectories(dir);
        String fileName = Path.of(url.getPath()).getFileName().toString();
        Path target = dir.resolve(fileName + "-" + (size >= 0 ? size : "unsized"));
        if (size >= 0 && Files.isExecutable(target) && Files.size(target) == size) {
            return target;
        }
        Path partial = Files.createTempFile(dir, fileName, ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true, false)) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        LOG.info("extracted bundled ffmpeg to {}", target);
        return target;
    }

    private static Path javeLocator(String resource) {
        try {
            Path path = Path.of(new DefaultFFMPEGLocator().getExecutablePath());
            if (Files.isExecutable(path)) {
                return path;
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("jave's ffmpeg locator failed", e);
        }
        throw new IllegalStateException("no ffmpeg binary for " + System.getProperty("os.name") + "/"
                + System.getProperty("os.arch") + " (" + resource + " is not on the classpath);"
                + " install ffmpeg and set -D" + PROPERTY + "=/path/to/ffmpeg");
    }
}
