/**
 * The plan's OCS version, for the servers' kind labels (a kind can be named differently on 2007 and
 * R2: see kindLabel). One subscription in the canvas hands it to every server, as ConnectingFrom does.
 */
import { createContext } from 'react';
import type { OcsVersion } from '../../domain/plan';

export const PlanVersionContext = createContext<OcsVersion | undefined>(undefined);
