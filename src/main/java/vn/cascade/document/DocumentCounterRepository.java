package vn.cascade.document;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentCounterRepository extends JpaRepository<DocumentCounter, DocumentCounter.Key> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from DocumentCounter c where c.key = :key")
  Optional<DocumentCounter> lockByKey(DocumentCounter.Key key);
}
