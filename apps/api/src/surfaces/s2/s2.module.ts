import { Module } from '@nestjs/common';
import { InterviewSessionController } from './interviews/interview-session.controller';
import { VoiceTokenController } from './voice/voice-token.controller';
import { SandboxController } from './sandbox/sandbox.controller';

/** Surface S2 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [InterviewSessionController, VoiceTokenController, SandboxController],
})
export class S2SurfaceModule {}
