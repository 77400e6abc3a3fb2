import { RecordedEvent } from '@candor/contracts';

/**
 * A projection's documentIds for one document per entity: an event of the entity's own stream (`prefix<uuid>`)
 * changes the document named by its data field `idField`; an event of any other stream changes none.
 */
export function idsFromEntityStreams(streamPrefix: string, idField: string): (event: RecordedEvent) => string[] {
  const entityStream = new RegExp(`^${streamPrefix}[0-9a-f-]{36}$`, 'i');
  return (event) => (entityStream.test(event.streamId) ? [String(event.data[idField])] : []);
}
