package vn.cascade.attachment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Downloads of attachments, for users who may see the document they belong to. */
@RestController
@RequestMapping("/api/attachments")
@Tag(name = "Tệp đính kèm (attachments)")
class AttachmentController {

  private final AttachmentRepository attachments;
  private final AttachmentAccess access;

  AttachmentController(AttachmentRepository attachments, AttachmentAccess access) {
    this.attachments = attachments;
    this.access = access;
  }

  @Operation(summary = "Tải tệp đính kèm")
  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> download(@PathVariable Long id) {
    Attachment attachment = attachments.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy tệp."));
    if (!access.maySee(id)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem tệp này.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
        .body(attachment.getContent());
  }
}
