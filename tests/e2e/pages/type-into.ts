import type { DriverPage } from '../../harness/types';

/** Types into a React-controlled input or textarea the way a paste does (native setter, then an input event). */
export async function typeInto(page: DriverPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ([s, v]) => {
      const field = document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement;
      const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, v);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as const,
  );
}
