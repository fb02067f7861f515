import { ReferenceData1795462821968 } from './1795462821968-ReferenceData';

/** Applied in this order; add each new migration here. */
export const MIGRATIONS = [ReferenceData1795462821968];
