import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, createEvent, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Quiz from '../../src/islands/Quiz';
import Toolkit from '../../src/islands/toolkit/Toolkit';
import { buildTree, pageTree } from '../../src/lib/tree/types';
import { serveTree } from './serve-tree';

const tree = buildTree(
  [
    {
      id: 'start',
      question: '对方要你先交钱吗？',
      options: [
        { id: 'no', label: '没有', next: 'asked', flags: [] },
        { id: 'pay', label: '要先交钱', next: 'police', flags: ['scam-signal'] },
      ],
    },
    {
      id: 'asked',
      question: '你书面催过商家吗？',
      options: [
        { id: 'no', label: '还没有', next: 'demand', flags: [] },
        { id: 'yes', label: '催过了', next: 'gone' },
      ].map((o) => ({ flags: [], ...o })),
    },
    {
      id: 'gone',
      question: '商家还联系得上吗？',
      options: [
        { id: 'here', label: '联系得上', next: 'demand', flags: [] },
        { id: 'away', label: '联系不上', next: 'police', flags: [] },
      ],
    },
  ],
  [
    { id: 'demand', title: '书面催告', branch: 'consumer' },
    { id: 'police', title: '报警', branch: 'fraud' },
  ],
);
const strings = { yourAnswers: '你的回答', change: '修改', restart: '重新开始', back: '上一步', garbled: '无法识别，已从头开始', garbledOutcome: '无法识别' };

function go(url: string) {
  history.replaceState(null, '', url);
}

beforeEach(() => {
  serveTree(tree);
  go('/check/q/start/');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
/** The island as a page renders it: its own part of the tree; the rest is fetched. */
const quizAt = (at: string) => <Quiz page={pageTree(tree, at)} at={at} strings={strings} />;
const ready = () => waitFor(() => expect(document.querySelector('.quiz[data-tree="ready"]')).not.toBeNull());

describe('Quiz island', () => {
  it('renders the question as a heading with options as links to the static pages', () => {
    render(quizAt('start'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('对方要你先交钱吗？');
    expect(screen.getByRole('link', { name: '没有' }).getAttribute('href')).toBe('/check/q/asked/#start=no');
    expect(screen.getByRole('link', { name: '要先交钱' }).getAttribute('href')).toBe('/check/result/police/#start=pay');
  });

  it('answers without reloading: next question, answers in the URL, focus on the question', async () => {
    render(quizAt('start'));
    await ready();
    fireEvent.click(screen.getByRole('link', { name: '没有' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('你书面催过商家吗？'));
    expect(location.pathname).toBe('/check/q/asked/');
    expect(location.hash).toBe('#start=no');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('heading', { name: '你的回答' })).toBeTruthy();
    expect(screen.getByText('没有', { selector: 'dd', exact: false })).toBeTruthy();
  });

  it('goes back to the previous question with its answer selected', async () => {
    render(quizAt('start'));
    await ready();
    fireEvent.click(screen.getByRole('link', { name: '没有' }));
    await waitFor(() => expect(location.pathname).toBe('/check/q/asked/'));
    history.back();
    await waitFor(() => expect(location.pathname).toBe('/check/q/start/'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('对方要你先交钱吗？'));
    expect(screen.getByRole('link', { name: '没有' }).getAttribute('aria-current')).toBe('true');
  });

  it('changes an earlier answer from 你的回答', async () => {
    go('/check/q/gone/#start=no&asked=yes');
    render(quizAt('gone'));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /修改/ }).length).toBe(2));
    fireEvent.click(screen.getAllByRole('link', { name: /修改/ })[1]!);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('你书面催过商家吗？'));
    expect(screen.getByRole('link', { name: '催过了' }).getAttribute('aria-current')).toBe('true');
    fireEvent.click(screen.getByRole('link', { name: '还没有' }));
    // The next answer leads to an outcome page: a full navigation with the answers.
    await waitFor(() => expect(location.pathname).toBe('/check/result/demand/'));
    expect(location.hash).toBe('#start=no&asked=no');
  });

  it('restores answers from the fragment on load', async () => {
    go('/check/q/gone/#start=no&asked=yes');
    render(quizAt('gone'));
    await waitFor(() => expect(screen.getByText('催过了', { exact: false, selector: 'dd' })).toBeTruthy());
    expect(screen.getByText('你书面催过商家吗？', { selector: 'dt' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('商家还联系得上吗？');
  });

  it('restarts with a notice when the fragment is garbled, without throwing', async () => {
    go('/check/q/gone/#start=no&asked=%%%');
    render(quizAt('gone'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('无法识别，已从头开始'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('对方要你先交钱吗？');
    expect(location.pathname).toBe('/check/q/start/');
    expect(location.hash).toBe('');
  });

  it('restarts when the fragment names a node that no longer exists', async () => {
    go('/check/q/gone/#start=no&removed-question=x');
    render(quizAt('gone'));
    await waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('对方要你先交钱吗？');
  });

  it('offers 重新开始 back to the start page', () => {
    render(quizAt('start'));
    expect(screen.getByRole('link', { name: '重新开始' }).getAttribute('href')).toBe('/check/');
  });

  it('on an outcome page shows only the answers that led there', async () => {
    go('/check/result/demand/#start=no&asked=no');
    render(quizAt('demand'));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /修改/ }).length).toBe(2));
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getAllByRole('link', { name: /修改/ })[0]!.getAttribute('href')).toBe('/check/q/start/#start=no');
  });

  it('renders its question and links at first paint, from its own part of the tree alone', () => {
    serveTree(null);
    render(quizAt('asked'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('你书面催过商家吗？');
    expect(screen.getByRole('link', { name: '还没有' }).getAttribute('href')).toBe('/check/result/demand/#asked=no');
    expect(screen.getByRole('link', { name: '催过了' }).getAttribute('href')).toBe('/check/q/gone/#asked=yes');
  });

  it('when the tree cannot be fetched, stays on plain links without a notice and leaves taps to the page', async () => {
    const failing = serveTree(null);
    go('/check/q/asked/#start=no');
    render(quizAt('asked'));
    await waitFor(() => expect(failing).toHaveBeenCalledTimes(1));
    // The failed fetch settles in a few microtasks and leaves the island as it was.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.querySelector('.quiz[data-tree]')).toBeNull();
    // The link is followed: the page's early script (src/islands/early-quiz.js, tested in
    // tests/e2e/early-answers.test.ts) puts the answers so far into it.
    const link = screen.getByRole('link', { name: '催过了' });
    const tap = createEvent.click(link, { button: 0 });
    fireEvent(link, tap);
    expect(tap.defaultPrevented).toBe(false);
  });

  it('shares one fetch of the tree with the toolkit, whose letter takes its facts from that tree', async () => {
    const withFact = buildTree(
      [{ id: 'start', question: '催过吗？', options: [{ id: 'no', label: '没有', next: 'demand', flags: [], fact: '我还没有书面催告过商家。' }] }],
      [{ id: 'demand', title: '书面催告', branch: 'consumer' }],
    );
    const fetch = serveTree(withFact);
    go('/check/result/demand/#start=no');
    render(
      <>
        <Quiz page={pageTree(withFact, 'demand')} at="demand" strings={strings} />
        <Toolkit
          outcome="demand"
          template={(await import('../helpers/letters')).letterTemplates.demand}
          laws={[]}
          lawLabels={{}}
          evidence={[]}
          deadlines={false}
          builtOn="2026-11-26"
        />
      </>,
    );
    await waitFor(() => expect(document.getElementById('letter-text')!.textContent).toContain('我还没有书面催告过商家。'));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /修改/ }).length).toBe(1));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
