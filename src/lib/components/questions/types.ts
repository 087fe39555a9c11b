/** Where a question stands in the quiz; `saved` is deferred mode's kept-but-unchecked answer. */
export type Phase = 'answering' | 'retry' | 'saved' | 'saving' | 'answered';
