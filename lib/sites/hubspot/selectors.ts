import type { SelectorList } from '../dom-query';

/**
 * HubSpot selectors, each a list of fallbacks with the most stable first (see dom-facts.md §3.3).
 * HubSpot's test attributes (data-test-id, data-selenium-*, data-unit-test) outlive its styled-components
 * class names, whose suffixes change with every build, so no entry depends on a generated class.
 */
export const hubspotSelectors = {
  /** Record view: the left column, which holds the record itself (highlight and "About this ..." properties). */
  leftSidebar: ['[data-test-id="left-sidebar"]', '[data-scroll-trackable-container="left-sidebar"]'],
  /** Record view, inside the left sidebar: the record's display name in the highlight. */
  recordName: [
    '[data-selenium-component="ProfileHighlightContainer"] [data-selenium-test="highlightTitle"]',
    '[data-selenium-test="highlightTitle"]',
    '[data-unit-test="highlightTitle"]', // [unverified] by analogy with data-unit-test="highlightSubtitle"
  ],
  /**
   * Contact record view, inside the left sidebar: the Email property. The association cards on the right use
   * the same test id for other contacts, which is why the lookup is confined to the left sidebar.
   */
  contactEmail: [
    '[data-selenium-test="property-input-email"] .private-truncated-string__inner',
    '[data-selenium-test="property-input-email"]',
    'input[data-field="email"]',
  ],
} as const satisfies Record<string, SelectorList>;

export type HubSpotSelectorKey = keyof typeof hubspotSelectors;
