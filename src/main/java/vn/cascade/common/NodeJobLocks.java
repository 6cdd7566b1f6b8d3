package vn.cascade.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives the job executor a lock owner that survives restarts (the node's id), and at start-up, before the job
 * executor acquires anything, releases the job locks this node still held when it went down, so its interrupted
 * jobs (a fan-out batch, a mail delivery) run again within seconds instead of after their lock time.
 *
 * <p>Camunda's job executor locks a job by writing its lock owner (by default a random id per start) and an
 * expiry ({@code camunda.bpm.job-execution.lock-time-in-millis}, 5 minutes) to {@code ACT_RU_JOB}. A process killed
 * while running a job leaves the lock behind; nothing runs the job until the expiry. With the same lock owner across
 * restarts, the locks a node finds under its own id at start-up can only be those of its previous run: the node
 * itself has not acquired anything yet, and no other running node has that id. Other nodes' locks are left alone;
 * a job of a node that stays down is taken over by the others when its lock expires, as in Camunda's own clustering.
 * Shorter locks were not an option: Camunda 7 does not renew a lock, so a job running longer than its lock (a
 * batch of mails to a slow server, a restructuring) would be run a second time in parallel.
 *
 * <p>The node id is {@code cascade.node-id} ({@code CASCADE_NODE_ID}); by default the host name and the server
 * port. In a cluster, two nodes running at the same time must never share an id (the second to start would release
 * the first one's running jobs): give each node its own {@code CASCADE_NODE_ID} when host names and ports may repeat.
 * A random port ({@code server.port=0}, tests) has no identity to keep: the lock owner is random, as Camunda's.
 */
@Component
public class NodeJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeJobLocks.class);

  private final String lockOwner;
  private ProcessEngineConfigurationImpl configuration;

  NodeJobLocks(@Value("${cascade.node-id:}") String nodeId, @Value("${server.port:8080}") int port) {
    this.lockOwner = lockOwner(nodeId, port);
  }

  static String lockOwner(String nodeId, int port) {
    if (nodeId != null && !nodeId.isBlank()) {
      return nodeId.strip();
    }
    if (port == 0) {
      return UUID.randomUUID().toString();
    }
    return hostName() + ":" + port;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  public String lockOwner() {
    return lockOwner;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(lockOwner);
    }
  }

  /** Built, not yet running jobs: the job executor starts once the process application has started. */
  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (configuration == null || configuration.getJobExecutor() == null) {
      return;
    }
    int released = releaseLocks(configuration);
    if (released > 0) {
      LOG.info("Released the locks of {} job(s) this node ({}) held when it stopped; they run again now", released,
          lockOwner);
    } else {
      LOG.info("Job lock owner of this node: {}", lockOwner);
    }
  }

  private int releaseLocks(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update = connection.prepareStatement("update " + prefix + "ACT_RU_JOB"
            + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 where LOCK_OWNER_ = ?")) {
      update.setString(1, lockOwner);
      int released = update.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return released;
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot release the job locks of node " + lockOwner + ": " + e.getMessage(), e);
    }
  }
}
