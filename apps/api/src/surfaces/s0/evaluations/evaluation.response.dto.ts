import { ApiProperty } from '@nestjs/swagger';
import { KeyFindingDto } from './create-evaluation.dto';

/** An evaluation on S0's 0..10 scale (feedback recorded on 0..1 when an interview completed is rescaled). */
export class EvaluationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) session_id!: string;
  @ApiProperty({ nullable: true, type: Number }) overall_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) coding_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) communication_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) problem_solving_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) technical_score!: number | null;
  @ApiProperty({ type: [KeyFindingDto] }) key_findings!: KeyFindingDto[];
  @ApiProperty({ type: [String] }) recommendations!: string[];
  @ApiProperty({ enum: ['reviewer', 'automatic', 'ai'] }) source!: string;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}
