import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { STORAGE, Storage } from '../../ports/storage.port';
import { analyseRecording, RecordingAnalysis } from '../recording/recording-analysis';
import { longestPauseSeconds } from '../recording/pause-detection';
import { GetRecordingAnalysisQuery } from './get-recording-analysis.query';
import { GetRecordingQuery } from './get-recording.query';
import { GetRecordingHandler } from './get-recording.handler';

@QueryHandler(GetRecordingAnalysisQuery)
export class GetRecordingAnalysisHandler implements IQueryHandler<GetRecordingAnalysisQuery> {
  constructor(
    private readonly get: GetRecordingHandler,
    @Inject(STORAGE) private readonly storage: Storage,
  ) {}

  async execute({ interviewId, viewer }: GetRecordingAnalysisQuery): Promise<RecordingAnalysis> {
    const view = await this.get.execute(new GetRecordingQuery(interviewId, viewer));
    let pause: number | null = null;
    if (view.contentType === 'audio/wav') {
      const file = await this.storage.get(view.storageKey);
      if (file) pause = await longestPauseSeconds(file.stream).finally(() => file.stream.destroy());
    }
    return analyseRecording(view, pause, new Date().toISOString());
  }
}
