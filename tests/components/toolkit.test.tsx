import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Toolkit from '../../src/islands/toolkit/Toolkit';
import { letterTemplates } from '../helpers/letters';
import { zhCN } from '../../src/i18n/zh-cn';
import { buildTree } from '../../src/lib/tree/types';
import { serveTree } from './serve-tree';

// The route of the page's answers, plus one to another outcome; the letter's fact is on its answer.
const step = (id: string, option: string, next: string, fact?: string) => ({
  id,
  question: id,
  options: [
    { id: option, label: option, next, flags: [], fact },
    { id: 'other', label: 'other', next: 'police', flags: [] },
  ],
});
const tree = buildTree(
  [
    step('redflags', 'none', 'situation'),
    step('situation', 'platform', 'asked-merchant'),
    step('asked-merchant', 'stalled', 'stuck-time', '商家以“系统维护”为由一直拖延。'),
    step('stuck-time', 'under-15', 'merchant-demand'),
  ],
  [
    { id: 'merchant-demand', title: '催告', branch: 'consumer' },
    { id: 'police', title: '报警', branch: 'fraud' },
  ],
);

const props = {
  outcome: 'merchant-demand',
  template: letterTemplates.demand,
  laws: ['《中华人民共和国消费者权益保护法》第二十五条：七日无理由退货。'],
  lawLabels: { 'xiaofa-25': '《中华人民共和国消费者权益保护法》第二十五条' },
  evidence: ['订单截图', '聊天记录', '付款记录'],
  deadlines: true,
  builtOn: '2026-11-25',
};
const letter = () => document.getElementById('letter-text')!.textContent!;

