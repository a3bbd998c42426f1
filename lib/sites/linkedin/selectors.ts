import type { SelectorList } from '../dom-query';

/**
 * LinkedIn selectors, each a list of fallbacks with the most stable first (see dom-facts.md §2.3).
 * Hashed utility classes (2024+) and ember ids change between deploys, so nothing here depends on them;
 * class-based entries are last-resort fallbacks for older builds.
 */
export const linkedinSelectors = {
  /** Profile view: the top-card name. The about-this-profile overlay link wraps it and carries the slug. */
  profileName: ['main a[href*="/overlay/about-this-profile/"] h1', 'main section.artdeco-card h1', 'main h1'],
  /**
   * Profile view: links in the top card whose href names the profile being rendered. During SPA navigation the
   * URL changes before the card re-renders; comparing slugs tells a stale card from the current one.
   */
  profileCardLinks: [
    'main a[href*="/overlay/about-this-profile/"]',
    'main a#top-card-text-details-contact-info[href*="/overlay/contact-info/"]',
  ],
  /** Messaging view: the open thread's header link to the other participant (LIDM). */
  threadProfileLink: ['a.msg-thread__link-to-profile[href*="/in/"]', '.msg-thread__link-to-profile a[href*="/in/"]'],
  /** Messaging view: the name inside the header link. [unverified] markup; the link text is the fallback. */
  threadName: ['.msg-entity-lockup__entity-title', '.msg-thread__link-to-profile-name'],
  /**
   * Sales Navigator lead view: the lead's top card. The rest of the page (similar leads, recent activity, a hidden
   * lead panel kept from search results) names other people with the same markup, so everything is read inside it.
   */
  salesLeadCard: ['#profile-card-section', '[data-sn-view-name="feature-lead-top-card"]', '.profile-topcard'],
  /** Sales Navigator lead view, inside the top card: the name, marked for LinkedIn's own screenshot anonymiser. */
  salesLeadName: [
    'h1[data-x--lead--name]',
    'h1[data-anonymize="person-name"]',
    '[data-anonymize="person-name"]',
    '.profile-topcard-person-entity__name',
  ],
  /**
   * Sales Navigator lead view, inside the top card: the "…" button whose popover menu holds "View LinkedIn
   * profile". The popover is rendered at the document root while open; the aria-label is English-only.
   */
  salesLeadMenuTrigger: [
    'button[data-x--lead-actions-bar-overflow-menu]',
    'button[aria-label="Open actions overflow menu"]',
  ],
  /** Sales Navigator lead view: a link to a public profile, inside the top card or its open menu. */
  publicProfileLinks: ['a[href*="linkedin.com/in/"]', 'a[href^="/in/"]'],
  /** Any view: containers that show other people and must never be read (global nav, messaging overlay). */
  elsewhere: ['#global-nav', 'header.global-nav', '#msg-overlay', '.msg-overlay-container'],
  /** Any view: screen-reader copies of visible text; skipped so names are not doubled. */
  screenReaderOnly: ['.visually-hidden', '.a11y-text'],
} as const satisfies Record<string, SelectorList>;

export type LinkedInSelectorKey = keyof typeof linkedinSelectors;
