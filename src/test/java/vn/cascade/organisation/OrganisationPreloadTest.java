package vn.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.support.ProcessTestBase;

/** A fan-out batch's units, read up front: the same answers as one query per unit. */
class OrganisationPreloadTest extends ProcessTestBase {

  @Autowired OrganisationService organisation;
  @Autowired TransactionTemplate transaction;

  @Test
  void aPreloadedBatchAnswersWhoCanDispatchFurtherAsTheWalkDoes() {
    // given a district with communes, two communes, a department and the province
    List<String> units = List.of("ngoc-hoi", "bo-y", "dak-xu", "stc", "ubnd-tinh");

    // when a transaction preloads them, and another asks without preloading
    Map<String, Boolean> preloaded = transaction.execute(status -> {
      organisation.preload(units);
      return units.stream().collect(java.util.stream.Collectors.toMap(u -> u, organisation::hasRecipientBelow));
    });
    Map<String, Boolean> walked = transaction.execute(status ->
        units.stream().collect(java.util.stream.Collectors.toMap(u -> u, organisation::hasRecipientBelow)));

    // then the answers agree: the district and the province have units below, the communes and Sở Tài chính not
    assertThat(preloaded).isEqualTo(walked)
        .containsEntry("ngoc-hoi", true).containsEntry("ubnd-tinh", true)
        .containsEntry("bo-y", false).containsEntry("dak-xu", false).containsEntry("stc", false);
    String name = transaction.execute(status -> {
      organisation.preload(units);
      return organisation.require("bo-y", "unit").getName();
    });
    assertThat(name).isEqualTo("UBND xã Bờ Y");
  }
}
