import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class S4PaginationMetaDto {
  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 10 })
  size!: number;

  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ example: 5 })
  pages!: number;

  @ApiProperty()
  has_next!: boolean;

  @ApiProperty()
  has_prev!: boolean;
}

/**
 * The OpenAPI schema of S4's wrapper `{success: true, data, message?, pagination?}` around `data`
 * (the S4 interceptor does the wrapping; this only documents it).
 */
export function S4Envelope<T>(data: Type<T>, options: { isArray?: boolean; paginated?: boolean } = {}): Type<unknown> {
  class Envelope {
    @ApiProperty({ example: true })
    success!: boolean;

    @ApiProperty({ type: data, isArray: options.isArray ?? false })
    data!: T | T[];

    @ApiPropertyOptional()
    message?: string;
  }
  class PaginatedEnvelope extends Envelope {
    @ApiProperty({ type: S4PaginationMetaDto })
    pagination!: S4PaginationMetaDto;
  }
  const type = options.paginated ? PaginatedEnvelope : Envelope;
  const name = `S4${data.name.replace(/Dto$/, '')}${options.isArray ? 'List' : ''}${options.paginated ? 'Page' : ''}Envelope`;
  Object.defineProperty(type, 'name', { value: name });
  return type;
}
