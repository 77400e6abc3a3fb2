import { PageParam } from '../../../http/page-param.decorator';
import { publicUrlOf } from '../../../http/public-url';

/** S3 pagination (Django REST framework style): `page` from 1, `page_size` (default 20, at most 100). */
export class S3PageQueryDto {
  @PageParam({ default: 1, min: 1 })
  page: number = 1;

  @PageParam({ default: 20, min: 1, max: 100 })
  page_size: number = 20;
}

export interface S3Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/** The minimum of a request the page links need (Fastify's request has these). */
export interface PageRequest {
  readonly url: string;
}

/** Skip for a page query. */
export function pageSkip(query: S3PageQueryDto): number {
  return (query.page - 1) * query.page_size;
}

/** `{count, next, previous, results}` with absolute `next`/`previous` links that keep the other query parameters. */
export function s3Page<T>(request: PageRequest, query: S3PageQueryDto, results: T[], count: number): S3Page<T> {
  const last = Math.max(1, Math.ceil(count / query.page_size));
  return {
    count,
    next: query.page < last ? pageLink(request, query.page + 1) : null,
    previous: query.page > 1 ? pageLink(request, Math.min(query.page - 1, last)) : null,
    results,
  };
}

function pageLink(request: PageRequest, page: number): string {
  const url = new URL(request.url, `${publicUrlOf(request)}/`);
  if (page === 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  return url.toString();
}
