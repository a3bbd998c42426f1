/** Gecko id from wxt.config.ts; the UUID pref below is keyed by it. */
export const GECKO_ID = 'preflight@preflight-extension.dev';

/**
 * Firefox gives each add-on a random moz-extension UUID per profile. Pinning it makes extension page URLs stable
 * across runs, so tests, screenshots and the demo can name them.
 */
export const FIXED_EXTENSION_UUID = '7f3c2a10-5e4b-4d6a-9c1f-0b8e2d4a6c31';

/** Prefs on top of puppeteer's own test profile (which already stops updates, the welcome page and health reports). */
export function firefoxPrefs(): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_EXTENSION_UUID }),
    // The machine is offline: stop background probes that would only add failing requests and log noise.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'browser.aboutwelcome.enabled': false,
    'browser.topsites.contile.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'browser.region.update.enabled': false,
  };
}
