package vn.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.support.ProcessTestBase;

/** The engine's authorization table has Cascade's index on the user id, on H2 and on PostgreSQL. */
class AuthorizationUserIndexTest extends ProcessTestBase {

  @Autowired DataSource dataSource;

  @Test
  void authorizationsAreIndexedByUser() throws Exception {
    // given the application started (the engine created its tables)

    // when the database lists the indexes of ACT_RU_AUTHORIZATION
    List<String> userIdIndexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : new String[] {"ACT_RU_AUTHORIZATION", "act_ru_authorization"}) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (index.next()) {
            if ("USER_ID_".equalsIgnoreCase(index.getString("COLUMN_NAME")) && index.getInt("ORDINAL_POSITION") == 1) {
              userIdIndexes.add(index.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }

    // then one of them starts with the user id: Cascade's
    assertThat(userIdIndexes).contains(AuthorizationUserIndexPlugin.INDEX);
  }
}
