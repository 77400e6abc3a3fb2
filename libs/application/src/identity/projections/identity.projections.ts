import { Projection } from '../../projections/projection';
import { apiKeyCredentialsProjection } from './api-key-credentials.projection';
import { apiKeysProjection } from './api-keys.projection';
import { tokenFamiliesProjection } from './token-families.projection';
import { usersProjection } from './users.projection';

/** The identity context's read models. */
export const IDENTITY_PROJECTIONS: readonly Projection[] = [
  usersProjection,
  tokenFamiliesProjection,
  apiKeysProjection,
  apiKeyCredentialsProjection,
];
