/** Pure conversions between our read-store port and the MongoDB driver: bulk operations, index specs, errors. */
import { mongo } from 'mongoose';
import { BulkOperation, IndexSpec, Update } from '@candor/application';

export type MongoDoc = { _id: string } & Record<string, unknown>;

const DUPLICATE_KEY = 11000;
const NAMESPACE_NOT_FOUND = 26;

/** A unique index refused a write. Same wording as the in-memory store's error, so callers can match either. */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly key: Record<string, unknown> | null,
    cause?: unknown,
  ) {
    super(`Duplicate key in ${collection}${key ? `: ${JSON.stringify(key)}` : ''}`, { cause });
    this.name = 'DuplicateKeyError';
  }
}

/** Our update is either update operators or a whole replacement document, as in MongoDB's shell. */
export function isReplacement(update: Update): boolean {
  return !Object.keys(update).some((key) => key.startsWith('$'));
}

/** The driver refuses a replacement passed to updateOne, so plain documents go through replaceOne. */
export function toMongoBulkOperations(operations: readonly BulkOperation[]): mongo.AnyBulkWriteOperation<MongoDoc>[] {
  return operations.map((operation): mongo.AnyBulkWriteOperation<MongoDoc> => {
    if ('replaceOne' in operation) {
      const { filter, replacement, upsert } = operation.replaceOne;
      return { replaceOne: { filter: filter as mongo.Filter<MongoDoc>, replacement: asReplacement(replacement), upsert: upsert ?? false } };
    }
    if ('updateOne' in operation) {
      const { filter, update, upsert } = operation.updateOne;
      return isReplacement(update)
        ? { replaceOne: { filter: filter as mongo.Filter<MongoDoc>, replacement: asReplacement(update), upsert: upsert ?? false } }
        : { updateOne: { filter: filter as mongo.Filter<MongoDoc>, update: update as mongo.UpdateFilter<MongoDoc>, upsert: upsert ?? false } };
    }
    if ('deleteOne' in operation) return { deleteOne: { filter: operation.deleteOne.filter as mongo.Filter<MongoDoc> } };
    return { deleteMany: { filter: operation.deleteMany.filter as mongo.Filter<MongoDoc> } };
  });
}

/** A declared index as createIndex arguments; only `unique: true` is passed so an index is named by its keys alone. */
export function toMongoIndex(spec: IndexSpec): { keys: Record<string, 1 | -1>; options: mongo.CreateIndexesOptions } {
  return { keys: { ...spec.keys }, options: spec.unique ? { unique: true } : {} };
}

/** Duplicate-key failures (single writes and bulk writes alike) as DuplicateKeyError; anything else unchanged. */
export function translateMongoError(error: unknown, collection: string): unknown {
  if (!isDuplicateKey(error)) return error;
  const source = error as { keyValue?: Record<string, unknown>; writeErrors?: { err?: { keyValue?: Record<string, unknown> }; keyValue?: Record<string, unknown> }[] };
  const firstWriteError = Array.isArray(source.writeErrors) ? source.writeErrors[0] : undefined;
  const key = source.keyValue ?? firstWriteError?.err?.keyValue ?? firstWriteError?.keyValue ?? null;
  return new DuplicateKeyError(collection, key, error);
}

export function isNamespaceNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === NAMESPACE_NOT_FOUND;
}

function isDuplicateKey(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, writeErrors } = error as { code?: unknown; writeErrors?: { code?: unknown }[] };
  return code === DUPLICATE_KEY || (Array.isArray(writeErrors) && writeErrors.some((w) => w.code === DUPLICATE_KEY));
}

/** Replacements keep their `_id`: it matches the filter's for a replace, and names the document an upsert creates. */
function asReplacement(document: Record<string, unknown>): mongo.WithoutId<MongoDoc> {
  return document as mongo.WithoutId<MongoDoc>;
}
