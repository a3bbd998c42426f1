import { Dexie, type EntityTable } from 'dexie';
import type { BriefSectionName, SectionFreshness } from '../model/brief';
import type { Contact } from '../model/contact';
import type { ContactPolicy } from '../model/contact-policy';
import type { Deal } from '../model/deal';
import type { FormSubmission } from '../model/form-submission';
import type { MarketingEmail } from '../model/marketing-email';
import type { Outreach } from '../model/outreach';
import type { Quote } from '../model/quote';
import type { RecipientRecords } from '../campaign/check-recipient';
import type { AuditEntry, OutboxItem } from '../model/audit';
import type { AuditRow } from '../audit/row';
import type { TeamFreshness } from '../audit/messages';
import type { CrmSource } from '../model/common';
import type { StoredHubSpotConnection } from '../model/connection';
import type { User } from '../model/user';
import type { Product, WorkspaceMeta } from '../model/workspace';

export const DB_NAME = 'preflight';

export interface FreshnessRow extends SectionFreshness {
  contactId: string;
  section: BriefSectionName;
}

/** Remembers that an address is not in the CRM, so the sidebar can say so without asking again. */
export interface LookupMissRow {
  key: string;
  checkedAt: string;
}

/**
 * A rep's decision about who a person on screen is: linked to a contact, or "not this one" (contactId null,
 * which only suppresses the name-and-company guess). Keyed like lookup misses (email:…, linkedin:…).
 */
export interface IdentityLinkRow {
  key: string;
  contactId: string | null;
  /** The guessed contact the rep rejected, when contactId is null. */
  rejectedContactId?: string;
  linkedAt: string;
  linkedBy: string;
}

/**
 * The campaign check's checkpoint of cold CRM reads, per address: a resumed or repeated check never asks the CRM
 * again for what it already read. `records` holds what the bulk read returns (contact, flags, deals, open quotes).
 */
export interface CampaignFetchRow {
  email: string;
  fetchedAt: string;
  found: boolean;
  records?: RecipientRecords;
  /** What the bulk read covered when the row was written (see CAMPAIGN_FETCH_COVERAGE); absent on older rows. */
  coverage?: number;
}

/** A row of the team's audit log read back from the CRM, kept per workspace so switching never mixes them. */
export type TeamAuditRow = AuditRow & { source: CrmSource };

/** When the team log of a workspace was last read, and the campaign checks that came with it (the demo's). */
export interface AuditSyncRow extends TeamFreshness {
  campaignChecks: Extract<AuditEntry, { type: 'campaign_check' }>[];
}

export interface MetaRow {
  key: 'workspace';
  value: WorkspaceMeta;
}

/**
 * The extension's IndexedDB cache. It lives in the extension origin: the background writes it,
 * extension pages read it. Content scripts never open it (theirs would be the host page's origin).
 * Every schema change is a new version() with an upgrade, never an edit of an old one.
 */
export class PreflightDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  users!: EntityTable<User, 'id'>;
  products!: EntityTable<Product, 'id'>;
  policies!: EntityTable<ContactPolicy, 'contactId'>;
  forms!: EntityTable<FormSubmission, 'id'>;
  marketing!: EntityTable<MarketingEmail, 'id'>;
  quotes!: EntityTable<Quote, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  outreach!: EntityTable<Outreach, 'id'>;
  freshness!: Dexie.Table<FreshnessRow, [string, BriefSectionName]>;
  lookupMisses!: EntityTable<LookupMissRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** What reps were warned about and what they decided. Not CRM data: survives a workspace reset. */
  audit!: EntityTable<AuditEntry, 'id'>;
  campaignFetched!: EntityTable<CampaignFetchRow, 'email'>;
  /** CRM writes waiting for the connector (timeline notes of decisions). */
  outbox!: EntityTable<OutboxItem, 'id'>;
  /** The CRM connection and its token. Background only; never in storage.local, which content scripts can read. */
  connections!: EntityTable<StoredHubSpotConnection, 'key'>;
  /** Reps' fixes of wrong or missing matches; CRM data like the rest, cleared with the workspace. */
  identityLinks!: EntityTable<IdentityLinkRow, 'key'>;
  /** The team's decisions read back from the CRM's notes for the audit page (a cache: re-read on refresh). */
  teamAudit!: EntityTable<TeamAuditRow, 'key'>;
  auditSync!: EntityTable<AuditSyncRow, 'source'>;

  constructor(name: string = DB_NAME) {
    // Strict durability: Chromium defaults to relaxed, which may drop a committed audit record on power loss.
    // Our transactions are few and batched, so the cost of flushing each is negligible.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      contacts: 'id, *emails, linkedinUrl, company.domain, crmIds.hubspot.id, crmIds.salesforce.id',
      users: 'id, &email',
      products: 'id, name',
      policies: 'contactId',
      forms: 'id, contactId, submittedAt',
      marketing: 'id, contactId, sentAt, campaign.id',
      quotes: 'id, *contactIds, companyDomain, status, expiresAt',
      deals: 'id, *contactIds, companyDomain, isClosed',
      outreach: 'id, contactId, at, byUserId',
      freshness: '[contactId+section], contactId',
      lookupMisses: 'key, checkedAt',
      meta: 'key',
    });
    // v2 (issue 3): the guard's audit log and the outbox of CRM writes.
    this.version(2).stores({
      audit: 'id, attemptId, at, type, userEmail, [type+at]',
      outbox: 'id, &idempotencyKey, status, createdAt',
    });
    // v3 (issue 4): the CRM connection; outbox notes carry their marker as a field.
    this.version(3)
      .stores({ connections: 'key' })
      .upgrade((tx) =>
        tx
          .table('outbox')
          .toCollection()
          .modify((row: { kind?: string; payload?: { body?: string; marker?: string } }) => {
            if (row.kind !== 'timeline_note' || !row.payload || row.payload.marker) return;
            const last = row.payload.body?.split('\n').pop() ?? '';
            row.payload.marker = last.startsWith('[preflight-decision:') ? last : '';
          }),
      );
    // v4 (issue 6): reps' identity links ("this is them" / "not this person").
    this.version(4).stores({ identityLinks: 'key, contactId' });
    // v5 (issue 7): the campaign check's checkpoint of cold CRM reads.
    this.version(5).stores({ campaignFetched: 'email, fetchedAt' });
    // v6 (issue 8): the team's audit log read back from the CRM, and when it was read.
    this.version(6).stores({ teamAudit: 'key, at, attemptId, source', auditSync: 'source' });
  }
}

/** Tables that hold CRM data; cleared together when the workspace is replaced or disconnected. */
export function crmTables(db: PreflightDb) {
  return [
    db.contacts,
    db.users,
    db.products,
    db.policies,
    db.forms,
    db.marketing,
    db.quotes,
    db.deals,
    db.outreach,
    db.freshness,
    db.lookupMisses,
    db.identityLinks,
    db.campaignFetched,
    // The team's log read back from the CRM is CRM data (contacts' addresses): it goes with the workspace.
    db.teamAudit,
    db.auditSync,
    db.meta,
  ];
}

let shared: PreflightDb | undefined;

/** One connection per JS context (background, sidebar, each extension page). */
export function openDb(): PreflightDb {
  shared ??= new PreflightDb();
  return shared;
}
