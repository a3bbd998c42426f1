import type { User } from '../../model/user';
import { demoId } from './ids';

/** The seller (example.com): the signed-in rep and the colleagues who own records and send outreach. */
export const SELLER_DOMAIN = 'example.com';

export const ALEX_ID = demoId('user', 'alex-morgan');
export const RILEY_ID = demoId('user', 'riley-chen');
export const MORGAN_ID = demoId('user', 'morgan-blake');
export const JAMIE_ID = demoId('user', 'jamie-ortiz');
export const TAYLOR_ID = demoId('user', 'taylor-brooks');
export const CASEY_ID = demoId('user', 'casey-nguyen');
export const NOAH_ID = demoId('user', 'noah-fischer');

/** Alex is the demo's signed-in rep (matches DEFAULT_SETTINGS.currentUserEmail). */
export const CURRENT_USER_ID = ALEX_ID;

export const DEMO_USERS: readonly User[] = [
  {
    id: ALEX_ID,
    name: 'Alex Morgan',
    email: 'alex.morgan@example.com',
    role: 'account_executive',
    title: 'Account Executive',
  },
  { id: RILEY_ID, name: 'Riley Chen', email: 'riley.chen@example.com', role: 'sdr', title: 'Sales Development Rep' },
  {
    id: MORGAN_ID,
    name: 'Morgan Blake',
    email: 'morgan.blake@example.com',
    role: 'marketer',
    title: 'Marketing Manager',
  },
  {
    id: JAMIE_ID,
    name: 'Jamie Ortiz',
    email: 'jamie.ortiz@example.com',
    role: 'sales_manager',
    title: 'Sales Manager',
  },
  {
    id: TAYLOR_ID,
    name: 'Taylor Brooks',
    email: 'taylor.brooks@example.com',
    role: 'account_executive',
    title: 'Account Executive',
  },
  {
    id: CASEY_ID,
    name: 'Casey Nguyen',
    email: 'casey.nguyen@example.com',
    role: 'account_executive',
    title: 'Account Executive',
  },
  {
    id: NOAH_ID,
    name: 'Noah Fischer',
    email: 'noah.fischer@example.com',
    role: 'account_executive',
    title: 'Senior Account Executive',
  },
];

/** Who owns generated contacts, weighted: AEs own most, the SDR owns fresh inbound leads, the manager a few. */
export const OWNER_WEIGHTS: readonly (readonly [string, number])[] = [
  [ALEX_ID, 5],
  [TAYLOR_ID, 4],
  [CASEY_ID, 4],
  [NOAH_ID, 4],
  [RILEY_ID, 3],
  [JAMIE_ID, 1],
];

/** People who send 1:1 outreach (the marketer only sends campaigns). */
export const OUTREACH_USER_IDS: readonly string[] = [ALEX_ID, RILEY_ID, JAMIE_ID, TAYLOR_ID, CASEY_ID, NOAH_ID];
