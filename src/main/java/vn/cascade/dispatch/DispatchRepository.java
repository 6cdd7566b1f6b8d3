package vn.cascade.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchRepository extends JpaRepository<Dispatch, Long> {

  Optional<Dispatch> findByProcessInstanceId(String processInstanceId);

  @EntityGraph(attributePaths = "items")
  Optional<Dispatch> findWithItemsById(Long id);

  List<Dispatch> findByIncomingId(Long incomingId);

  Optional<Dispatch> findByParentAssignmentId(Long parentAssignmentId);
}
