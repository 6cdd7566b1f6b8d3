package vn.cascade.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

  Optional<Assignment> findByDispatchIdAndUnitCode(Long dispatchId, String unitCode);

  Optional<Assignment> findByProcessInstanceId(String processInstanceId);

  long countByDispatchId(Long dispatchId);

  long countByDispatchIdAndState(Long dispatchId, AssignmentState state);

  List<Assignment> findByDispatchIdOrderByUnitCode(Long dispatchId);

  List<Assignment> findByUnitCodeInOrderByDueDate(Collection<String> unitCodes);

  List<Assignment> findByUnitCodeAndStateNot(String unitCode, AssignmentState state);

  boolean existsByDispatchIdInAndUnitCode(Collection<Long> dispatchIds, String unitCode);
}
