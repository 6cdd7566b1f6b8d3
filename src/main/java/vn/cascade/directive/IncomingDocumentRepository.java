package vn.cascade.directive;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IncomingDocumentRepository extends JpaRepository<IncomingDocument, Long> {

  boolean existsByIssuerCodeAndIssueYearAndNumberSymbol(String issuerCode, int issueYear, String numberSymbol);

  Optional<IncomingDocument> findByProcessInstanceId(String processInstanceId);

  java.util.List<IncomingDocument> findByAttachmentId(Long attachmentId);
}
