import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { buildAsyncApiDocument } from '@candor/contracts/ws/asyncapi-document';
import { APP_CONFIG, AppConfig } from '@candor/infrastructure/config/app-config';
import { renderAsyncApiPage } from './asyncapi-page';
import { Guarded } from '../http/guarded.decorator';

/** The WebSocket channels' AsyncAPI document and its page beside Swagger UI (like /openapi.json and /docs). */
@ApiExcludeController()
@Guarded()
@Controller()
export class AsyncApiController {
  private readonly document: Record<string, unknown>;
  private readonly page: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.document = buildAsyncApiDocument(config.publicUrl);
    this.page = renderAsyncApiPage(this.document);
  }

  @Get('asyncapi.json')
  json(): Record<string, unknown> {
    return this.document;
  }

  @Get('docs/asyncapi')
  @Header('Content-Type', 'text/html; charset=utf-8')
  html(): string {
    return this.page;
  }
}
