/**
 * What the notebook page loads on first use, as one module: each separate dynamic import
 * costs the page's script a loader stub, and the page has 12 KB in all.
 */
export { default as NotebookImport } from './NotebookImport';
export { default as NotebookProblems } from './NotebookProblems';
export { default as RecordTools } from './RecordTools';
export { default as StepForm } from './StepForm';
export { clearSiteData } from '../lib/storage';
export { findMisfiled } from '../lib/notebook/misfiled';
