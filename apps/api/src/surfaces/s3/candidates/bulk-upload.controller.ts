import { Controller, HttpCode, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AuthenticatedUser, CV_MAX_BYTES, CvUpload, StartBatchCvUploadCommand } from '@candor/application';
import { DomainError } from '@candor/domain';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { RequestValidationError } from '../../../http/request-validation.error';
import { Guarded } from '../../../http/guarded.decorator';

const FILE_FIELDS = ['cv_files', 'cv_file', 'files', 'file'];

class BulkUploadFormDto {
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'binary' }, description: 'Up to 50 CVs (PDF, DOCX or text, 10 MB each), each in a `cv_files` part' })
  cv_files!: unknown[];
}

class BulkUploadStartedDto {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty({ example: 'cv_upload' }) kind!: string;
  @ApiProperty({ example: 12 }) total!: number;
  @ApiProperty({ example: 'running' }) status!: string;
  @ApiProperty({ description: 'One `progress` message per parsed CV (its candidate id), then `completed`' }) progress_url!: string;
  @ApiProperty({ description: 'The job with each file\'s outcome' }) status_url!: string;
}

/** S3 bulk CV upload (S4 batch limits): a batch job, parsed in the background, progress on `/ws/batch/{job_id}/progress`. */
@ApiTags('S3 candidates')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/candidates')
export class S3BulkUploadController {
  constructor(private readonly commands: CommandBus) {}

  @Post('bulk_upload')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Upload up to 50 CVs as one batch job',
    description:
      'multipart/form-data, each CV in a `cv_files` part. The files are stored as they arrive, then each is parsed as by `upload_cv` ' +
      '(a wrong type fails that file alone). 400 with no file or more than 50, 413 for a file over 10 MB (nothing is kept).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: BulkUploadFormDto })
  @ApiAcceptedResponse({ type: BulkUploadStartedDto })
  async bulkUpload(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<BulkUploadStartedDto> {
    if (!request.isMultipart()) throw missingFiles('expected multipart/form-data with the CVs in cv_files');
    try {
      const { jobId, total } = await this.commands.execute(new StartBatchCvUploadCommand(user, cvParts(request)));
      return { job_id: jobId, kind: 'cv_upload', total, status: 'running', progress_url: `/ws/batch/${jobId}/progress`, status_url: `/interviewer/batch/${jobId}` };
    } catch (error) {
      const tooLarge = (error instanceof DomainError && error.code === 'STORAGE.TOO_LARGE') || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE';
      if (tooLarge) throw new PayloadTooLargeException(`A CV is larger than ${CV_MAX_BYTES} bytes (10 MB)`);
      throw error;
    }
  }
}

async function* cvParts(request: FastifyRequest): AsyncGenerator<CvUpload> {
  for await (const part of request.parts({ limits: { files: 60, fileSize: CV_MAX_BYTES + 1, fields: 10, fieldSize: 1024 } })) {
    if (part.type === 'field') continue;
    const file = part as MultipartFile;
    if (!FILE_FIELDS.includes(file.fieldname)) {
      file.file.resume();
      continue;
    }
    yield { fileName: file.filename, contentType: file.mimetype, content: file.file };
  }
}

function missingFiles(msg: string): RequestValidationError {
  return new RequestValidationError([{ loc: ['body', 'cv_files'], msg, type: 'value_error.missing' }]);
}
