// The claim open in the detail panel: loading it, taking workflow steps on it, its
// evidence and comments, and what went wrong (a refusal from core, or a conflict
// with someone else's change, which can be reloaded or applied again).

import * as api from './api';
import type { ApiError, Claim, ClaimAction, ClaimDetail, EvidenceInput, Reviewer } from './bindings';

export type PanelStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Conflict {
  message: string;
  /** Reload, then take the same step again on the new version. */
  retry: (() => Promise<boolean>) | null;
}

interface Hooks {
  actor: () => Reviewer | null;
  changed: (c: Claim) => void;
}

const NO_REVIEWER: ApiError = {
  code: 'unauthorized',
  message: 'Choose who is reviewing first: every change is recorded under a reviewer.',
};

export class ClaimPanel {
  id = $state<string | null>(null);
  detail = $state.raw<ClaimDetail | null>(null);
  status = $state<PanelStatus>('idle');
  loadError = $state<ApiError | null>(null);
  /** A refused or failed workflow step, shown next to the actions. */
  actionError = $state<ApiError | null>(null);
  /** The step `actionError` belongs to ("approve", "edit", …). */
  errorFor = $state<string | null>(null);
  conflict = $state<Conflict | null>(null);
  /** Which step is running ("approve", "evidence", …). */
  busy = $state<string | null>(null);
  /** What the last split made, shown until another claim opens ("Open the new claim"). */
  splitNotice = $state<{ from: string; created: Claim } | null>(null);
  /** Element to give the focus back to when the panel closes. */
  returnFocus: HTMLElement | null = null;
  /** The panel should take the focus when this claim shows (it was opened on purpose). */
  wantsFocus = false;

  #hooks: Hooks;
  #request = 0;

  constructor(hooks: Hooks) {
    this.#hooks = hooks;
  }

  get isOpen(): boolean {
    return this.id !== null;
  }

  async open(id: string, returnFocus: HTMLElement | null = null): Promise<void> {
    if (returnFocus) this.returnFocus = returnFocus;
    this.wantsFocus = returnFocus !== null;
    if (this.id !== id) {
      this.detail = null;
      this.actionError = null;
      this.conflict = null;
      if (this.splitNotice?.from !== id) this.splitNotice = null;
    }
    this.id = id;
    await this.reload();
  }

  close(): void {
    this.id = null;
    this.splitNotice = null;
    this.detail = null;
    this.status = 'idle';
    this.actionError = null;
    this.conflict = null;
    this.#request++;
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus();
  }

  async reload(): Promise<boolean> {
    const id = this.id;
    if (!id) return false;
    const request = ++this.#request;
    if (!this.detail) this.status = 'loading';
    try {
      const d = await api.claimDetail(id);
      if (request !== this.#request) return false;
      this.detail = d;
      this.status = 'ready';
      this.loadError = null;
      return true;
    } catch (e) {
      if (request !== this.#request) return false;
      this.loadError = e as ApiError;
      this.status = 'error';
      return false;
    }
  }

  /** Reload and forget the conflict (the user wants to see the other change). */
  async reloadAfterConflict(): Promise<void> {
    this.conflict = null;
    this.clearError();
    await this.reload();
  }

  clearError(): void {
    this.actionError = null;
    this.errorFor = null;
  }

  #fail(e: unknown, retry: () => Promise<boolean>, step: string | null = null): ApiError {
    const err = e as ApiError;
    if (err.code === 'conflict') {
      this.conflict = {
        message: err.message,
        retry: async () => {
          this.conflict = null;
          if (!(await this.reload())) return false;
          return retry();
        },
      };
    } else {
      this.actionError = err;
      this.errorFor = step;
    }
    return err;
  }

  async #after(c: Claim | null): Promise<void> {
    await this.reload();
    const claim = c ?? this.detail?.claim;
    if (claim) this.#hooks.changed(claim);
  }

  /** Take a workflow step on the open claim, at the version shown. */
  async act(action: ClaimAction): Promise<boolean> {
    const d = this.detail;
    const me = this.#hooks.actor();
    if (!d) return false;
    if (!me) {
      this.actionError = NO_REVIEWER;
      this.errorFor = action.type;
      return false;
    }
    this.busy = action.type;
    this.actionError = null;
    this.conflict = null;
    try {
      const c = await api.claimAction(d.claim.id, action, d.claim.version, me.id);
      await this.#after(c);
      return true;
    } catch (e) {
      this.#fail(e, () => this.act(action), action.type);
      return false;
    } finally {
      this.busy = null;
    }
  }

  /**
   * Split the open claim at UTF-8 byte `at` of its text, at the version shown.
   * Resolves to null when done, or to the error for the split dialog. A conflict also
   * shows the banner, with Reload only: the split point belongs to the text as it was.
   */
  async split(at: number): Promise<ApiError | null> {
    const d = this.detail;
    const me = this.#hooks.actor();
    if (!d) return { code: 'not_found', message: 'The claim is no longer open.' };
    if (!me) return NO_REVIEWER;
    this.busy = 'split';
    try {
      const r = await api.splitClaim(d.claim.id, at, d.claim.version, me.id);
      await this.reload();
      this.#hooks.changed(r.original);
      this.#hooks.changed(r.created);
      this.splitNotice = { from: r.original.id, created: r.created };
      return null;
    } catch (e) {
      const err = e as ApiError;
      if (err.code === 'conflict') this.conflict = { message: err.message, retry: null };
      return err;
    } finally {
      this.busy = null;
    }
  }

  /** Add or (with `evidenceId`) change evidence. Resolves to the error for the form, or null. */
  async saveEvidence(input: EvidenceInput, evidenceId: string | null): Promise<ApiError | null> {
    const d = this.detail;
    const me = this.#hooks.actor();
    if (!d) return { code: 'not_found', message: 'The claim is no longer open.' };
    if (!me) return NO_REVIEWER;
    this.busy = 'evidence';
    try {
      if (evidenceId) {
        const version = d.evidence.find((e) => e.id === evidenceId)?.version ?? 0;
        await api.updateEvidence(evidenceId, input, version, me.id);
      } else {
        await api.addEvidence(d.claim.id, input, me.id);
      }
      await this.#after(null);
      return null;
    } catch (e) {
      const err = e as ApiError;
      if (err.code === 'conflict') this.#fail(e, async () => (await this.saveEvidence(input, evidenceId)) === null);
      return err;
    } finally {
      this.busy = null;
    }
  }

  async removeEvidence(evidenceId: string): Promise<boolean> {
    const d = this.detail;
    const me = this.#hooks.actor();
    if (!d) return false;
    if (!me) {
      this.actionError = NO_REVIEWER;
      return false;
    }
    const version = d.evidence.find((e) => e.id === evidenceId)?.version;
    if (version === undefined) return false;
    this.busy = 'evidence';
    this.actionError = null;
    try {
      await api.removeEvidence(evidenceId, version, me.id);
      await this.#after(null);
      return true;
    } catch (e) {
      this.#fail(e, () => this.removeEvidence(evidenceId), 'evidence');
      return false;
    } finally {
      this.busy = null;
    }
  }

  /** Post a comment. Resolves to the error for the comment box, or null. */
  async comment(body: string): Promise<ApiError | null> {
    const d = this.detail;
    const me = this.#hooks.actor();
    if (!d) return { code: 'not_found', message: 'The claim is no longer open.' };
    if (!me) return NO_REVIEWER;
    this.busy = 'comment';
    try {
      await api.addComment(d.claim.id, body, me.id);
      await this.#after(null);
      return null;
    } catch (e) {
      return e as ApiError;
    } finally {
      this.busy = null;
    }
  }
}
