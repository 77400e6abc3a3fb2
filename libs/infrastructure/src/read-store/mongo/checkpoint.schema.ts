import { Connection, Model, Schema } from 'mongoose';
import { CheckpointDocument, CHECKPOINTS_COLLECTION } from '@candor/application';

/**
 * The one collection whose shape the read store knows: projection checkpoints. Projection documents stay
 * schemaless (each projection owns its shape, and the projector writes checkpoints through the same generic
 * collection API); this schema describes the checkpoint shape (a projection's or reactor's row, or the lockstep row) for typed reads such as the store's health().
 */
export const checkpointSchema = new Schema<CheckpointDocument>(
  {
    _id: { type: String, required: true },
    position: { type: String, required: true },
    updatedAt: { type: String, required: true },
    // Only on the lockstep row (LOCKSTEP_CHECKPOINT_ID): the projections that have all reached its position.
    members: { type: [String], required: false, default: undefined },
  },
  { collection: CHECKPOINTS_COLLECTION, versionKey: false, strict: 'throw', autoIndex: false },
);

export const CHECKPOINT_MODEL = 'ProjectionCheckpoint';

export function checkpointModel(connection: Connection): Model<CheckpointDocument> {
  return connection.models[CHECKPOINT_MODEL] ?? connection.model<CheckpointDocument>(CHECKPOINT_MODEL, checkpointSchema);
}
