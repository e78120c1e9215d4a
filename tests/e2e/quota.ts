/** A full browser storage on demand, for the wizard's and the room's quota tests. */
import type { Page } from '@playwright/test';

/** From the moment `window.quotaFull` is set, every localStorage write throws as a full quota does. */
export const QUOTA = () => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key: string, value: string) {
    if ((window as unknown as { quotaFull?: boolean }).quotaFull)
      throw new DOMException(
        "Failed to execute 'setItem' on 'Storage': the quota has been exceeded.",
        'QuotaExceededError',
      );
    setItem.call(this, key, value);
  };
};
export const setQuotaFull = (page: Page, full: boolean) =>
  page.evaluate((f) => ((window as unknown as { quotaFull?: boolean }).quotaFull = f), full);
