/**
 * The plans collection, typed here rather than by Astro's generated types:
 * the repository's type check (`npm run typecheck`, which includes bench/)
 * runs with the Keyplan project's `astro:content` types, which have no
 * collections, while the benchmark builds this fixture in a temp folder.
 */
import { getCollection, render, type RenderResult } from 'astro:content';

/** A plan body: its slug (the file name) and its title. */
export interface Plan {
	id: string;
	data: { title: string };
}

/** Every plan of the collection. */
export const allPlans = (): Promise<Plan[]> => (getCollection as unknown as (name: string) => Promise<Plan[]>)('plans');

/** The rendered MDX of a plan. */
export const renderPlan = (plan: Plan): Promise<RenderResult> => (render as unknown as (entry: Plan) => Promise<RenderResult>)(plan);
