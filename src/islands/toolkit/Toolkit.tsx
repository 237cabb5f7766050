import { mountOfflineControls } from '../../lib/offline/control';
import type { ComponentChildren, FunctionComponent } from 'preact';
import type { OutcomeSource } from '../../lib/court/from-record';
import type { courtHook } from '../../i18n/court-hook.zh-cn';
import { useEffect, useState } from 'preact/hooks';
import type { DeadlineInputs } from '../../lib/deadlines/compute';
import { todayInChina } from '../../lib/deadlines/dates';
import { answerLines, renderLetter, type Fields, type LetterTemplate } from '../../lib/letters/render';
import { shareLetterFields } from '../../lib/notebook/handoff';
import { inAppBrowser } from '../../lib/inapp';
import { clearSiteData } from '../../lib/storage';
import { loadTicks, saveTicks } from '../../lib/ticks';
import { forgetAnswers } from '../../lib/tree/forget';
import { position } from '../../lib/tree/position';
import type { Step } from '../../lib/tree/walk';
import { toolkitUi, type UI } from '../../i18n';
import { useAnswers } from '../use-answers';
import { useTree } from '../use-tree';
import { Checklist } from './Checklist';
import { ClearData } from './ClearData';
import { Deadlines } from './Deadlines';
import { Letter } from './Letter';

/** The toolkit's words: their type is the dictionary's own (src/i18n/toolkit.zh-cn.ts). */
export type ToolkitStrings = UI['toolkit'];

interface Props {
  outcome: string;
  template: LetterTemplate | null;
  /** Legal basis lines, from the laws registry. */
  laws: string[];
  /** Short law labels by id, for the deadline table. */
  lawLabels: Record<string, string>;
  evidence: string[];
  deadlines: boolean;
  /** The date the page was built: the letter's date until the browser knows today's. */
  builtOn: string;
  /** On the lawsuit rung: the words of the button that loads the 起诉状 and 证据目录 (issue 24). */
  court?: typeof courtHook | null | undefined;
  /** Shown right after the letter (the page's save section), before the checklist. */
  children?: ComponentChildren;
}

// Imported, not passed as props: the words are the same on every outcome page.
const strings: ToolkitStrings = toolkitUi;

/**
 * What a reader needs to act on an outcome: the letter for this rung, the evidence
 * checklist and the deadline calculator, one hydrated root that holds their state. Nothing
 * leaves the device; only checklist ticks are stored (localStorage), and 清除我的数据
 * removes them and the answers. The letter's facts come from the answers the tree accepts
 * (fetched once, shared with the quiz), read as the quiz reads them.
 */
export default function Toolkit({ outcome, template, laws, lawLabels, evidence, deadlines, builtOn, court, children }: Props) {
  const tree = useTree();
  const [hydrated, setHydrated] = useState(false);
  const [fields, setFields] = useState<Fields>({});
  // Values of the reader's situation's own letter fields (content/situations, `letter.fields`).
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [steps, setSteps] = useState<Step[]>([]);
  const [ticks, setTicks] = useState<boolean[]>(evidence.map(() => false));
  const [dates, setDates] = useState<DeadlineInputs>({});
  const [today, setToday] = useState(builtOn);
  const [status, setStatus] = useState('');
  const [ticksFailed, setTicksFailed] = useState(false);
  const [inApp, setInApp] = useState(false);
  const [Court, setCourt] = useState<FunctionComponent<{ source: OutcomeSource }> | null>(null);

  useEffect(() => {
    setHydrated(true);
    // The page's 离线也能用 control (OfflineControlView.astro) gets its behaviour here, not from a
    // script of its own at load: the toolkit sits above it and holds the save button that asks for it.
    mountOfflineControls();
    setInApp(inAppBrowser(navigator.userAgent) !== null);
    setToday(todayInChina());
    setTicks(loadTicks(outcome, evidence.length));
  }, []);

  // The same answers the quiz shows, read by the same hook.
  useAnswers(
    tree,
    () => steps.map((s) => ({ question: s.question.id, option: s.option.id })),
    (entry, tree) => {
      const pos = entry.kind === 'answers' ? position(tree, entry.answers, outcome) : null;
      setSteps(pos?.ok ? pos.before : []);
    },
  );

  // The save-to-notebook island reads the fields, dates and ticks from here (src/lib/notebook/handoff.ts).
  useEffect(
    () =>
      shareLetterFields(
        outcome,
        fields,
        dates,
        evidence.filter((_, i) => ticks[i]),
      ),
    [fields, dates, ticks],
  );

  // The reader's situation (the last one the answers name) adds its fields, a fact and a demand.
  const { situation: situationId, facts, demands } = answerLines(steps, tree?.situations, extra);
  const situationLetter = situationId === undefined ? undefined : tree?.situations?.[situationId]?.letter;
  const letter = template ? renderLetter(template, fields, { facts, laws, evidence, demands }, strings.fields, today) : '';

  const tick = (i: number, on: boolean) => {
    const next = ticks.map((t, j) => (j === i ? on : t));
    setTicks(next);
    setTicksFailed(!saveTicks(outcome, next));
  };

  const clear = async () => {
    if (!confirm(strings.clearConfirm)) return;
    clearSiteData();
    setTicks(evidence.map(() => false));
    setFields({});
    setExtra({});
    setDates({});
    await forgetAnswers();
    setStatus(strings.cleared);
  };

  return (
    <div class="toolkit" data-pagefind-ignore>
      {template && (
        <Letter
          template={template}
          fields={fields}
          onFields={setFields}
          extraFields={situationLetter?.fields ?? []}
          extra={extra}
          onExtra={setExtra}
          letter={letter}
          today={today}
          hydrated={hydrated}
          strings={strings}
          inApp={inApp}
        />
      )}
      {children}
      {/* The court documents load when asked for: a chunk of their own, outside the page's budget. */}
      {court && (
        <section aria-labelledby="court-heading">
          <h2 id="court-heading">{court.heading}</h2>
          {Court ? (
            <Court
              source={{
                fields,
                facts,
                evidence: evidence.filter((_, i) => ticks[i]),
                situation: situationId === undefined ? undefined : tree?.situations?.[situationId],
                today,
              }}
            />
          ) : (
            <p class="no-print">
              {court.lede}{' '}
              <button type="button" disabled={!hydrated} onClick={() => void import('../court/CourtDocs').then((m) => setCourt(() => m.OutcomeCourt))}>
                {court.open}
              </button>
            </p>
          )}
        </section>
      )}
      <Checklist evidence={evidence} ticks={ticks} onTick={tick} hydrated={hydrated} strings={strings} failed={ticksFailed} />
      {deadlines && <Deadlines dates={dates} onDates={setDates} lawLabels={lawLabels} today={today} hydrated={hydrated} strings={strings} inApp={inApp} />}
      <ClearData onClear={clear} hydrated={hydrated} strings={strings} />
      <p role="status" class="muted no-print">
        {status}
      </p>
    </div>
  );
}
