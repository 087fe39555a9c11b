import type { Component } from 'svelte';
import ClassifyEditor, { blank as classify } from './classify/Editor.svelte';
import FillEditor, { blank as fill } from './fill/Editor.svelte';
import LocateEditor, { blank as locate } from './locate/Editor.svelte';
import MatchEditor, { blank as match } from './match/Editor.svelte';
import MultipleEditor, { blank as multiple } from './multiple/Editor.svelte';
import OrderEditor, { blank as order } from './order/Editor.svelte';
import RelationEditor, { blank as relation } from './relation/Editor.svelte';
import type { BlankOf, EditorProps } from './shared/editor/types';
import SingleEditor, { blank as single } from './single/Editor.svelte';
import SpeakerEditor, { blank as speaker } from './speaker/Editor.svelte';
import TruthEditor, { blank as truth } from './truth/Editor.svelte';
import type { QuestionType } from './types';

/**
 * Each type's editor in the studio, and the fields a new question of it starts with. Only the
 * studio loads this registry.
 */
export const editors: {
	[K in QuestionType]: { Editor: Component<EditorProps<K>>; blank: () => BlankOf<K> };
} = {
	single: { Editor: SingleEditor, blank: single },
	multiple: { Editor: MultipleEditor, blank: multiple },
	truth: { Editor: TruthEditor, blank: truth },
	match: { Editor: MatchEditor, blank: match },
	order: { Editor: OrderEditor, blank: order },
	fill: { Editor: FillEditor, blank: fill },
	classify: { Editor: ClassifyEditor, blank: classify },
	locate: { Editor: LocateEditor, blank: locate },
	speaker: { Editor: SpeakerEditor, blank: speaker },
	relation: { Editor: RelationEditor, blank: relation }
};

export const questionTypes = Object.keys(editors) as QuestionType[];
