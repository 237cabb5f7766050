import { hasOwn } from '../lib/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatFragment } from '../lib/tree/fragment';
import { position } from '../lib/tree/position';
import type { Tree } from '../lib/tree/types';
import { nodeFromPath, nodeHref, nodePath } from '../lib/tree/urls';
import type { Answer, Step } from '../lib/tree/walk';
import { quizStartUrl } from '../lib/core';
import { useAnswers } from './use-answers';
import { useTree } from './use-tree';
import type { UI } from '../i18n';

type QuizStrings = UI['quiz']['island'];

export interface Props {
  /** This page's part of the tree (pageTree): enough to render it; the whole tree is fetched. */
  page: Tree;
  /** The node whose static page this is: a question, or an outcome (answers panel only). */
  at: string;
  strings: QuizStrings;
}

interface View {
  at: string;
  before: Step[];
  selected: string | undefined;
  notice: string | null;
}

/**
 * The quiz island. Without JavaScript the same markup works as plain links between static
 * pages; with it, answers are kept in the URL fragment (never sent anywhere), questions
 * change without reloads, and the back button returns to the previous question. Until the
 * whole tree has arrived (or if it never does), the page's own links carry the answers on.
 */
export default function Quiz({ page, at, strings }: Props) {
  const full = useTree();
  const tree = full ?? page;
  const [view, setView] = useState<View>({ at, before: [], selected: undefined, notice: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const isOutcome = hasOwn(tree.outcomes, view.at);

  // Read the answers from the URL: on load, whenever history moves and after 清除我的数据.
  useAnswers(
    full,
    () => [...answers(view.before), ...(view.selected ? [{ question: view.at, option: view.selected }] : [])],
    (entry, tree) => {
      const here = nodeFromPath(location.pathname) ?? at;
      const pos = entry.kind === 'answers' ? position(tree, entry.answers, here) : ({ ok: false } as const);
      if (pos.ok) {
        setView({ at: here, before: pos.before, selected: pos.selected, notice: null });
      } else if (hasOwn(tree.outcomes, here)) {
        setView({ at: here, before: [], selected: undefined, notice: strings.garbledOutcome });
      } else {
        history.replaceState(null, '', nodePath(tree, tree.start));
        setView({ at: tree.start, before: [], selected: undefined, notice: strings.garbled });
      }
    },
  );

  // The title names the question shown, however the reader got there; after a move made
  // here, focus goes to the question so screen readers announce it.
  useEffect(() => {
    const q = tree.questions[view.at];
    if (q) document.title = document.title.replace(/^[^|]*/, `${q.question} `);
    if (moved.current) heading.current?.focus();
  }, [view.at]);

  const answers = (steps: Step[]): Answer[] => steps.map((s) => ({ question: s.question.id, option: s.option.id }));

  const choose = (event: MouseEvent, optionId: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    const question = tree.questions[view.at]!;
    const option = question.options.find((o) => o.id === optionId)!;
    // No tree to check them against: the plain link goes on, and the page's early script
    // (src/islands/early-quiz.js) puts the answers so far into it; the next page checks them.
    if (!full) return;
    const chosen = [...answers(view.before), { question: question.id, option: option.id }];
    event.preventDefault();
    // Remember the choice on this entry, so coming back shows it selected.
    history.replaceState(null, '', nodePath(tree, view.at) + formatFragment(chosen));
    if (hasOwn(tree.outcomes, option.next)) {
      location.assign(nodeHref(tree, option.next, chosen));
      return;
    }
    history.pushState(null, '', nodeHref(tree, option.next, chosen));
    moved.current = true;
    setView({ at: option.next, before: [...view.before, { question, option }], selected: undefined, notice: null });
  };

  const change = (event: MouseEvent, index: number) => {
    if (!full || isOutcome || index < 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const step = view.before[index]!;
    history.pushState(null, '', nodeHref(tree, step.question.id, answers(view.before.slice(0, index + 1))));
    moved.current = true;
    setView({ at: step.question.id, before: view.before.slice(0, index), selected: step.option.id, notice: null });
  };

  // 上一步: the question answered last, that answer shown selected (as its 修改 link does).
  // The static page cannot know it: the link stays hidden until the early script or the
  // island fills it in from the fragment; without JavaScript the browser's Back remains.
  const previous = view.before.length;
  const question = tree.questions[view.at];
  return (
    <div class={question ? 'quiz' : 'quiz no-print'} data-tree={full ? 'ready' : undefined}>
      {view.notice && (
        <p class="box warn" role="status">
          {view.notice}
        </p>
      )}
      {question && (
        <>
          <a
            class="back"
            href={previous ? nodeHref(tree, view.before[previous - 1]!.question.id, answers(view.before)) : undefined}
            hidden={!previous}
            onClick={(e) => change(e, previous - 1)}
          >
            {strings.back}
          </a>
          <h1 ref={heading} tabIndex={-1}>
            {question.question}
          </h1>
          {question.hint && <p class="muted">{question.hint}</p>}
          <ul class="options">
            {question.options.map((o) => (
              <li key={o.id}>
                <a
                  href={nodeHref(tree, o.next, [...answers(view.before), { question: question.id, option: o.id }])}
                  aria-current={view.selected === o.id ? 'true' : undefined}
                  onClick={(e) => choose(e, o.id)}
                >
                  {o.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.before.length > 0 && (
        <section class="answers" aria-labelledby="your-answers">
          <h2 id="your-answers">{strings.yourAnswers}</h2>
          <dl>
            {view.before.map((s, i) => (
              <div key={s.question.id} class="answer">
                <dt>{s.question.question}</dt>
                <dd>
                  {s.option.label}{' '}
                  <a href={nodeHref(tree, s.question.id, answers(view.before.slice(0, i + 1)))} onClick={(e) => change(e, i)}>
                    {strings.change}
                    <span class="sr-only">：{s.question.question}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p>
        <a href={quizStartUrl()}>{strings.restart}</a>
      </p>
    </div>
  );
}
