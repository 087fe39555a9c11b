import type { AnyActorRef, SnapshotFrom } from 'xstate';

/** An actor's latest snapshot as reactive state; replaced whole on every change. */
export class ActorState<A extends AnyActorRef> {
	#snapshot: SnapshotFrom<A>;
	#unsubscribe: () => void;

	constructor(readonly actor: A) {
		this.#snapshot = $state.raw(actor.getSnapshot());
		this.#unsubscribe = actor.subscribe((s: SnapshotFrom<A>) => (this.#snapshot = s)).unsubscribe;
	}

	get snapshot(): SnapshotFrom<A> {
		return this.#snapshot;
	}

	stop() {
		this.#unsubscribe();
		this.actor.stop();
	}
}
