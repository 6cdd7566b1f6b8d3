package vn.cascade.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
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
 * itself has not acquired anything yet (the job executor starts when the application is ready, after this), and no
 * other running node has that id. Other nodes' locks are left alone: a job of a node that stays down is taken over
 * by the others when its lock expires, as in Camunda's own clustering. Shorter locks were not an option: Camunda 7
 * does not renew a lock, so a job running longer than its lock (a batch of mails to a slow server, a restructuring)
 * would be run a second time in parallel.
 *
 * <p>The node id is also the engine's host name (the job log's {@code HOSTNAME_}, the metrics' reporter), so a
 * job's node can be read back.
 *
 * <p>The node id is {@code cascade.node-id} ({@code CASCADE_NODE_ID}); by default the host name and the port the
 * web server has just bound, which no other running process on that host can hold, so a second process started by
 * mistake with the same port fails before it touches a lock. In a cluster, two nodes running at the same time must
 * never share an id (the second to start would release the first one's running jobs): set {@code CASCADE_NODE_ID}
 * per node where host names can repeat (containers given a fixed host name). Without a web server (tests) the lock
 * owner stays Camunda's random one and nothing is released.
 */
@Component
public class NodeJobLocks extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeJobLocks.class);

  private final String nodeId;
  private ProcessEngineConfigurationImpl configuration;

  NodeJobLocks(@Value("${cascade.node-id:}") String nodeId) {
    this.nodeId = nodeId;
  }

  static String lockOwner(String nodeId, int port) {
    if (nodeId != null && !nodeId.isBlank()) {
      return nodeId.strip();
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

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The server's port is bound; the job executor starts later, once the application is ready. */
  @EventListener
  public void serverStarted(WebServerInitializedEvent event) {
    String namespace = event.getApplicationContext().getServerNamespace();
    JobExecutor jobExecutor = configuration == null ? null : configuration.getJobExecutor();
    if (jobExecutor == null || (namespace != null && !namespace.isEmpty())) {
      return; // no engine, or a second server (management)
    }
    if (jobExecutor.isActive()) {
      LOG.warn("The job executor started before the web server: its lock owner stays {}, no lock released",
          jobExecutor.getLockOwner());
      return;
    }
    String owner = lockOwner(nodeId, event.getWebServer().getPort());
    jobExecutor.setLockOwner(owner);
    // the engine's host name too: the job log (ACT_HI_JOB_LOG.HOSTNAME_) and the metrics then tell which node ran
    // a job; Camunda's default (the address and the engine's name) is the same for two nodes on one host
    configuration.setHostname(owner);
    int released = releaseLocks(owner);
    if (released > 0) {
      LOG.info("Released the locks of {} job(s) this node ({}) held when it stopped; they run again now", released,
          owner);
    } else {
      LOG.info("Job lock owner of this node: {}", owner);
    }
  }

  private int releaseLocks(String owner) {
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        PreparedStatement update = connection.prepareStatement("update " + prefix + "ACT_RU_JOB"
            + " set LOCK_OWNER_ = null, LOCK_EXP_TIME_ = null, REV_ = REV_ + 1 where LOCK_OWNER_ = ?")) {
      update.setString(1, owner);
      int released = update.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return released;
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot release the job locks of node " + owner + ": " + e.getMessage(), e);
    }
  }
}
