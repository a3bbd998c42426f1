import type { DriverPage } from '../../harness/types';

type Kept = { __downloads: Blob[] };

/** Keeps every Blob the page turns into a download, so a test reads exactly the bytes the user would save. */
export async function keepDownloads(page: DriverPage): Promise<void> {
  await page.evaluate(() => {
    const kept: Blob[] = [];
    (window as unknown as Kept).__downloads = kept;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) kept.push(object);
      return original(object);
    };
  }, undefined);
}

/** Clicks a button by its visible name and returns the text of the file it downloads (waiting for slow exports). */
export async function downloadVia(page: DriverPage, buttonName: string, timeoutMs = 15_000): Promise<string> {
  const before = await page.evaluate(() => (window as unknown as Kept).__downloads.length, 0);
  await page.evaluate((name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!button) throw new Error(`no button "${name}"`);
    button.click();
  }, buttonName);
  return page.evaluate(
    async ({ index, timeout }) => {
      const deadline = Date.now() + timeout;
      const kept = (window as unknown as Kept).__downloads;
      while (!kept[index]) {
        if (Date.now() > deadline) throw new Error('nothing was downloaded');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return kept[index].text();
    },
    { index: before, timeout: timeoutMs },
  );
}
