package org.clinicqueue.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the test database from outside the server, for black-box tests to check what was stored. */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static List<List<Object>> query(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("clinicqueue.it.db.url"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<List<Object>> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests that must put a row into a state that takes too long to reach (an expired code). */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("clinicqueue.it.db.url"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object single(String sql, Object... parameters) {
        List<List<Object>> rows = query(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }
}
