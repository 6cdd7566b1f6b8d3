package vn.cascade.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeJobLocksTest {

  @Test
  void theConfiguredNodeIdIsTheLockOwner() {
    assertThat(NodeJobLocks.lockOwner(" node-2 ", 8080)).isEqualTo("node-2");
  }

  @Test
  void byDefaultHostNameAndPortTheSameOnEveryStart() {
    String owner = NodeJobLocks.lockOwner("", 8080);
    assertThat(owner).endsWith(":8080").isEqualTo(NodeJobLocks.lockOwner(null, 8080));
    assertThat(NodeJobLocks.lockOwner("", 8081)).isNotEqualTo(owner);
  }
}
