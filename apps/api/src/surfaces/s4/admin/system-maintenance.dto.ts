import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** MaintenanceToggle */
export class MaintenanceToggleDto {
  @ApiProperty({ description: 'true: non-admin write requests get 503 until turned off; reads and admins keep working' })
  @IsBoolean()
  enabled!: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'What refused callers read in the 503 body (a default when omitted)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  message?: string;
}

export class MaintenanceStatusDto {
  @ApiProperty({ example: 'Maintenance mode enabled' })
  message!: string;

  @ApiProperty()
  enabled!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'What refused callers read while it is on' })
  maintenance_message!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  updated_at!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The admin who last toggled it' })
  updated_by!: string | null;
}
