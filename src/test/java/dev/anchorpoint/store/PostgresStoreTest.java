package dev.anchorpoint.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Storage on a real PostgreSQL server (embedded binaries from Maven Central, started for this test). */
@Tag("postgres")
class PostgresStoreTest extends StoreContract {
    private static EmbeddedPostgres pg;

    @Override
    protected DataSource dataSource() {
        if (pg == null) {
            try {
                pg = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return pg.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
            pg = null;
        }
    }
}
