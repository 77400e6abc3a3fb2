import { AddCandidateNoteHandler } from './commands/add-candidate-note.handler';
import { UploadCvHandler } from './commands/upload-cv.handler';
import { GetCandidateHandler } from './queries/get-candidate.handler';
import { GetResumeAnalysisHandler } from './queries/get-resume-analysis.handler';
import { ListCandidatesHandler } from './queries/list-candidates.handler';

export const CANDIDATE_COMMAND_HANDLERS = [UploadCvHandler, AddCandidateNoteHandler];

export const CANDIDATE_QUERY_HANDLERS = [GetCandidateHandler, ListCandidatesHandler, GetResumeAnalysisHandler];
