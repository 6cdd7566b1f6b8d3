package vn.cascade.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo profile only: an embedded SMTP server (GreenMail) that accepts every mail Cascade sends, so reminders work
 * out of the box. What was sent can be read in the outbox page, {@code /cascade/outbox.html}.
 */
@Configuration
@Profile("demo & !test")
class DemoMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail demoSmtpServer(@Value("${spring.mail.port:2525}") int port) {
    LOG.info("Demo SMTP server on localhost:{}; sent mails: http://localhost:8080/cascade/outbox.html", port);
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }
}
