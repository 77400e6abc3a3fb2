import { Body, Controller, Get, Param, Put, Query, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { AdverseImpactQuery, AdverseImpactResult, AuthenticatedUser, RecordGroupLabelsCommand } from '@candor/application';
import { AdverseImpactReport } from '@candor/domain';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AdverseImpactQueryDto, AdverseImpactResponseDto, GroupLabelsBodyDto, GroupLabelsResponseDto } from './adverse-impact.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** Adverse impact: candidates' self-reported group labels (kept apart from interviews) and the fairness report over scores. */
@ApiTags('S1 audit')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/audit')
export class AdverseImpactController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put('group-labels/:interview_id')
  @ApiOperation({ summary: "Record a candidate's self-reported group labels for an interview (owner or admin); never shown to the scorer" })
  @ApiOkResponse({ type: GroupLabelsResponseDto })
  async labels(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Body() body: GroupLabelsBodyDto): Promise<GroupLabelsResponseDto> {
    const recorded: { labels: Record<string, string> | null } = await this.commands.execute(new RecordGroupLabelsCommand(user, id, body.labels));
    return { interview_id: id, labels: recorded.labels };
  }

  @Get('adverse-impact')
  @ApiOperation({
    summary: 'Adverse impact per label group: selection rates, impact ratios (four-fifths rule), p-values, score distributions (admin or auditor; JSON or CSV)',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: AdverseImpactResponseDto })
  async report(@CurrentUser() user: AuthenticatedUser, @Query() q: AdverseImpactQueryDto): Promise<AdverseImpactResponseDto | StreamableFile> {
    const to = q.to && /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? `${q.to}T23:59:59.999Z` : q.to && new Date(q.to).toISOString();
    const from = q.from && new Date(q.from).toISOString();
    const result: AdverseImpactResult = await this.queries.execute(
      new AdverseImpactQuery(user, { jobId: q.job, from, to, dimension: q.dimension, minCount: q.min_count }, q.reason),
    );
    const body = toDto(result);
    if (q.format === 'csv') {
      return new StreamableFile(Readable.from(toCsv(result)), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="adverse-impact.csv"' });
    }
    return body;
  }
}

function toDto(r: AdverseImpactResult): AdverseImpactResponseDto {
  return {
    min_count: r.minCount,
    selected_when: [...r.selectedWhen],
    score_dimensions: [...r.scoreDimensions],
    scored: r.scored,
    labelled: r.labelled,
    reports: r.reports.map((report: AdverseImpactReport) => ({
      dimension: report.dimension,
      total: report.total,
      reference_group: report.referenceGroup,
      suppressed_groups: report.suppressedGroups,
      groups: report.groups.map((g) => ({
        group: g.group,
        count: g.count,
        selected: g.selected,
        selection_rate: g.selectionRate,
        impact_ratio: g.impactRatio,
        four_fifths_flag: g.fourFifthsFlag,
        fisher_p_value: g.fisherPValue,
        chi_square_p_value: g.chiSquarePValue,
        scores: Object.fromEntries(Object.entries(g.scores).map(([k, s]) => [k, { count: s.count, mean: s.mean, distribution: [...s.distribution] }])),
      })),
    })),
  };
}

function* toCsv(r: AdverseImpactResult): Generator<string> {
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const scoreColumns = r.scoreDimensions.flatMap((s) => [`${s}_mean`, `${s}_distribution`]);
  yield `${['dimension', 'group', 'count', 'selected', 'selection_rate', 'impact_ratio', 'four_fifths_flag', 'fisher_p_value', 'chi_square_p_value', ...scoreColumns].join(',')}\n`;
  for (const report of r.reports) {
    for (const g of report.groups) {
      const scores = r.scoreDimensions.flatMap((s) => [g.scores[s]?.mean, g.scores[s]?.distribution.join(' ')]);
      yield `${[report.dimension, g.group, g.count, g.selected, g.selectionRate, g.impactRatio, g.fourFifthsFlag, g.fisherPValue, g.chiSquarePValue, ...scores].map(cell).join(',')}\n`;
    }
  }
}
