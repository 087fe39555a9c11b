// Each test file gets a working IndexedDB in Node; tests that need a fresh one make their own.
import 'fake-indexeddb/auto';
