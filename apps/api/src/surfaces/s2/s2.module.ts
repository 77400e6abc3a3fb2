import { Module } from '@nestjs/common';
import { InterviewSessionController } from './interviews/interview-session.controller';
import { InterviewMessagesController } from './interviews/interview-messages.controller';
import { InterviewScoresController } from './interviews/interview-scores.controller';
import { VoiceTokenController } from './voice/voice-token.controller';
import { SandboxController } from './sandbox/sandbox.controller';
import { VoiceTtsController } from './voice/voice-tts.controller';
import { VoiceSttController } from './voice/voice-stt.controller';
import { ResumesController } from './resumes/resumes.controller';

/** Surface S2 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [InterviewSessionController, InterviewMessagesController, InterviewScoresController, VoiceTokenController, SandboxController, VoiceTtsController, VoiceSttController, ResumesController],
})
export class S2SurfaceModule {}
