import { PageParam } from '../../http/page-param.decorator';

/**
 * S1's `skip`/`limit` paging as its audit reads and S2's resume list declare it: `limit` at most 1000, each read with
 * its own default and minimum, and a 422 that lists broken bounds before the integer rule (as these routes always
 * have; PageParamOptions.ruleOrder).
 */

/** `skip`: how many records to pass over, from 0 (0 by default). */
export function SkipParam(): PropertyDecorator {
  return PageParam({ default: 0, min: 0, ruleOrder: 'bounds-first' });
}

/** `limit`: how many records at most (1000 at the most); `min` 0 lets a list be asked for an empty page. */
export function LimitParam(bounds: { readonly default: number; readonly min: 0 | 1 }): PropertyDecorator {
  return PageParam({ ...bounds, max: 1000, ruleOrder: 'bounds-first' });
}
