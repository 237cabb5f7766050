import { CLEARED_EVENT, entryAnswers } from '../lib/tree/entry';
import { loadTree } from '../lib/tree/load';
import { situationOf } from '../lib/tree/situations';
import type { Answer } from '../lib/tree/walk';

/** The words of the card, rendered into the block at build (data-labels). */
interface CardLabels {
  right: string;
  channel: string;
  trap: string;
  more: string;
}

/**
 * 你的情况 on an outcome page, with JavaScript: from the answers in the fragment (read as the
 * quiz and the toolkit read them) and the cards in the shared tree fetch, the reader's own
 * situation's card fills the block the page renders (src/components/SituationCard.astro). Plain
 * DOM, no Preact: it runs with the page, within the outcome page's 12 KB. Without answers, or
 * without the tree, the static list of situations stays as it is.
 */
export function mountSituationCard(block: HTMLElement): void {
  const at = block.dataset.outcome ?? '';
  const labels = JSON.parse(block.dataset.labels ?? '{}') as CardLabels;
  const slot = block.querySelector<HTMLElement>('[data-card]');
  const heading = block.querySelector('h2');
  if (!slot || !heading) return;
  const headingText = heading.textContent;
  let shown: Answer[] = [];
  const show = async () => {
    const tree = await loadTree();
    if (!tree) return;
    const entry = entryAnswers(shown);
    if (entry.kind === 'unchanged') return;
    shown = entry.kind === 'answers' ? entry.answers : [];
    const id = situationOf(tree, shown, at);
    const card = id === undefined ? undefined : tree.situations?.[id];
    // Not replaceChildren(): Chrome 86, above the browser floor (Chrome 79).
    slot.textContent = '';
    slot.hidden = !card;
    block.dataset.situation = card ? id : '';
    // The title joins the heading (你的情况：直播购物): one line less above a fraud page's police call.
    heading.textContent = card ? `${headingText}：${card.title}` : headingText;
    if (!card) return;
    const line = (label: string, ...text: (string | Node)[]) => {
      const p = el('p', el('strong', `${label}：`), ...text);
      slot.append(p);
      return p;
    };
    // A fraud page leads with the police call: its card stays short, one line: the trap (paying
    // again, a "recovery" service) and a link to the situation's page, which has its rights.
    if (card.branch === 'fraud' || tree.outcomes[at]?.branch === 'fraud') {
      line(labels.trap, card.trap, ' ', link(card.url, labels.more));
      return;
    }
    line(labels.right, `${card.right}（${card.law}）`);
    line(labels.channel, card.channel);
    line(labels.trap, card.trap, ' ', link(card.url, labels.more));
  };
  void show();
  for (const type of ['hashchange', 'popstate', CLEARED_EVENT]) addEventListener(type, () => void show());
}

function el(tag: string, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}
