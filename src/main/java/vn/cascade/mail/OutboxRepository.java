package vn.cascade.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

  List<OutboxMail> findByStatusOrderByRecipientUserAscIdAsc(MailStatus status);

  List<OutboxMail> findByOrderByIdDesc(Pageable page);

  List<OutboxMail> findByKindOrderByIdDesc(MailKind kind, Pageable page);

  List<OutboxMail> findByTaskIdOrderById(String taskId);

  long countByStatus(MailStatus status);

  List<OutboxMail> findByDeliveryBatchOrderById(String deliveryBatch);
}
