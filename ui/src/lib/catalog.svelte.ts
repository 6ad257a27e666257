// Lists the filters and pickers choose from: every source and every article.
// Loaded when first needed, reloaded when asked (after an import or a new source).

import * as api from './api';
import type { ArticleSummary, SourceSummary } from './bindings';

export class Catalog {
  sources = $state.raw<SourceSummary[]>([]);
  articles = $state.raw<ArticleSummary[]>([]);
  #sourcesLoaded = false;
  #articlesLoaded = false;

  async loadSources(force = false): Promise<void> {
    if (this.#sourcesLoaded && !force) return;
    this.#sourcesLoaded = true;
    try {
      this.sources = await api.allSources();
    } catch {
      this.#sourcesLoaded = false;
    }
  }

  async loadArticles(force = false): Promise<void> {
    if (this.#articlesLoaded && !force) return;
    this.#articlesLoaded = true;
    try {
      this.articles = (await api.listArticles(null, 0)).items;
    } catch {
      this.#articlesLoaded = false;
    }
  }

  /** Forget both lists; they load again when next needed. */
  invalidate(): void {
    this.#sourcesLoaded = false;
    this.#articlesLoaded = false;
  }
}

export const catalog = new Catalog();
