import { describe, it, expect } from '@jest/globals';
import { checkRequest, checkResponse, findOperation, type OperationMatch } from '../support/github-standin/openapi-contract.js';

function match(method: string, path: string): OperationMatch {
  const found = findOperation(method, path);
  if (typeof found === 'string') throw new Error(found);
  return found;
}

describe('openapi contract', () => {
  it('matches operations by method and path, keeping multi-segment parameters whole', () => {
    expect(match('GET', '/repos/acme/gitops/git/ref/heads/feature/x')).toMatchObject({
      operationId: 'git/get-ref',
      pathParams: { owner: 'acme', repo: 'gitops', ref: 'heads/feature/x' },
    });
    expect(match('PATCH', '/repos/acme/gitops/git/refs/heads%2Fmain').pathParams.ref).toBe('heads/main');
    expect(match('GET', '/repos/acme/gitops/contents/a/b.yaml').operationId).toBe('repos/get-content');
    expect(match('POST', '/repos/acme/gitops/pulls').operationId).toBe('pulls/create');
  });

  it('explains paths and methods GitHub does not document', () => {
    expect(findOperation('GET', '/repos/acme/gitops/pull')).toBe(
      "no operation in GitHub's OpenAPI description matches GET /repos/acme/gitops/pull",
    );
    expect(findOperation('PUT', '/repos/acme/gitops/pulls')).toMatch(/documents no PUT operation for \/repos\/\{owner\}\/\{repo\}\/pulls \(documented: GET, POST\)/);
  });

  it('reports a missing required body field and a wrongly typed query parameter', () => {
    const create = match('POST', '/repos/acme/gitops/pulls');
    expect(checkRequest(create, new URLSearchParams(), { title: 't', head: 'x' })).toEqual([
      "request body must have required property 'base'",
    ]);
    expect(checkRequest(create, new URLSearchParams(), { title: 't', head: 'x', base: 'main' })).toEqual([]);
    const list = match('GET', '/repos/acme/gitops/pulls');
    expect(checkRequest(list, new URLSearchParams('state=opened'), undefined)[0]).toMatch(/query:state must be equal to one of the allowed values \(open, closed, all\)/);
    expect(checkRequest(list, new URLSearchParams('per_page=abc'), undefined)[0]).toMatch(/query:per_page must be integer/);
  });

  it('checks response bodies against the documented schema for their status', () => {
    const getRef = match('GET', '/repos/acme/gitops/git/ref/heads/main');
    const good = { ref: 'refs/heads/main', node_id: 'R', url: 'http://x/y', object: { type: 'commit', sha: 'a'.repeat(40), url: 'http://x/c' } };
    expect(checkResponse(getRef, 200, good)).toEqual([]);
    expect(checkResponse(getRef, 200, { ...good, object: { type: 'commit', url: 'http://x/c' } })).toEqual([
      "response 200 body/object must have required property 'sha'",
    ]);
    expect(checkResponse(getRef, 201, good)[0]).toMatch(/status 201 is not documented/);
    expect(checkResponse(getRef, 404, { message: 'Not Found' })).toEqual([]);
  });
});
