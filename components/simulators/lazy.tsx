'use client';

/**
 * The simulators, each behind next/dynamic. A plain client import would put all three into
 * the one client bundle every note shares; as dynamic imports each is its own chunk, which
 * only the notes that render it fetch (the HTML of those notes preloads it). They still
 * render on the server, so the exported HTML has their first state.
 */
import dynamic from 'next/dynamic';

export const CircuitBreakerSimulator = dynamic(() => import('./circuit-breaker-simulator').then((m) => m.CircuitBreakerSimulator));
export const RetrySimulator = dynamic(() => import('./retry-simulator').then((m) => m.RetrySimulator));
export const SagaLatencySimulator = dynamic(() => import('./saga-latency-simulator').then((m) => m.SagaLatencySimulator));