beforeEach(() => {
  serveTree(tree);
  localStorage.clear();
  history.replaceState(null, '', '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=stalled&stuck-time=under-15');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Toolkit island', () => {
  it('updates the letter as the reader types, with the facts from the quiz answers', async () => {
    render(<Toolkit {...props} />);
    await waitFor(() => expect(letter()).toContain('商家以“系统维护”为由一直拖延。'));
    expect(letter()).toContain('＿＿＿＿（商家或对方名称）');
    fireEvent.input(screen.getByLabelText('商家或对方名称'), { target: { value: '某数码店' } });
    fireEvent.input(screen.getByLabelText('金额（元）'), { target: { value: '2600' } });
    expect(letter()).toContain('致：某数码店');
    expect(letter()).toContain('将2600元原路退还给我');
    expect(letter()).toContain('《中华人民共和国消费者权益保护法》第二十五条');
  });

  it('keeps checklist ticks in localStorage across a remount', async () => {
    const first = render(<Toolkit {...props} />);
    await waitFor(() => expect((screen.getByLabelText('聊天记录') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByLabelText('聊天记录'));
    expect(JSON.parse(localStorage.getItem('refundpath:evidence:merchant-demand')!)).toEqual([false, true, false]);
    first.unmount();
    render(<Toolkit {...props} />);
    await waitFor(() => expect((screen.getByLabelText('聊天记录') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('订单截图') as HTMLInputElement).checked).toBe(false);
  });

  it('lists the deadlines that follow from the dates entered', async () => {
    render(<Toolkit {...props} />);
    expect(screen.getByText(zhCN.toolkit.noDates)).toBeTruthy();
    fireEvent.input(await screen.findByLabelText('提出退款的日期'), { target: { value: '2026-11-05' } });
    await waitFor(() => expect(screen.getByText('2026-11-20')).toBeTruthy());
    expect(screen.getByText('2029-11-05')).toBeTruthy();
    expect(screen.getByRole('button', { name: '导出到日历（.ics）' })).toBeTruthy();
  });

  it('uses no fact from answers that lead elsewhere, and reads the fragment again when it changes', async () => {
    history.replaceState(null, '', '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=other');
    render(<Toolkit {...props} />);
    await waitFor(() => expect((screen.getByLabelText('订单号') as HTMLInputElement).disabled).toBe(false));
    expect(letter()).not.toContain('商家以“系统维护”为由一直拖延。');
    history.replaceState(null, '', '/check/result/merchant-demand/#redflags=none&situation=platform&asked-merchant=stalled&stuck-time=under-15');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(letter()).toContain('商家以“系统维护”为由一直拖延。'));
  });

  it("清除我的数据 empties this site's storage, the form and the answers in the URL", async () => {
    localStorage.setItem('refundpath:evidence:other', '[true]');
    localStorage.setItem('another-app', 'keep');
    render(<Toolkit {...props} />);
    await waitFor(() => expect((screen.getByLabelText('订单截图') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByLabelText('订单截图'));
    fireEvent.input(screen.getByLabelText('订单号'), { target: { value: 'A123' } });
    // It asks first: declined, nothing goes; accepted, everything does.
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: '清除我的数据' }));
    expect(localStorage.getItem('refundpath:evidence:other')).toBe('[true]');
    fireEvent.click(screen.getByRole('button', { name: '清除我的数据' }));
    expect(confirm).toHaveBeenCalledWith(zhCN.toolkit.clearConfirm);
    expect(Object.keys(localStorage)).toEqual(['another-app']);
    expect((screen.getByLabelText('订单截图') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('订单号') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(zhCN.toolkit.cleared));
    expect(location.hash).toBe('');
    expect(letter()).not.toContain('商家以“系统维护”为由一直拖延。');
    vi.unstubAllGlobals();
  });

  it('shows no deadline calculator on the fraud branch, and no letter when the outcome has none', () => {
    render(<Toolkit {...props} template={null} deadlines={false} />);
    expect(screen.queryByRole('heading', { name: zhCN.toolkit.deadlinesHeading })).toBeNull();
    expect(document.getElementById('letter-text')).toBeNull();
    expect(screen.getByRole('heading', { name: zhCN.toolkit.checklistHeading })).toBeTruthy();
  });

  it('asks for the fields the letter declares: the police letter has no order number', async () => {
    render(<Toolkit {...props} outcome="gambling" template={letterTemplates.police} deadlines={false} />);
    const accounts = await screen.findByLabelText(letterTemplates.police.labels!.payees!);
    expect(screen.queryByLabelText(zhCN.toolkit.fields.orderNo)).toBeNull();
    expect(screen.queryByLabelText(zhCN.toolkit.fields.requestedOn)).toBeNull();
    await waitFor(() => expect((accounts as HTMLInputElement).disabled).toBe(false));
    fireEvent.input(accounts, { target: { value: '张某 6222 0000' } });
    expect(letter()).toContain('三、我转入的收款账户：张某 6222 0000');
  });
});

describe('Toolkit island with the reader’s situation', () => {
  it('asks for the situation’s own fields and puts its fact and demand in the letter', async () => {
    // The answer to the situation question names a situation whose card carries letter facts.
    const withSituation = structuredClone(tree);
    withSituation.questions.situation!.options[0]!.situation = 'presale';
    withSituation.situations = {
      presale: {
        title: '预售定金',
        url: '/guide/situations/presale/',
        right: 'r',
        law: 'l',
        channel: 'c',
        trap: 't',
        branch: 'consumer',
        letter: {
          fields: [{ id: 'deposit-amount', label: '定金金额（元）' }],
          fact: '我支付了定金{deposit-amount}元。',
          demand: '请退还定金{deposit-amount}元。',
        },
      },
    };
    serveTree(withSituation);
    render(<Toolkit {...props} />);
    const input = await screen.findByLabelText('定金金额（元）');
    await waitFor(() => expect((input as HTMLInputElement).disabled).toBe(false));
    expect(letter()).toContain('2. 我支付了定金＿＿＿＿（定金金额（元））元。');
    fireEvent.input(input, { target: { value: '300' } });
    expect(letter()).toContain('2. 我支付了定金300元。');
    expect(letter()).toContain('原路退还给我。\n请退还定金300元。');
  });

  it('asks for nothing more when the answers name no situation with letter facts', async () => {
    render(<Toolkit {...props} />);
    await waitFor(() => expect(letter()).toContain('商家以“系统维护”为由一直拖延。'));
    expect(screen.queryByLabelText('定金金额（元）')).toBeNull();
  });
});
