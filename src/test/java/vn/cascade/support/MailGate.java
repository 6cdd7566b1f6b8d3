package vn.cascade.support;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Real SMTP servers (GreenMail, one per name, each on a free port) in the test's JVM for applications running in
 * processes of their own, all recording into one list the Message-ID of every mail taken in, in order. Once told
 * ({@link #holdAfter}), a server holds the next mail before it answers it, until {@link #release}: the sender waits
 * in the middle of a delivery, to be killed there. {@link #heldBy} says which server holds one.
 */
public final class MailGate implements AutoCloseable {

  private final Map<String, GreenMail> servers = new LinkedHashMap<>();
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> held = Collections.synchronizedMap(new LinkedHashMap<>());
  private volatile int passes = Integer.MAX_VALUE;
  private volatile CountDownLatch release = new CountDownLatch(0);

  /** Starts one server per name. */
  public MailGate(String... names) {
    for (String name : names.length == 0 ? new String[] {"smtp"} : names) {
      GreenMail server = new GreenMail(new ServerSetup(AppProcess.freePort(), "127.0.0.1",
          ServerSetup.PROTOCOL_SMTP));
      server.start();
      UserManager users = server.getUserManager();
      MessageDeliveryHandler store = users.getMessageDeliveryHandler();
      users.setMessageDeliveryHandler((message, address) -> {
        pass(name, message.getMessage().getMessageID());
        return store.handle(message, address);
      });
      servers.put(name, server);
    }
  }

  /** The port of the (first) server. */
  public int port() {
    return servers.values().iterator().next().getSmtp().getPort();
  }

  public int port(String name) {
    return servers.get(name).getSmtp().getPort();
  }

  /** After {@code mails} more mails, every further mail is held (by whichever server takes it) until released. */
  public synchronized void holdAfter(int mails) {
    release = new CountDownLatch(1);
    passes = mails;
  }

  private void pass(String server, String messageId) {
    boolean hold;
    synchronized (this) {
      hold = passes <= 0;
      passes--;
    }
    if (hold) {
      held.merge(server, 1, Integer::sum);
      try {
        release.await(3, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    received.add(messageId);
  }

  public synchronized void release() {
    passes = Integer.MAX_VALUE;
    release.countDown();
  }

  public int held() {
    synchronized (held) {
      return held.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Mails held (now or before the last release) by the server of that name. */
  public int held(String name) {
    return held.getOrDefault(name, 0);
  }

  /** Forgets the held counts (after a release). */
  public void resetHeld() {
    held.clear();
  }

  /** The name of a server holding a mail, or null. */
  public String heldBy() {
    synchronized (held) {
      return held.keySet().stream().findFirst().orElse(null);
    }
  }

  public List<String> received() {
    synchronized (received) {
      return new ArrayList<>(received);
    }
  }

  @Override
  public void close() {
    release();
    servers.values().forEach(GreenMail::stop);
  }
}
