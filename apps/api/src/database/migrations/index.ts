import { ReferenceData1795462821968 } from './1795462821968-ReferenceData';
import { Accounts1795463702852 } from './1795463702852-Accounts';
import { MailOutbox1795464506314 } from './1795464506314-MailOutbox';
import { Imports1795466040517 } from './1795466040517-Imports';
import { FacilityRegistry1795466189741 } from './1795466189741-FacilityRegistry';
import { Eligibility1795470000000 } from './1795470000000-Eligibility';
import { CeilingImports1795470100000 } from './1795470100000-CeilingImports';
import { Nominations1795993062566 } from './1795993062566-Nominations';
import { HostProfiles1795999673639 } from './1795999673639-HostProfiles';
import { PublishedHostVersion1796002375901 } from './1796002375901-PublishedHostVersion';
import { HostMedia1796002611165 } from './1796002611165-HostMedia';
import { HostDirectory1796003677693 } from './1796003677693-HostDirectory';
import { Programs1796006251120 } from './1796006251120-Programs';

/** Applied in this order; add each new migration here. */
export const MIGRATIONS = [
  ReferenceData1795462821968,
  Accounts1795463702852,
  MailOutbox1795464506314,
  Imports1795466040517,
  FacilityRegistry1795466189741,
  Eligibility1795470000000,
  CeilingImports1795470100000,
  Nominations1795993062566,
  HostProfiles1795999673639,
  PublishedHostVersion1796002375901,
  HostMedia1796002611165,
  HostDirectory1796003677693,
  Programs1796006251120,
];
