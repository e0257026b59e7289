import { useSecrets } from './secrets';

const refused = new Error('check authority failed: session_id is invalid');

describe('the refused renter session fact', () => {
  beforeEach(() => useSecrets.setState({ byId: { c: { sessionId: 's1', sessionIdSign: 'x' } }, remembered: {}, refused: {} }));

  it('is set by a node refusing the session held, and taken off node by node as they answer with it again', () => {
    const { sessionAnswer } = useSecrets.getState();
    sessionAnswer('c', { sessionId: 's1', nodeId: 'n1', error: refused }, 1000);
    sessionAnswer('c', { sessionId: 's1', nodeId: 'n2', error: refused }, 2000);
    expect(useSecrets.getState().refused.c).toEqual({ sessionId: 's1', at: 1000, nodeIds: ['n1', 'n2'], error: refused });
    sessionAnswer('c', { sessionId: 's1', nodeId: 'n1' });
    expect(useSecrets.getState().refused.c?.nodeIds).toEqual(['n2']);
    sessionAnswer('c', { sessionId: 's1', nodeId: 'n2' });
    expect(useSecrets.getState().refused.c).toBeUndefined();
  });

  it('ignores a late refusal of a session already replaced, and a new sign-in clears a refusal', () => {
    const { sessionAnswer, setSecrets } = useSecrets.getState();
    sessionAnswer('c', { sessionId: 's0', nodeId: 'n1', error: refused });
    expect(useSecrets.getState().refused.c).toBeUndefined();
    sessionAnswer('c', { sessionId: 's1', nodeId: 'n1', error: refused });
    expect(useSecrets.getState().refused.c).toBeDefined();
    setSecrets('c', { sessionId: 's2', sessionIdSign: 'y' }, false);
    expect(useSecrets.getState().refused.c).toBeUndefined();
  });
});
