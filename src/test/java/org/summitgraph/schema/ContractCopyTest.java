package org.summitgraph.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository's copy of the API contract is the team's: where the shared folder {@code ../shared/api}
 * is beside the project (developers' machines, CI), every contract file there has an identical copy in
 * {@code src/test/resources/contract}. A clone on its own has no shared folder: the test says so and is
 * reported as skipped.
 */
class ContractCopyTest {

    private static final Path SHARED = Path.of("..", "shared", "api");

    @Test
    void theCopyOfTheContractMatchesTheSharedOne() throws IOException {
        assumeTrue(Files.isDirectory(SHARED),
                SHARED.toAbsolutePath().normalize() + " is not beside the project: the contract copy is checked where it is");
        List<Path> shared;
        try (Stream<Path> files = Files.list(SHARED)) {
            shared = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
        for (Path file : shared) {
            Path copy = ContractConformanceTest.CONTRACTS.resolve(file.getFileName());
            String fix = ": cp " + file.normalize() + " " + copy;
            assertTrue(Files.exists(copy), copy + " is missing" + fix);
            assertEquals(Files.readString(file), Files.readString(copy), copy + " differs from the shared contract" + fix);
        }
    }
}
