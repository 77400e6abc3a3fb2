import { PageParam } from '../../../http/page-param.decorator';

/** S1 pagination: `skip` (default 0), `limit` (default 100). */
export class ListInterviewsQueryDto {
  @PageParam({ default: 0, min: 0 })
  skip: number = 0;

  @PageParam({ default: 100, min: 0, max: 1000 })
  limit: number = 100;
}
