/**
 * The server a link is being drawn from, or null. One subscription in the canvas hands it to every
 * server; a subscription per server would add 1,000 listeners to every change of React Flow's store,
 * each drag move included.
 */
import { createContext } from 'react';

const context = createContext<string | null>(null);
export const ConnectingFrom = context.Provider;
export const connectingFromContext = context;
