import { Module } from '@nestjs/common';
import { AccountActions } from '../identity/account-actions';
import { SessionsController } from './sessions/sessions.controller';
import { CodingEventsController } from './coding/coding-events.controller';
import { CodingExecuteController } from './coding/coding-execute.controller';
import { LiveKitTokenController } from './livekit/livekit-token.controller';
import { LiveKitWebhookController } from './livekit/livekit-webhook.controller';
import { EvaluationsController } from './evaluations/evaluations.controller';
import { S0AuthController } from './auth/s0-auth.controller';
import { AiAnalyzeController } from './ai/ai-analyze.controller';
import { AiCompleteController } from './ai/ai-complete.controller';

/** Surface S0 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [S0AuthController, SessionsController, CodingEventsController, CodingExecuteController, LiveKitTokenController, LiveKitWebhookController, EvaluationsController, AiAnalyzeController, AiCompleteController],
  providers: [AccountActions],
})
export class S0SurfaceModule {}
