import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@candor/infrastructure/config/app-config';
import { finishOpenApiDocument } from './finish-openapi-document';

/** The OpenAPI 3.1 document of every route of every surface, as served at /openapi.json. */
export function buildOpenApiDocument(app: INestApplication, config: AppConfig): Record<string, any> {
  const base = new DocumentBuilder()
    .setTitle('Candor API')
    .setDescription(
      'One event-sourced backend speaking five documented surfaces (S0 /api, S1+S2 /api/v1, S3 /api, S4 /). ' +
        'See docs/api/CONTRACTS.md in the repository for how they share users, tokens and interviews. The WebSocket ' +
        'channels are described by the AsyncAPI document at /asyncapi.json.',
    )
    .setVersion('1.0.0')
    .setLicense('Proprietary', `${config.publicUrl}/docs`)
    .addServer(config.publicUrl, 'The configured public URL (PUBLIC_URL)')
    .addBearerAuth()
    .build();
  return finishOpenApiDocument(SwaggerModule.createDocument(app, base) as unknown as Record<string, any>);
}
