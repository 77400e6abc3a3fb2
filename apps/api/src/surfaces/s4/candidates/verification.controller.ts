import { Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  AuthenticatedUser,
  GetVerificationQuery,
  SubmitFaceImageCommand,
  SubmitIdentityDocumentCommand,
  VERIFICATION_UPLOAD_MAX_BYTES,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { validated } from '../../../http/form-fields';
import { S4Response } from '../../../http/s4-response';
import { readSingleUpload } from '../../../http/multipart-upload';
import {
  FaceVerificationFieldsDto,
  FaceVerificationFormDto,
  IdentityVerificationFieldsDto,
  IdentityVerificationFormDto,
  S4VerificationEnvelopeDto,
  VerificationResponseDto,
} from './verification.dto';
import { toVerificationResponse } from './verification.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const HONESTY =
  'Checks made: the file type from its signature (magic bytes), its size (1 KB to 10 MB; 413 above), and the pixel dimensions ' +
  'read from the image header. No OCR and no biometric face matching are performed: a submission that passes every check is ' +
  '`pending_review` (a person must confirm it), one that fails a check is `rejected` with the reasons.';

/** S4 `/candidates/verify/*`: identity documents and face images, checked as far as a server honestly can. */
@ApiTags('S4 candidates')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@S4Controller('candidates/verify')
export class CandidateVerificationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('identity')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit an identity document',
    description: `multipart/form-data: \`document_type\` and \`full_name\` (optional, before or after the file), and the document in \`document\`. ${HONESTY}`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: IdentityVerificationFormDto })
  @ApiCreatedResponse({ type: S4VerificationEnvelopeDto })
  async identity(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<S4Response<VerificationResponseDto>> {
    const { result } = await readSingleUpload(request, ['document', 'file', 'id_document'], VERIFICATION_UPLOAD_MAX_BYTES, async (file, fields) => {
      const form = await validated(IdentityVerificationFieldsDto, fields);
      return this.commands.execute(
        new SubmitIdentityDocumentCommand(user, { fileName: file.filename, contentType: file.mimetype, content: file.file }, form.document_type ?? 'other', form.full_name ?? null),
      );
    });
    const view = toVerificationResponse(await this.queries.execute(new GetVerificationQuery(result.verificationId, user)));
    return new S4Response(view, view.status === 'rejected' ? 'Identity document rejected' : 'Identity document received: pending review');
  }

  @Get('status/:verification_id')
  @ApiOkResponse({ type: S4VerificationEnvelopeDto, description: 'The verification (its owner or an admin only: 403; unknown: 404)' })
  @ApiOperation({ summary: 'Check verification status' })
  async status(@CurrentUser() user: AuthenticatedUser, @Param('verification_id') id: string): Promise<VerificationResponseDto> {
    return toVerificationResponse(await this.queries.execute(new GetVerificationQuery(id, user)));
  }

  @Post('face')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Submit a face image',
    description:
      'multipart/form-data: optional `verification_id` (before or after the file) to add it to an identity verification, and the image in ' +
      `\`image\`. ${HONESTY} With a verification id, the face image must also differ from the document.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: FaceVerificationFormDto })
  @ApiCreatedResponse({ type: S4VerificationEnvelopeDto })
  async face(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<S4Response<VerificationResponseDto>> {
    const { result } = await readSingleUpload(request, ['image', 'file', 'face'], VERIFICATION_UPLOAD_MAX_BYTES, async (file, fields) => {
      const form = await validated(FaceVerificationFieldsDto, fields);
      return this.commands.execute(
        new SubmitFaceImageCommand(user, { fileName: file.filename, contentType: file.mimetype, content: file.file }, form.verification_id ?? null),
      );
    });
    const view = toVerificationResponse(await this.queries.execute(new GetVerificationQuery(result.verificationId, user)));
    return new S4Response(view, view.status === 'rejected' ? 'Face image rejected' : 'Face image received: pending review');
  }
}
