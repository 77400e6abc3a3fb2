import { DeleteRecordingHandler } from '../commands/delete-recording.handler';
import { TranscribeRecordingHandler } from '../commands/transcribe-recording.handler';
import { UploadRecordingHandler } from '../commands/upload-recording.handler';
import { GetRecordingAnalysisHandler } from '../queries/get-recording-analysis.handler';
import { GetRecordingHandler, OpenRecordingHandler } from '../queries/get-recording.handler';

/** The interview recording's handlers (S4 `/candidates/recordings/*`); the recording lives on `recording-<interview id>`. */
export const RECORDING_HANDLERS = [UploadRecordingHandler, DeleteRecordingHandler, TranscribeRecordingHandler, GetRecordingHandler, OpenRecordingHandler, GetRecordingAnalysisHandler];
