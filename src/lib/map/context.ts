import { getContext, setContext } from 'svelte';
import type { DrawnMap, PlaceKind } from './types';

/** The module's map, for the questions that ask to choose a place on it. */
export interface QuizMap {
	map: DrawnMap;
	/** The country drawn stronger than the rest. */
	focus?: string;
	places: { id: string; name: string; kind: PlaceKind }[];
}

const key = Symbol('lectern:map');

/** Offers the map to the questions below; a getter, so that a new section's map replaces it. */
export const setQuizMap = (get: () => QuizMap | null) => setContext(key, get);
export const getQuizMap = (): QuizMap | null =>
	(getContext<(() => QuizMap | null) | undefined>(key) ?? (() => null))();
