import type { Component } from 'svelte';
import ClassifyInput from './classify/Input.svelte';
import FillInput from './fill/Input.svelte';
import LocateInput from './locate/Input.svelte';
import MatchInput from './match/Input.svelte';
import MultipleInput from './multiple/Input.svelte';
import OrderInput from './order/Input.svelte';
import ChoiceInput from './shared/ChoiceInput.svelte';
import type { InputProps } from './shared/input';
import SingleInput from './single/Input.svelte';
import SpeakerInput from './speaker/Input.svelte';
import TruthInput from './truth/Input.svelte';
import type { QuestionType } from './types';

/** Each type's answer input. Typed per name, so a type's input gets only its own question. */
export const inputs: { [K in QuestionType]: Component<InputProps<K>, object, 'answer'> } = {
	single: SingleInput,
	multiple: MultipleInput,
	truth: TruthInput,
	match: MatchInput,
	order: OrderInput,
	fill: FillInput,
	classify: ClassifyInput,
	locate: LocateInput,
	speaker: SpeakerInput,
	// A relation question needs no more than the choices.
	relation: ChoiceInput
};
