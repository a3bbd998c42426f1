import { useEffect } from 'react';
import { request } from '../../lib/messaging/client';

/**
 * Asks the background to hold the cache in memory while the page is open and again when the marketer comes back
 * to it, so "Check recipients" answers from memory. Failure is harmless: the check then reads IndexedDB itself.
 */
export function useCampaignPrepare(): void {
  useEffect(() => {
    const prepare = () => void request({ type: 'campaign/prepare' }).catch(() => undefined);
    prepare();
    window.addEventListener('focus', prepare);
    return () => window.removeEventListener('focus', prepare);
  }, []);
}
