import { ReferenceData1795462821968 } from './1795462821968-ReferenceData';
import { Accounts1795463702852 } from './1795463702852-Accounts';
import { MailOutbox1795464506314 } from './1795464506314-MailOutbox';

/** Applied in this order; add each new migration here. */
export const MIGRATIONS = [ReferenceData1795462821968, Accounts1795463702852, MailOutbox1795464506314];
