package dev.hearth.platform.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** Whether the local server accepts connections to every database the services need. */
public final class PostgresProbe {

    public static final String USER = "postgres";
    /** The server trusts local connections; services are configured with this password anyway. */
    public static final String PASSWORD = "postgres";

    private PostgresProbe() {
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public static boolean ready(int port, List<String> databases) {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("loginTimeout", "5");
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl(port, database), properties)) {
                if (!connection.isValid(2)) {
                    return false;
                }
            } catch (SQLException e) {
                return false;
            }
        }
        return true;
    }
}
