import { parseInbound } from './ws-inbound-message';

describe('parseInbound', () => {
  it('accepts a JSON object with a string type', () => {
    expect(parseInbound('{"type":"code_update","data":{"code":"x"}}')).toEqual({ message: { type: 'code_update', data: { code: 'x' } } });
  });

  it.each(['{', 'null', '42', '"text"', '[{"type":"a"}]', '{}', '{"type":""}', '{"type":7}'])('refuses %s with a reason', (text) => {
    expect(parseInbound(text)).toEqual({ error: expect.any(String) });
  });
});
