import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RecordingErrors, recordingDecider, recordingStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { STORAGE, Storage } from '../../ports/storage.port';
import { RecordingView, toRecordingView } from '../recording/recording-view';
import { GetRecordingQuery, OpenRecordingQuery } from './get-recording.query';
import { loadVisibleInterview } from './load-visible-interview';

/** Folds the recording's own short stream (a handful of events): no read model is needed for it. */
@QueryHandler(GetRecordingQuery)
export class GetRecordingHandler implements IQueryHandler<GetRecordingQuery> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
  ) {}

  async execute({ interviewId, viewer }: GetRecordingQuery): Promise<RecordingView> {
    await loadVisibleInterview(this.reads, interviewId, viewer, 'view');
    const { state } = await this.store.load(recordingStreamId(interviewId), recordingDecider);
    const view = toRecordingView(interviewId, state);
    if (!view) throw RecordingErrors.none();
    return view;
  }
}

@QueryHandler(OpenRecordingQuery)
export class OpenRecordingHandler implements IQueryHandler<OpenRecordingQuery> {
  constructor(
    private readonly get: GetRecordingHandler,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ interviewId, viewer }: OpenRecordingQuery) {
    const view = await this.get.execute(new GetRecordingQuery(interviewId, viewer));
    const file = await this.storage.get(view.storageKey);
    if (!file) throw RecordingErrors.none();
    return { view, stream: file.stream, size: file.object.size };
  }
}
