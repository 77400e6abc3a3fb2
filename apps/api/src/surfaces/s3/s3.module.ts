import { Module } from '@nestjs/common';

/** Surface S3 of CONTRACTS.md: thin controllers over the shared commands and queries. */
@Module({
  controllers: [],
})
export class S3SurfaceModule {}
