/** A shared webhook view (webhook or delivery) as S3 answers it: its id also as `_id`, first (S3 shows ids as `_id`). */
export function withS3Id<T extends { id: string }>(view: T): T & { _id: string } {
  return { _id: view.id, ...view };
}
