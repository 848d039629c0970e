-- A replayed create answers with the ETag of the first answer too, so the client can update next.
alter table idempotency_record add column etag text;
