// Entry point of the browser preview (mock.html): installs the stand-in backend
// in place of Tauri's IPC, then starts the real app. Query parameters:
//   ?articles=N        library size at start (0 = welcome screen; >100 shows "Load more")
//   ?fail=workspace|list|article|import|paste   make that command fail
//   ?clean             imports without duplicates or rejections
//   ?scene=NAME        drive the UI into a state for a screenshot:
//                      select, tooltip, no-claims, paste, paste-errors, importing, summary, drop, dark-hint,
//                      claims, detail, evidence, search, reviewers, help
//   ?reviewers=none    a workspace without reviewers ("Set up your desk")
//   ?as=NAME           review as Ada Admin, Eve Editor or Ana Lima (default Ada Admin; "nobody" shows the picker)
//   ?claims=N          add N synthetic claims to the claims table (e.g. 100000)
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { MockBackend, type MockOptions } from './backend';
import { remember } from '../lib/session';

const q = new URLSearchParams(location.search);
const fail = q.get('fail') as MockOptions['fail'];
const scene = q.get('scene');

const backend = new MockBackend((event, payload) => emit(event, payload), {
  articles: q.has('articles') ? Number(q.get('articles')) : undefined,
  fail,
  messyImports: !q.has('clean'),
  tick: scene === 'importing' ? 60_000 : scene === 'summary' ? 20 : undefined,
  reviewers: q.get('reviewers') === 'none' ? 'none' : 'desk',
  extraClaims: q.has('claims') ? Number(q.get('claims')) : 0,
});

// Who reviews in the preview (remembered as the real app remembers it).
const as = q.get('as') ?? 'Ada Admin';
const reviewer = backend.review.listReviewers().find((r) => r.name === as);
remember(localStorage, backend.workspaceInfo().db_path, reviewer?.id ?? null);

mockWindows('main');
mockIPC((cmd, args) => backend.handle(cmd, args as Record<string, unknown>), { shouldMockEvents: true });

await import('../main');

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel);

function type(el: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!el) return;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function play(name: string | null) {
  await wait(400);
  switch (name) {
    case 'select': {
      const marks = document.querySelectorAll<HTMLElement>('mark[data-claim-id]');
      marks[4]?.click();
      break;
    }
    case 'tooltip': {
      const marks = document.querySelectorAll<HTMLElement>('mark[data-claim-id]');
      const m = marks[3];
      m?.click();
      m?.dispatchEvent(new MouseEvent('mouseenter', { clientX: 0, clientY: 0 }));
      break;
    }
    case 'no-claims': {
      const items = [...document.querySelectorAll<HTMLElement>('[data-article-id]')];
      items.find((li) => li.textContent?.includes('harbour'))?.click();
      break;
    }
    case 'paste':
      $('#paste-text')?.click();
      await wait(200);
      type($('#paste-title'), 'Ukraine passes record defence budget');
      type($('#paste-body'), 'KYIV (Reuters) - Ukraine’s parliament approved a budget on Thursday…');
      break;
    case 'paste-errors':
      $('#paste-text')?.click();
      await wait(200);
      type($('#paste-url'), 'www.reuters.com/article/ukraine-budget');
      type($('#paste-body'), 'x');
      type($('#paste-body'), '');
      break;
    case 'importing':
      $('#import-file')?.click();
      await wait(1000);
      await emit('import-progress', {
        origin: '/home/desk/inbox/reuters-2017-12-11.csv',
        bytes_done: 1_450_000,
        bytes_total: 3_400_000,
        articles: 212,
      });
      break;
    case 'summary':
      $('#import-file')?.click();
      break;
    case 'claims':
    case 'search':
      $('#nav-claims')?.click();
      await wait(400);
      $('#queue-all')?.click();
      if (name === 'search') {
        await wait(300);
        type($<HTMLInputElement>('#claim-search'), 'Putin Assad');
      }
      break;
    case 'detail':
    case 'evidence': {
      document.querySelectorAll<HTMLElement>('mark[data-claim-id]')[2]?.click();
      await wait(500);
      $('#take-claim')?.click();
      if (name === 'evidence') {
        await wait(500);
        $('#add-evidence')?.click();
        await wait(300);
        type($<HTMLInputElement>('#evidence-url'), 'kremlin dot ru');
      }
      break;
    }
    case 'reviewers':
      $('#nav-reviewers')?.click();
      break;
    case 'help':
      $('#help-button')?.click();
      break;
    case 'drop':
      await emit('tauri://drag-enter', { paths: ['/home/desk/inbox/a.txt'], position: { x: 10, y: 10 } });
      break;
    default:
      break;
  }
}

void play(scene);
