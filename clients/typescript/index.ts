/**
 * A typed client of the Candor API: openapi-fetch over the types openapi-typescript generates from
 * /openapi.json (`npm run client` regenerates schema.ts). Paths, parameters, bodies and answers are
 * checked by the compiler against the document.
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, operations, paths } from './schema';
export type CandorClient = Client<paths>;
export type Schemas = components['schemas'];

export interface CandorClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** An access token (any surface's login) or an API key secret, sent as `Authorization: Bearer …`. */
  token?: string;
}

export function createCandorClient(baseUrl: string, options: CandorClientOptions = {}): CandorClient {
  const { token, headers, ...rest } = options;
  return createClient<paths>({
    baseUrl,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string> | undefined) },
    ...rest,
  });
}
