import { Projection } from '../../projections/projection';
import { invoicesProjection } from './invoices.projection';
import { subscriptionsProjection } from './subscriptions.projection';

/** The billing context's read models. */
export const BILLING_PROJECTIONS: readonly Projection[] = [subscriptionsProjection, invoicesProjection];
