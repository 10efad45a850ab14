package dev.anchorpoint.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real browser: Debian's headless Chromium, driven by Selenium through the system chromedriver
 * (nothing is downloaded), hears kam-great.wav through its microphone path (Chromium's fake capture device),
 * streams it as one mixed channel, and shows the transcript and suggestions; a decision made with the keyboard
 * survives a page reload.
 */
@Tag("browser")
class BrowserTest extends ServerTestBase {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new AssertionError("this test needs Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        Path wav = Path.of("sample-audio", "kam-great.wav").toAbsolutePath();
        profile = Files.createTempDirectory("anchorpoint-chromium");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav + "%noloop",
                "--autoplay-policy=no-user-gesture-required",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-default-apps", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void liveInterviewFromTheMicrophoneFillsTheScorecardAndADecisionSurvivesAReload() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.get(base() + "/");
        wait.until(d -> d.findElements(By.cssSelector("#f-level option")).size() > 0);
        driver.findElement(By.id("f-candidate")).sendKeys("Grace Hopper");
        driver.findElement(By.id("f-interviewer")).sendKeys("Bob");
        new Select(driver.findElement(By.id("f-level"))).selectByValue("senior");
        driver.findElement(By.id("create-live")).click();
        wait.until(d -> d.getCurrentUrl().contains("#i="));
        wait.until(d -> d.findElements(By.cssSelector("#dimensions .dim")).size() == 7);
        wait.until(d -> "created".equals(d.findElement(By.id("v-status")).getText().toLowerCase()));

        new Select(driver.findElement(By.id("a-mode"))).selectByValue("mixed");
        driver.findElement(By.id("a-start")).click();

        // Recognition on this shared machine may run behind real time: allow for it.
        WebDriverWait slow = new WebDriverWait(driver, Duration.ofMinutes(8));
        slow.pollingEvery(Duration.ofSeconds(1));
        slow.until(d -> d.findElements(By.cssSelector("#transcript li")).size() >= 2);
        assertThat(driver.findElement(By.id("transcript")).getText().toLowerCase()).contains("account");
        slow.until(d -> d.findElements(By.cssSelector("#dimensions .dim:not(.none)")).size() >= 3);
        List<WebElement> suggested = driver.findElements(By.cssSelector("#dimensions .dim:not(.none)"));
        assertThat(suggested.get(0).findElement(By.cssSelector(".evidence li")).getText()).isNotBlank();

        // Confirm by keyboard: focus the dimension, press c.
        WebElement dim = suggested.get(0);
        String dimension = dim.getAttribute("data-dim");
        String score = dim.findElement(By.cssSelector(".num")).getText();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", dim);
        dim.sendKeys("c");
        wait.until(d -> d.findElement(By.cssSelector(".dim[data-dim='" + dimension + "'] .decision")).getText()
                .startsWith("Confirmed " + score));
        driver.findElement(By.id("a-stop")).click();

        driver.navigate().refresh();
        WebDriverWait afterReload = new WebDriverWait(driver, Duration.ofSeconds(30));
        afterReload.until(d -> d.findElements(By.cssSelector(".dim[data-dim='" + dimension + "'] .decision"))
                .stream().anyMatch(e -> e.getText().startsWith("Confirmed " + score)));
        assertThat(driver.findElement(By.id("transcript")).getText().toLowerCase()).contains("account");
        assertThat(driver.findElements(By.cssSelector("#radar polygon.area"))).hasSize(1);
    }
}
