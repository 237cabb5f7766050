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
