package dev.anchorpoint.store;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;

/** Storage on H2 in file mode, as the server runs by default. */
class H2StoreTest extends StoreContract {
    @TempDir
    static Path dir;
    private static JdbcDataSource ds;

    @Override
    protected DataSource dataSource() {
        if (ds == null) {
            ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("anchorpoint") + ";AUTO_SERVER=FALSE");
            ds.setUser("sa");
        }
        return ds;
    }
}
