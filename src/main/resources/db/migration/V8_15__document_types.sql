-- Issue 15: a dispatch has a document type of Decree 30/2020, Appendix III (vn.cascade.document.DocumentType);
-- every dispatch so far was a công văn.
ALTER TABLE dispatch ADD COLUMN doc_type VARCHAR(32) DEFAULT 'CONG_VAN' NOT NULL;
