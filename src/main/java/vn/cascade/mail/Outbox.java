package vn.cascade.mail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.EngineClock;
import vn.cascade.common.RowInsert;
import vn.cascade.common.TransactionScoped;
import vn.cascade.organisation.UserDirectory;

/**
 * Every mail goes through the outbox: a row keyed by its notice's idempotency key (so the same notice is never
 * queued twice). The mails queued in one transaction form a delivery batch that one {@code mail-delivery} process
 * instance sends: its async send task retries on its own and raises an incident in Cockpit only when the retries
 * are spent. A fan-out batch of fifty units, or a morning's digests, is one delivery job instead of one process
 * instance per mail. Reminders wait for the daily digest when {@code cascade.mail.digest} is on.
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final OutboxRepository mails;
  private final MailComposer composer;
  private final MailProperties properties;
  private final UserDirectory users;
  private final RuntimeService runtimeService;
  private final EngineAccess engine;
  private final EngineClock clock;
  private final JdbcTemplate jdbc;
  /** The insert of a new row, prepared on first use (it reads the table's metadata once). */
  private final RowInsert newRows;

  Outbox(OutboxRepository mails, MailComposer composer, MailProperties properties, UserDirectory users,
      RuntimeService runtimeService, EngineAccess engine, EngineClock clock, JdbcTemplate jdbc) {
    this.mails = mails;
    this.composer = composer;
    this.properties = properties;
    this.users = users;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.clock = clock;
    this.jdbc = jdbc;
    this.newRows = new RowInsert(jdbc, "outbox_mail", "idempotency_key", "kind", "recipient_user", "recipient_email",
        "subject", "body", "task_id", "process_instance_id", "status", "attempts", "created_at", "delivery_batch",
        "notice");
  }

  /**
   * Queues the notice for its recipient, once; returns the outbox row as written (not attached to the JPA session),
   * or the row queued before under the same key, or null when the person has no email address.
   */
  @Transactional
  public OutboxMail enqueue(Notice notice) {
    // plain JDBC: a JPA query would first dirty-check everything a fan-out batch holds; a row queued earlier in this
    // transaction is in the database already
    List<Long> existing = jdbc.queryForList("select id from outbox_mail where idempotency_key = ?", Long.class,
        notice.idempotencyKey());
    if (!existing.isEmpty()) {
      return mails.findById(existing.get(0)).orElseThrow();
    }
    return write(notice);
  }

  /**
   * Queues a notice about something created in this very transaction (a new task): nothing can have queued it
   * before, so the idempotency look-up is skipped (one query per unit of a fan-out); the unique key would still
   * refuse a second row.
   */
  @Transactional
  public OutboxMail enqueueFirst(Notice notice) {
    return write(notice);
  }

  /**
   * Queues many notices at once (a chunk of the morning deadline check): one look-up of the keys already in the
   * outbox per 500 notices and one batched insert of the new rows. A notice whose key is queued already is skipped,
   * so a rerun of the same chunk on the same morning queues nothing twice (and the unique key refuses a concurrent
   * second writer). Returns the number of rows written.
   */
  @Transactional
  public int enqueueAll(Collection<Notice> notices) {
    Map<String, Notice> byKey = new LinkedHashMap<>();
    notices.forEach(n -> byKey.putIfAbsent(n.idempotencyKey(), n));
    List<String> keys = List.copyOf(byKey.keySet());
    for (int from = 0; from < keys.size(); from += 500) {
      List<String> part = keys.subList(from, Math.min(from + 500, keys.size()));
      jdbc.queryForList("select idempotency_key from outbox_mail where idempotency_key in ("
          + String.join(",", Collections.nCopies(part.size(), "?")) + ")", String.class, part.toArray())
          .forEach(byKey::remove);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Notice notice : byKey.values()) {
      OutboxMail row = prepare(notice);
      if (row != null) {
        rows.add(row.newRow());
      }
    }
    return newRows.insertAll(rows);
  }

  private OutboxMail write(Notice notice) {
    OutboxMail row = prepare(notice);
    // plain JDBC as well: Hibernate's insert of the row cost a fan-out more than the insert itself
    return row == null ? null : row.written(newRows.insert(row.newRow()));
  }

  /** The row of a new notice, in this transaction's delivery batch when it goes out at once; null without email. */
  private OutboxMail prepare(Notice notice) {
    User user = users.find(notice.recipientUser()).orElse(null);
    if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
      LOG.warn("No email address for user {}: {} not mailed", notice.recipientUser(), notice.idempotencyKey());
      return null;
    }
    MailStatus status = properties.digest() && notice.kind().digestible() ? MailStatus.DIGEST_PENDING
        : MailStatus.PENDING;
    // the body is rendered when the mail is sent (MailDelivery): a fan-out queues one per unit
    OutboxMail row = new OutboxMail(notice.idempotencyKey(), notice.kind(), user.getId(), user.getEmail(),
        composer.subject(notice), null, notice.taskId(), notice.processInstanceId(), status, clock.now())
        .withNotice(composer.pending(notice, UserDirectory.fullName(user)));
    if (status == MailStatus.PENDING) {
      deliver(row);
    }
    return row;
  }

  /**
   * The daily digest: each person's waiting reminders go out together in one mail; a person with a single waiting
   * reminder gets it as it is. Returns the number of mails queued.
   */
  @Transactional
  public int sendDigests(LocalDate day) {
    Map<String, List<OutboxMail>> byRecipient = new LinkedHashMap<>();
    for (OutboxMail mail : mails.findByStatusOrderByRecipientUserAscIdAsc(MailStatus.DIGEST_PENDING)) {
      byRecipient.computeIfAbsent(mail.getRecipientUser(), k -> new ArrayList<>()).add(mail);
    }
    int queued = 0;
    for (var entry : byRecipient.entrySet()) {
      List<OutboxMail> items = entry.getValue();
      if (items.size() == 1) {
        items.get(0).queue();
        deliver(items.get(0));
      } else {
        String key = "DIGEST:" + entry.getKey() + ":" + day + ":" + items.get(0).getId();
        String name = users.find(entry.getKey())
            .map(UserDirectory::fullName).orElse(entry.getKey());
        MailComposer.Mail mail = composer.digest(name, items, day);
        OutboxMail digest = mails.save(new OutboxMail(key, MailKind.DIGEST, entry.getKey(),
            items.get(0).getRecipientEmail(), mail.subject(), mail.body(), null, null, MailStatus.PENDING,
            clock.now()));
        items.forEach(item -> item.includedIn(digest.getId()));
        deliver(digest);
      }
      queued++;
    }
    return queued;
  }

  /**
   * Puts the mail into this transaction's delivery batch (before it is first saved, so it is written once); the
   * first mail of a batch starts its delivery instance (named after that mail), which the job executor picks up once
   * the transaction has committed.
   */
  private void deliver(OutboxMail mail) {
    DeliveryBatch batch = currentBatch();
    mail.inDeliveryBatch(batch.id);
    if (!batch.started) {
      engine.asSystem(() -> runtimeService.startProcessInstanceByKey(MailDeliveryProcess.KEY,
          mail.getIdempotencyKey(), MailDeliveryProcess.BATCH.putIn(new HashMap<>(), batch.id)));
      batch.started = true;
    }
  }

  /** The delivery batch of the current transaction (enqueue is transactional; a REQUIRES_NEW one gets its own). */
  private static DeliveryBatch currentBatch() {
    DeliveryBatch batch = TransactionScoped.current(DeliveryBatch.class,
        () -> new DeliveryBatch(UUID.randomUUID().toString()));
    if (batch == null) {
      throw new IllegalStateException("Mails are queued in a transaction");
    }
    return batch;
  }

  private static final class DeliveryBatch implements TransactionSynchronization {
    final String id;
    boolean started;

    DeliveryBatch(String id) {
      this.id = id;
    }
  }
}
