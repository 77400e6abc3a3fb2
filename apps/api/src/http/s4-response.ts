/** S4 pagination meta (CONTRACTS.md): page (default 1), size (default 10, max 100). */
export interface PaginationMeta {
  page: number;
  size: number;
  total: number;
  pages: number;
  has_next: boolean;
  has_prev: boolean;
}

export function paginationMeta(page: number, size: number, total: number): PaginationMeta {
  const pages = Math.max(1, Math.ceil(total / size));
  return { page, size, total, pages, has_next: page < pages, has_prev: page > 1 };
}

/** What an S4 controller returns when it wants a message or pagination beside its data. */
export class S4Response<T> {
  constructor(
    readonly data: T,
    readonly message?: string,
    readonly pagination?: PaginationMeta,
  ) {}
}
