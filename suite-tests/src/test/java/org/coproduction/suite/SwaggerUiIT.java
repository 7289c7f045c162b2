package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What ops do: open Swagger UI, authorize with a token from scripts/token.sh, call one endpoint from the page. */
class SwaggerUiIT {

    private static SuiteEnvironment suite;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A token made exactly as the README tells a person to make one, since that is what this test walks through. */
    private static String tokenFromScript(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "bash", SuiteEnvironment.root().resolve("scripts/token.sh").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
            throw new IllegalStateException("scripts/token.sh " + String.join(" ", args) + " failed: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"participants-service", "sessions-service", "notifications-service"})
    void authorizeAndCallAnEndpointFromSwaggerUi(String name) throws Exception {
        ServiceProcess service = switch (name) {
            case "participants-service" -> suite.participants;
            case "sessions-service" -> suite.sessions;
            default -> suite.notifications;
        };
        String path = switch (name) {
            case "participants-service" -> "/participants";
            case "sessions-service" -> "/projects";
            default -> "/deliveries";
        };
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(service.url() + "/q/swagger-ui/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn.authorize")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input[type=text]")))
                .sendKeys(tokenFromScript("coordinator"));
        browser.findElement(By.cssSelector(".modal-ux button.authorize")).click();
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'opblock-get')][.//*[contains(@class,'opblock-summary-path') and @data-path='"
                        + path + "']]")));
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        // The button appears only once the operation has opened: wait for it rather than look at once.
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement button = operation.findElement(By.cssSelector("button.try-out__btn"));
                    return button.isDisplayed() && button.isEnabled() ? button : null;
                })
                .click();
        operation.findElement(By.cssSelector("button.execute")).click();
        WebElement status = wait.until(d ->
                operation.findElement(By.cssSelector(".live-responses-table tbody tr.response .response-col_status")));
        assertThat(status.getText().trim()).isEqualTo("200");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", status);

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = SuiteEnvironment.root().resolve("suite-tests/target/screenshots/swagger-ui-" + name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
