import { PageParam } from '../../http/page-param.decorator';

/** S4 pagination (CONTRACTS.md): `page` from 1, `size` 10 by default and at most 100. Every S4 list extends it. */
export class S4PageQueryDto {
  @PageParam({ default: 1, min: 1 })
  page: number = 1;

  @PageParam({ default: 10, min: 1, max: 100 })
  size: number = 10;
}
