package vn.cascade.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<ReviewEntry, Long> {

  List<ReviewEntry> findByProcessInstanceIdOrderByDecidedAtAscIdAsc(String processInstanceId);
}
