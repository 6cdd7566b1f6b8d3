package vn.cascade.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.InvalidInputException;

/** Accepts PDF attachments: checks type (by content, not by name) and size, then stores them. */
@Service
public class AttachmentService {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final AttachmentRepository attachments;
  private final CascadeProperties properties;

  AttachmentService(AttachmentRepository attachments, CascadeProperties properties) {
    this.attachments = attachments;
    this.properties = properties;
  }

  @Transactional
  public Attachment storePdf(MultipartFile file, String uploadedBy) {
    try {
      return storePdf(file.getOriginalFilename(), file.getBytes(), uploadedBy);
    } catch (IOException e) {
      throw new InvalidInputException("attachment", "Không đọc được tệp đính kèm.");
    }
  }

  @Transactional
  public Attachment storePdf(String fileName, byte[] content, String uploadedBy) {
    long max = properties.attachments().maxBytes();
    if (content == null || content.length == 0) {
      throw new InvalidInputException("attachment", "Tệp đính kèm rỗng.");
    }
    if (content.length > max) {
      throw new InvalidInputException("attachment", String.format(
          "Tệp đính kèm quá lớn (%.1f MB); dung lượng tối đa là %.0f MB.", content.length / 1048576.0, max / 1048576.0));
    }
    if (content.length < PDF_MAGIC.length
        || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
      throw new InvalidInputException("attachment", "Tệp đính kèm phải là tệp PDF.");
    }
    String name = fileName == null || fileName.isBlank() ? "van-ban.pdf" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
    return attachments.save(new Attachment(name, "application/pdf", content, uploadedBy));
  }

  /** The Markdown link to an attachment (as the forms show it), or "" for none. */
  public String linkOf(Long attachmentId) {
    return attachmentId == null ? "" : attachments.findById(attachmentId).map(a -> link(a.getId(), a.getFileName()))
        .orElse("");
  }

  public String link(Long id, String fileName) {
    return "[" + fileName + "](" + properties.baseUrl() + "/api/attachments/" + id + ")";
  }
}
