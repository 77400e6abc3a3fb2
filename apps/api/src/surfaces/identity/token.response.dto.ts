import { ApiProperty } from '@nestjs/swagger';

/** OAuth2-style token answer (S1, S4). */
export class TokenResponseDto {
  @ApiProperty({ description: 'JWT (HS256) for `Authorization: Bearer …`' })
  access_token!: string;

  @ApiProperty({ description: 'Spend it at /api/auth/refresh or /auth/refresh; it rotates on every use' })
  refresh_token!: string;

  @ApiProperty({ example: 'bearer', enum: ['bearer'] })
  token_type!: 'bearer';

  @ApiProperty({ example: 3600, description: 'Seconds until the access token expires' })
  expires_in!: number;
}

/** S0 and S3 share `/api`: S3 (SimpleJWT) calls the pair `access` / `refresh`. */
export class TokenPairUnionResponseDto extends TokenResponseDto {
  @ApiProperty({ description: 'The same access token (S3 spelling)' })
  access!: string;

  @ApiProperty({ description: 'The same refresh token (S3 spelling)' })
  refresh!: string;
}

export class LoginUserSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  full_name!: string;

  @ApiProperty({ example: 'recruiter' })
  role!: string;
}

/** `POST /api/auth/login` (S0) and `/api/auth/login/` (S3): the union of both documented bodies. */
export class ApiLoginResponseDto extends TokenPairUnionResponseDto {
  @ApiProperty({ type: LoginUserSummaryDto })
  user!: LoginUserSummaryDto;
}
