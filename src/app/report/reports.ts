/** The app's one report store, over the open plan and its findings (loaded with the Report view or an export). */
import { findingsStore, planStore } from '../stores';
import { createReportStore } from './reportStore';

export const reports = createReportStore(planStore, findingsStore);
