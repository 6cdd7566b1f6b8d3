package vn.cascade.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port, set as {@code spring.mail.host/port}
 * before any Spring context starts. Tests read what arrived, and may stop and restart it to play an outage.
 */
public class TestMailServer implements LauncherSessionListener {

  private static GreenMail server;
  private static int port;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    System.setProperty("spring.mail.host", "127.0.0.1");
    System.setProperty("spring.mail.port", String.valueOf(port));
    start();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stop();
  }

  public static synchronized GreenMail get() {
    return server;
  }

  /** Starts (again) on the same port, with an empty mailbox. */
  public static synchronized GreenMail start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
    }
  }

  public static synchronized void reset() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
