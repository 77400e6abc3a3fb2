import { AuthenticatedUser } from '../identity/authenticated-user';

/** `id`: an email address, a person id (`person-…`), or the id of an interview or a candidate naming the person. */
export class ErasePersonCommand {
  constructor(
    readonly admin: AuthenticatedUser,
    readonly id: string,
  ) {}
}

export interface PersonErasure {
  readonly personId: string;
  readonly streams: readonly string[];
  readonly keysDestroyed: number;
  readonly filesDeleted: number;
  /** False when the read models live in another process (production): run `npm run projector -- rebuild` there. */
  readonly projectionsRebuilt: boolean;
}

/** Rebuilds every read model from the log (the in-process projector), so erased data leaves them. */
export interface ReadModelRebuilder {
  rebuildAll(): Promise<void>;
}

export const READ_MODEL_REBUILDER = Symbol('READ_MODEL_REBUILDER');
