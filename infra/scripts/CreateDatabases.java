import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Creates the PostgreSQL role and databases Markguard uses, if they are missing, without
 * needing psql on the machine.
 *
 * <p>Run with the PostgreSQL JDBC driver on the class path:
 * {@code java -cp postgresql.jar infra/scripts/CreateDatabases.java [--recreate] database...}.
 * Connection and role settings come from the environment, as for the services:
 * MARKGUARD_DB_HOST (127.0.0.1), MARKGUARD_DB_PORT (5432), MARKGUARD_DB_USER (markguard),
 * MARKGUARD_DB_PASSWORD (markguard), MARKGUARD_DB_ADMIN_USER (postgres),
 * MARKGUARD_DB_ADMIN_PASSWORD (empty). Passwords stay out of the process list that way.
 *
 * <p>{@code --recreate} drops and creates the databases, for a test run that must start from
 * nothing; it refuses names that do not end in _test or _e2e, so it can never wipe the data
 * of a local suite a developer is using.
 */
public class CreateDatabases {

    private static final int MIN_POSTGRES_MAJOR = 13;

    public static void main(String[] args) {
        boolean recreate = false;
        List<String> databases = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--recreate")) {
                recreate = true;
            } else if (arg.startsWith("-")) {
                usage("unknown option " + arg);
            } else if (!arg.matches("[a-z_][a-z0-9_]{0,62}")) {
                usage("'" + arg + "' is not a plain database name (lower-case letters, digits, _)");
            } else {
                databases.add(arg);
            }
        }
        if (databases.isEmpty()) {
            usage("no database named");
        }
        if (recreate) {
            for (String db : databases) {
                if (!db.endsWith("_test") && !db.endsWith("_e2e")) {
                    fail("--recreate only drops test databases (names ending in _test or _e2e), not " + db);
                }
            }
        }

        String host = env("MARKGUARD_DB_HOST", "127.0.0.1");
        String port = env("MARKGUARD_DB_PORT", "5432");
        String role = env("MARKGUARD_DB_USER", "markguard");
        String password = env("MARKGUARD_DB_PASSWORD", "markguard");
        String admin = env("MARKGUARD_DB_ADMIN_USER", "postgres");
        String adminPassword = env("MARKGUARD_DB_ADMIN_PASSWORD", "");
        String where = host + ":" + port;

        try (Connection c = connect(host, port, "postgres", admin, adminPassword)) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < MIN_POSTGRES_MAJOR) {
                fail("PostgreSQL at " + where + " is version " + major + "; Markguard needs " + MIN_POSTGRES_MAJOR
                        + " or newer");
            }
            ensureRole(c, role, password);
            String encodingClause = utf8Template(c) ? "" : " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'";
            for (String db : databases) {
                if (recreate && exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    execute(c, "DROP DATABASE " + ident(db) + " WITH (FORCE)");
                    execute(c, "CREATE DATABASE " + ident(db) + " OWNER " + ident(role) + encodingClause);
                    System.out.println("  database " + db + ": recreated");
                } else if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", db)) {
                    execute(c, "CREATE DATABASE " + ident(db) + " OWNER " + ident(role) + encodingClause);
                    System.out.println("  database " + db + ": created");
                } else {
                    String owner = owner(c, db);
                    if (!owner.equals(role)) {
                        // PostgreSQL 15+ lets only the owner create tables in schema public.
                        execute(c, "ALTER DATABASE " + ident(db) + " OWNER TO " + ident(role));
                        System.out.println("  database " + db + ": exists, owner changed from " + owner + " to " + role);
                    } else {
                        System.out.println("  database " + db + ": exists");
                    }
                }
            }
        } catch (SQLException e) {
            fail(explain(e, where, admin));
        }

        // The services log in as the role, not as the admin: prove that login works now
        // rather than as a stack trace in a service log later.
        try (Connection c = connect(host, port, databases.get(0), role, password)) {
            c.isValid(5);
        } catch (SQLException e) {
            fail("the services could not log in to " + databases.get(0) + " at " + where + " as " + role + ": "
                    + e.getMessage() + " (check MARKGUARD_DB_PASSWORD, or pg_hba.conf allows " + role + ")");
        }
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            System.out.println("  role " + role + ": exists");
            return;
        }
        execute(c, "CREATE ROLE " + ident(role) + " LOGIN PASSWORD " + literal(password));
        System.out.println("  role " + role + ": created");
    }

    private static boolean utf8Template(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'template1'")) {
            return rs.next() && "UTF8".equals(rs.getString(1));
        }
    }

    private static String owner(Connection c, String db) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
            s.setString(1, db);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Connection connect(String host, String port, String db, String user, String password)
            throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "10");
        props.setProperty("ApplicationName", "markguard-create-databases");
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + db, props);
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** DDL takes no bind parameters; standard_conforming_strings (on since 9.1) makes '' the only escape. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String explain(SQLException e, String where, String admin) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "cannot connect to PostgreSQL at " + where + ": " + e.getMessage()
                    + " (start it, or set MARKGUARD_DB_HOST / MARKGUARD_DB_PORT)";
        }
        if (state.startsWith("28")) {
            return "PostgreSQL at " + where + " refused the admin login " + admin + ": " + e.getMessage()
                    + " (set MARKGUARD_DB_ADMIN_USER / MARKGUARD_DB_ADMIN_PASSWORD to a user that may create roles and databases)";
        }
        if (state.equals("42501")) {
            return "the admin user " + admin + " may not do this at " + where + ": " + e.getMessage()
                    + " (use a superuser, or one with CREATEROLE and CREATEDB, in MARKGUARD_DB_ADMIN_USER)";
        }
        return "PostgreSQL at " + where + ": " + e.getMessage();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void usage(String problem) {
        System.err.println("CreateDatabases: " + problem);
        System.err.println("usage: java -cp postgresql.jar CreateDatabases.java [--recreate] database...");
        System.exit(2);
    }

    private static void fail(String message) {
        System.err.println("markguard: " + message);
        System.exit(1);
    }
}
