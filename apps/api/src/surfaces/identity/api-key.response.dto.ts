import { ApiProperty } from '@nestjs/swagger';

/** A key as listed: never its secret. */
export class ApiKeyResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'My Integration Key' })
  name!: string;

  @ApiProperty({ example: 'pk_0123456789abcdef0123456789abcdef', description: 'Public part of the key' })
  key!: string;

  @ApiProperty()
  is_active!: boolean;

  @ApiProperty({ example: 0, description: 'Authenticated calls made with the key' })
  usage_count!: number;

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  last_used_at!: string | null;
}

/** The answer to a creation: the only time the secret is shown. */
export class ApiKeyCreatedResponseDto extends ApiKeyResponseDto {
  @ApiProperty({
    example: 'sk_Yl3kq0u3a6x9QmJwz2cQ8r1t5v7b4n6m',
    description: 'Shown once; authenticate with `Authorization: Bearer sk_…` (or `Bearer pk_…:sk_…`)',
  })
  secret!: string;
}
