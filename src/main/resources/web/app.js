// Entry point: routes #/network/NAME and #/actor/NAME to their views.
import { installSearch } from './search.js';
import { showNetwork } from './network.js';
import { showActor } from './actor.js';
import { uiPath } from './api.js';

const views = ['home', 'network-view', 'actor-view'];

function show(id) {
  for (const v of views) document.getElementById(v).hidden = v !== id;
}

async function route() {
  const status = document.getElementById('status');
  status.textContent = '';
  const [, view, arg] = location.hash.match(/^#\/(network|actor)\/(.+)$/) || [];
  try {
    if (view === 'network') {
      show('network-view');
      await showNetwork(decodeURIComponent(arg));
    } else if (view === 'actor') {
      show('actor-view');
      await showActor(decodeURIComponent(arg));
    } else {
      show('home');
    }
    document.body.dataset.ready = location.hash || '#/';
  } catch (e) {
    status.textContent = e.message;
  }
}

installSearch(document.getElementById('search'), document.getElementById('suggestions'));
uiPath().then(p => { document.getElementById('sparql-ui').href = p; }).catch(() => {});
window.addEventListener('hashchange', route);
route();
