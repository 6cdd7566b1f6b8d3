package vn.cascade.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

  List<ExtensionRequest> findByAssignmentIdOrderById(Long assignmentId);
}
