package org.summitgraph.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * A Node.js script of the tests (a folder under {@code src/test} with its package.json and lock file):
 * installed with {@code npm ci} when its dependencies are missing, run with arguments, and read back by
 * the JSON summary it prints on its last line.
 */
final class NodeScript {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase().contains("win");

    private final Path folder;
    private final String purpose;

    /** @param purpose what the script does, for the failure that says Node.js is missing */
    NodeScript(Path folder, String purpose) {
        this.folder = folder;
        this.purpose = purpose;
    }

    record Result(int exit, String output) {

        /** The JSON object of the output's last line. */
        JsonObject summary() {
            String[] lines = output.strip().split("\\R");
            return new JsonObject(lines[lines.length - 1]);
        }
    }

    /** Fails when Node.js or npm is missing; installs the dependencies unless {@code installed} is there. */
    void install(String installed) throws IOException, InterruptedException {
        requireTool("node");
        requireTool("npm");
        if (!Files.isDirectory(folder.resolve("node_modules").resolve(installed))) {
            Result install = run(List.of(WINDOWS ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund", "--prefix",
                    folder.toString()), 300);
            if (install.exit != 0) {
                fail("`npm ci --prefix " + folder + "` failed (exit " + install.exit + "):\n" + install.output);
            }
        }
    }

    /** Runs {@code script} of the folder with its arguments; fails when it does not exit with 0. */
    Result run(String script, long timeoutSeconds, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", folder.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Result result = run(command, timeoutSeconds);
        if (result.exit != 0) {
            fail(folder.resolve(script) + " failed (exit " + result.exit + "):\n" + result.output);
        }
        return result;
    }

    private void requireTool(String tool) {
        try {
            if (run(List.of(WINDOWS && tool.equals("npm") ? "npm.cmd" : tool, "--version"), 60).exit == 0) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            // reported below
        }
        fail(tool + " is not installed: " + purpose + " (" + folder + ") needs Node.js 20+ with npm on the PATH");
    }

    private static Result run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        File log = File.createTempFile("node-script", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + "s: " + String.join(" ", command) + "\n"
                        + Files.readString(log.toPath(), StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log.toPath(), StandardCharsets.UTF_8));
        } finally {
            log.delete();
        }
    }
}
