import { getChannels } from './registry';
import { caseListUrl, guideIndexUrl, quizStartUrl } from '../lib/urls';
import type { Link } from './types';
import { ui } from '../i18n';

/** The three jobs the home page and the 404 page offer, in this order. */
export function homeJobs(): (Link & { text: string })[] {
  const { jobs } = ui.home;
  return [
    { ...jobs.check, url: quizStartUrl() },
    { ...jobs.guide, url: guideIndexUrl() },
    { ...jobs.cases, url: caseListUrl() },
  ];
}

/** The hotlines the scam warning names, from the channel registry, to be tappable there. */
export async function warningPhones(): Promise<string[]> {
  const channels = await getChannels(['110', '96110']);
  return channels.map((c) => c.phone).filter((p): p is string => Boolean(p));
}
