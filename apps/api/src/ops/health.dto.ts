import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class DependencyStateDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty() adapter!: string;
  @ApiProperty({ required: false }) detail?: string;
}

@ApiExtraModels(DependencyStateDto)
export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['embedded', 'production'] }) mode!: 'embedded' | 'production';
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(DependencyStateDto) },
  })
  dependencies!: Record<string, DependencyStateDto>;
  @ApiProperty() timestamp!: string;
}
