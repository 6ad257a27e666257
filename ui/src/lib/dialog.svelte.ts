import { untrack } from 'svelte';

/**
 * Run `fn` each time a dialog opens, however it was opened. bits-ui's `onOpenChange`
 * reports only the dialog's own changes (Escape, the close button), never an opening
 * through its `open` prop, which is how every dialog here is opened. Call it while the
 * component initialises.
 */
export function onOpen(isOpen: () => boolean, fn: () => void): void {
  $effect(() => {
    if (isOpen()) untrack(fn);
  });
}
