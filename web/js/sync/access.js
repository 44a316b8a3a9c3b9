// @ts-check
// Who may read the lifter's database besides the lifter: CouchDB's per-database security
// document (_security). A coach is added to its readers ("members"); a member could also
// write in CouchDB, so granting first installs a validation function that lets only the
// database's admins (the lifter) write: a coach never writes an athlete's log.
import { guardedFetch } from './guarded-fetch.js';

export const OWNER_CHECK = '_design/proximity-owner';
// Runs on the server (CouchDB's JavaScript), not in the page.
const VALIDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var admins = (secObj && secObj.admins && secObj.admins.names) || [];
  if (userCtx.roles.indexOf('_admin') === -1 && admins.indexOf(userCtx.name) === -1) {
    throw({ forbidden: 'Only the athlete writes this training log.' });
  }
}`;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

async function ask(fetcher, url, init) {
  const answer = await fetcher(url, init);
  const body = await answer.json().catch(() => null);
  if (!answer.ok) {
    const problem = answer.status === 401 || answer.status === 403
      ? 'only the database\'s owner may change who reads it'
      : 'the server did not answer as a CouchDB database does';
    throw Object.assign(new Error(problem), { status: answer.status });
  }
  return body;
}

const namesOf = (group) => (Array.isArray(group?.names) ? group.names.filter((n) => typeof n === 'string') : []);

/** @param {{url: string, user: string, password: string}} connection @returns {Promise<string[]>} */
export async function readers(connection) {
  const security = await ask(guardedFetch(connection), `${connection.url}_security`, { headers: JSON_HEADERS });
  return namesOf(security?.members).filter((name) => name !== connection.user);
}

/**
 * Lets `name` read the database (allow) or no longer (withdraw). Returns the readers after.
 * @param {{url: string, user: string, password: string}} connection @param {string} name @param {boolean} allow
 */
export async function setReader(connection, name, allow) {
  const fetcher = guardedFetch(connection);
  const url = connection.url;
  if (allow) {
    const current = await fetcher(`${url}${OWNER_CHECK}`, { headers: JSON_HEADERS });
    const existing = current.ok ? await current.json() : null;
    if (existing?.validate_doc_update !== VALIDATE) {
      await ask(fetcher, `${url}${OWNER_CHECK}`, { method: 'PUT', headers: JSON_HEADERS,
        body: JSON.stringify({ ...(existing?._rev ? { _rev: existing._rev } : {}), validate_doc_update: VALIDATE }) });
    }
  }
  const security = (await ask(fetcher, `${url}_security`, { headers: JSON_HEADERS })) ?? {};
  const admins = { names: namesOf(security.admins), roles: security.admins?.roles ?? [] };
  if (!admins.names.includes(connection.user)) admins.names.push(connection.user);
  // The owner stays a member: a database without members is open to everyone.
  const others = namesOf(security.members).filter((n) => n !== name && n !== connection.user);
  const members = { names: [connection.user, ...others, ...(allow ? [name] : [])], roles: security.members?.roles ?? [] };
  await ask(fetcher, `${url}_security`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ ...security, admins, members }) });
  return members.names.filter((n) => n !== connection.user);
}
