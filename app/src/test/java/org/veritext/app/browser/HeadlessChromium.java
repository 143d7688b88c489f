package org.veritext.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's packaged Chromium, headless, for browser tests.
 *
 * <p>Binary and driver are given by path so that Selenium Manager never tries to download a
 * browser or driver (the build machines have no use for that, and may be offline).
 */
public final class HeadlessChromium {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {
    }

    /** A new browser; the caller quits it. */
    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                // Containers and CI usually run as root, where Chromium's sandbox cannot start.
                "--no-sandbox",
                "--disable-gpu",
                // No network chatter: tests load file:// pages and must not wait for or hit the net.
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                // A fixed window so that layout (line breaks, what is scrolled into view) is repeatable.
                "--window-size=1400,1000",
                // Test harness pages are opened as file:// URLs and load their scripts by relative path.
                "--allow-file-access-from-files",
                // A fresh profile each time: no state leaks between runs or between parallel builds.
                "--user-data-dir=" + freshProfileDirectory());
        // The browser's console, readable by tests (for instance to see what a Content-Security-Policy blocked).
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String freshProfileDirectory() {
        try {
            Path directory = Files.createTempDirectory("veritext-chromium-");
            // Chromium fills the profile with files, so File.deleteOnExit (empty directories only) is not
            // enough. By JVM exit every test class has quit its browser; delete what is left, best effort.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory)));
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile directory", e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Leave it to the system's temp cleaning.
        }
    }
}
