import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type HostEvent } from '../../../../common/bridge';
import { createPreloadBridge, type RendererIpc } from '../../../../main/bridge/preload-bridge';

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Stands in for ipcRenderer: records invocations and lets the test deliver messages from main. */
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const invoke = vi.fn<RendererIpc['invoke']>(() => Promise.resolve('reply'));
  const ipc: RendererIpc = {
    invoke,
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
  };
  // What Electron passes first: an event whose `sender` is ipcRenderer itself. The page must never see it.
  const ipcEvent = { sender: { invoke, send: () => undefined }, senderId: 0 };
  const deliver = (payload: unknown) => {
    for (const listener of listeners.get(IPC_CHANNELS.hostEvent) ?? []) listener(ipcEvent, payload);
  };
  return { ipc, invoke, deliver, listenerCount: () => listeners.get(IPC_CHANNELS.hostEvent)?.size ?? 0 };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the preload bridge', () => {
  it('exposes the bridge methods and nothing else, all plain functions', () => {
    const bridge = createPreloadBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([
      'exportMarks',
      'loadAuditRecords',
      'loadDocument',
      'loadKioskConfig',
      'loadLibraryIndex',
      'loadLibraryStart',
      'loadMarks',
      'loadPositions',
      'loadPreferences',
      'onHostEvent',
      'openExternal',
      'requestKioskExit',
      'saveAuditRecords',
      'saveMarks',
      'savePosition',
      'savePreferences',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards each request to its own channel with exactly its own arguments', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    await bridge.loadLibraryStart();
    await bridge.loadLibraryStart('about-us');
    // No id is no argument at all, not an `undefined` one the guard would refuse.
    await bridge.loadLibraryStart(undefined);
    await bridge.loadLibraryIndex();
    await bridge.loadDocument('about-us', 'fr');
    await bridge.loadPreferences();
    await bridge.savePreferences({ language: 'fr' });
    await bridge.loadPositions();
    await bridge.savePosition({ documentId: 'about-us', language: 'en', position: { section: null, paragraph: 1 } });
    await bridge.loadMarks();
    await bridge.saveMarks({ version: 1, marks: [] });
    await bridge.exportMarks({ format: 'markdown', language: 'fr', fileName: 'lisible-marques', text: '# Marques\n' });
    await bridge.openExternal('https://www.ontariohealth.ca/');
    await bridge.loadKioskConfig();
    await bridge.requestKioskExit('1234');
    await bridge.loadAuditRecords();
    await bridge.saveAuditRecords([]);
    // Extra arguments a page might slip in are not forwarded.
    await (bridge.openExternal as (...args: unknown[]) => Promise<void>)('https://a.example/', 'extra');
    expect(invoke.mock.calls).toEqual([
      [IPC_CHANNELS.loadLibraryStart],
      [IPC_CHANNELS.loadLibraryStart, 'about-us'],
      [IPC_CHANNELS.loadLibraryStart],
      [IPC_CHANNELS.loadLibraryIndex],
      [IPC_CHANNELS.loadDocument, 'about-us', 'fr'],
      [IPC_CHANNELS.loadPreferences],
      [IPC_CHANNELS.savePreferences, { language: 'fr' }],
      [IPC_CHANNELS.loadPositions],
      [
        IPC_CHANNELS.savePosition,
        { documentId: 'about-us', language: 'en', position: { section: null, paragraph: 1 } },
      ],
      [IPC_CHANNELS.loadMarks],
      [IPC_CHANNELS.saveMarks, { version: 1, marks: [] }],
      [
        IPC_CHANNELS.exportMarks,
        { format: 'markdown', language: 'fr', fileName: 'lisible-marques', text: '# Marques\n' },
      ],
      [IPC_CHANNELS.openExternal, 'https://www.ontariohealth.ca/'],
      [IPC_CHANNELS.loadKioskConfig],
      [IPC_CHANNELS.requestKioskExit, '1234'],
      [IPC_CHANNELS.loadAuditRecords],
      [IPC_CHANNELS.saveAuditRecords, []],
      [IPC_CHANNELS.openExternal, 'https://a.example/'],
    ]);
  });

  it('passes host events on as their payload alone, never the IPC event', () => {
    const { ipc, deliver } = fakeIpc();
    const listener = vi.fn();
    createPreloadBridge(ipc).onHostEvent(listener);
    const event: HostEvent = { type: 'command', command: 'showShortcuts' };
    deliver(event);
    expect(listener.mock.calls).toEqual([[event]]);
  });

  it('stops passing events once unsubscribed, and removes its IPC listener', () => {
    const { ipc, deliver, listenerCount } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const before = listenerCount();
    const listener = vi.fn();
    const stop = bridge.onHostEvent(listener);
    expect(listenerCount()).toBe(before + 1);
    stop();
    expect(listenerCount()).toBe(before);
    deliver({ type: 'command', command: 'print' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('gives a late listener the latest system contrast report, but no earlier command', async () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    deliver({ type: 'command', command: 'print' });
    deliver({ type: 'systemContrast', highContrast: false });
    deliver({ type: 'systemContrast', highContrast: true });
    const listener = vi.fn();
    bridge.onHostEvent(listener);
    await flush();
    expect(listener.mock.calls).toEqual([[{ type: 'systemContrast', highContrast: true }]]);
  });

  it('does not replay to a listener that stopped before the replay', async () => {
    const { ipc, deliver } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    deliver({ type: 'systemContrast', highContrast: true });
    const listener = vi.fn();
    bridge.onHostEvent(listener)();
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });
});
