import type { SelectorList } from '../dom-query';

/**
 * Salesforce Lightning selectors, each a list of fallbacks with the most stable first (see dom-facts.md §4.3).
 * Custom-element tag names, `data-target-selection-name` and `mailto:` hrefs are stable; `field-label` is the
 * translated label; `forcegenerated-*` tags, `data-aura-rendered-by` and LWC scoping attributes are volatile
 * and not used. Lightning's synthetic shadow DOM is visible to plain querySelector from a content script.
 */
export const salesforceSelectors = {
  /**
   * Record view: the record page on screen. Lightning keeps earlier pages mounted and marks the current one
   * `.active` (standard apps) or uses the console's maximized host (SFIR button.js).
   */
  activeRecordPage: [
    'div.windowViewMode-normal.active',
    'section.oneConsoleTab div.windowViewMode-maximized.active.lafPageHost',
    '.tabContent.active.oneConsoleTab',
  ],
  /**
   * Record view: any record header. Used only when no active page is marked: if exactly one header is on the
   * page there is no cached page to confuse it with.
   */
  highlightsPanel: ['records-lwc-highlights-panel', 'force-highlights2'],
  /** Record view, inside the active page: the record name in the header, then the Name field of the details. */
  recordName: [
    'records-lwc-highlights-panel [slot="primaryField"]',
    'force-highlights2 [slot="primaryField"]',
    'records-lwc-highlights-panel lightning-formatted-name',
    'h1 [slot="primaryField"]',
    '.primaryField .uiOutputText',
    '[data-target-selection-name^="sfdc:RecordField."][data-target-selection-name$=".Name"] [data-output-element-id="output-field"]',
  ],
  /** Inside a name node: the object label ("Contact") that some layouts render in the same heading. */
  recordNameNoise: ['records-entity-label', '.entityNameTitle'],
  /**
   * Contact and Lead views, inside the active page: the address link of the record's own Email field.
   * A bare `lightning-formatted-email` is not enough: the activity timeline and related lists link other people.
   */
  email: [
    '[data-target-selection-name^="sfdc:RecordField."][data-target-selection-name$=".Email"] a[href^="mailto:"]',
    'records-record-layout-item[field-label="Email"] a[href^="mailto:"]',
    'records-highlights-details-item lightning-formatted-email a[href^="mailto:"]',
  ],
  /** The Email field itself, present but empty when the record has no address (so not a broken selector). */
  emailField: [
    '[data-target-selection-name^="sfdc:RecordField."][data-target-selection-name$=".Email"]',
    'records-record-layout-item[field-label="Email"]',
  ],
} as const satisfies Record<string, SelectorList>;

export type SalesforceSelectorKey = keyof typeof salesforceSelectors;
