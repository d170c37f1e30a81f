// A real OpenID Connect provider for the sign-in tests (npm `oidc-provider`), on a free port of 127.0.0.1.
//
// Configured by the environment variable OIDC_TEST_PROVIDER, JSON:
//   {"client_id": "...", "client_secret": "...", "redirect_uri": "http://localhost:PORT/oidc/callback/",
//    "accounts": {"<account id>": {"email": "...", "email_verified": true, "given_name": "...", ...}}}
// Prints one line of JSON, {"issuer": "http://127.0.0.1:PORT"}, when it listens; ends when its standard input
// closes (the test run ended, however it ended) or on SIGTERM.
//
// Signing in needs no browser: the provider's login step is a one-field form (`account`, an account id above;
// or `cancel`, which answers access_denied);
// consent is given at once (the organization's own provider, as with an administrator's consent in Entra ID).
// PKCE is required of every client, so a client that stops sending it is refused.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_PROVIDER);
const accounts = config.accounts;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'samverkan-test', use: 'sig', alg: 'RS256' };

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

async function interaction(provider, req, res) {
  const { uid, prompt, params, session } = await provider.interactionDetails(req, res);
  const result = {};
  if (req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    if (form.has('cancel')) {  // the person cancels at the provider
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled' });
      return;
    }
    const accountId = form.get('account') ?? '';
    if (!Object.hasOwn(accounts, accountId)) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`no such account: ${accountId}`);
      return;
    }
    result.login = { accountId };
  } else if (prompt.name === 'login') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Test provider</title><form method="post" action="/interaction/${escape(uid)}">`
      + '<label>Account <input name="account"></label><button>Sign in</button>'
      + '<button name="cancel" value="1">Cancel</button></form>');
    return;
  }
  const grant = new provider.Grant({ accountId: result.login?.accountId ?? session.accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  result.consent = { grantId: await grant.save() };
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: config.client_id,
      client_secret: config.client_secret,
      redirect_uris: [config.redirect_uri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',  // mozilla-django-oidc's default
      id_token_signed_response_alg: 'RS256',
    }],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name'],
    },
    async findAccount(ctx, id) {
      if (!Object.hasOwn(accounts, id)) {
        return undefined;
      }
      return { accountId: id, async claims() { return { sub: id, ...accounts[id] }; } };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
  });
  const handle = provider.callback();
  server.on('request', (req, res) => {
    if (req.url.startsWith('/interaction/')) {
      interaction(provider, req, res).catch((error) => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(String(error?.stack ?? error));
      });
    } else {
      handle(req, res);
    }
  });
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
