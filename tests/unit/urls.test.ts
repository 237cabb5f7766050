import { describe, expect, it } from 'vitest';
import {
  caseFeedUrl,
  caseListUrl,
  caseUrl,
  chapterUrl,
  guideIndexUrl,
  homeUrl,
  notebookUrl,
  outcomeUrl,
  questionUrl,
  quizMapUrl,
  quizStartUrl,
  searchUrl,
} from '../../src/lib/urls';
import { nodeFromPath, nodePath } from '../../src/lib/tree/urls';
import { buildTree } from '../../src/lib/tree/types';

describe('site URLs', () => {
  it('builds the fixed pages', () => {
    expect(homeUrl()).toBe('/');
    expect(guideIndexUrl()).toBe('/guide/');
    expect(quizStartUrl()).toBe('/check/');
    expect(quizMapUrl()).toBe('/check/map/');
    expect(caseFeedUrl()).toBe('/cases/feed.xml');
  });

  it('builds a chapter and a section of a chapter', () => {
    expect(chapterUrl('evidence')).toBe('/guide/evidence/');
    expect(chapterUrl('excuses', '系统维护')).toBe('/guide/excuses/#系统维护');
  });

  it('builds the case index, filter and page URLs, page 1 without a page segment', () => {
    expect(caseListUrl()).toBe('/cases/');
    expect(caseListUrl(undefined, 1)).toBe('/cases/');
    expect(caseListUrl(undefined, 2)).toBe('/cases/page/2/');
    expect(caseListUrl({ facet: 'kind', slug: 'public' })).toBe('/cases/kind/public/');
    expect(caseListUrl({ facet: 'result', slug: 'full' }, 3)).toBe('/cases/result/full/page/3/');
    expect(caseUrl('gym-closed-prepaid')).toBe('/cases/gym-closed-prepaid/');
  });

  it('builds question and outcome pages, which the quiz reads back from the path', () => {
    expect(questionUrl('situation')).toBe('/check/q/situation/');
    expect(outcomeUrl('complaint-12315')).toBe('/check/result/complaint-12315/');
    expect(nodeFromPath(questionUrl('situation'))).toBe('situation');
    expect(nodeFromPath(outcomeUrl('complaint-12315'))).toBe('complaint-12315');
  });

  it('nodePath picks the outcome or question page by what the id is', () => {
    const tree = buildTree(
      [{ id: 'start', question: 'Q', options: [{ id: 'a', label: 'A', next: 'end', flags: [] }] }],
      [{ id: 'end', title: 'E', branch: 'consumer' }],
    );
    expect(nodePath(tree, 'start')).toBe(questionUrl('start'));
    expect(nodePath(tree, 'end')).toBe(outcomeUrl('end'));
  });

  it('encodes a search as the header GET form does, and reads back the same query', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('', '')).toBe('/search/');
    expect(searchUrl('押金')).toBe('/search/?q=%E6%8A%BC%E9%87%91');
    expect(searchUrl('12315 怎么投诉', 'case')).toBe(`/search/?q=12315+${encodeURIComponent('怎么投诉')}&type=case`);
    const back = new URL(searchUrl('a&b=c #d', 'guide'), 'https://x.example').searchParams;
    expect([back.get('q'), back.get('type')]).toEqual(['a&b=c #d', 'guide']);
  });

  it('builds the notebook and one of its records', () => {
    expect(notebookUrl()).toBe('/my/');
    expect(notebookUrl('r-1a2b')).toBe('/my/#r-1a2b');
  });
});
