/**
 * The page's own script, inlined after the vega, vega-lite, vega-embed and cytoscape bundles. It draws the charts
 * from the embedded specs (SVG renderer, so the marks are elements), draws the network at the positions computed
 * in Node (preset layout: nothing is laid out in the page), wires the edge-weight slider and the measure choice,
 * and makes the tables sortable and searchable. `window.untk` exposes the views and the graph to tests.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('untk-data').textContent);
  var views = {};
  var jobs = data.charts.map(function (c) {
    return vegaEmbed('#chart-' + c.id, c.spec, { renderer: 'svg', actions: false }).then(function (r) {
      views[c.id] = r.view;
    });
  });
  var cy = data.network ? drawNetwork(data.network) : null;
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), setupTable);
  window.untk = { views: views, cy: cy };
  Promise.all(jobs).then(
    function () { document.body.setAttribute('data-ready', 'yes'); },
    function (err) { console.error(err); document.body.setAttribute('data-ready', 'failed'); }
  );

  function fmt(x) {
    return typeof x === 'number' ? (Number.isInteger(x) ? String(x) : x.toFixed(2)) : String(x);
  }

  function drawNetwork(net) {
    var el = document.getElementById('network');
    var info = document.getElementById('network-info');
    var maxF = 1;
    net.nodes.forEach(function (n) { if (n.frequency > maxF) maxF = n.frequency; });
    var labelled = net.nodes.slice().sort(function (a, b) { return b.frequency - a.frequency; }).slice(0, 40);
    var isLabelled = {};
    labelled.forEach(function (n) { isLabelled[n.id] = true; });
    var elements = net.nodes.map(function (n) {
      return {
        group: 'nodes',
        data: {
          id: n.id, label: n.label, kind: n.kind, frequency: n.frequency, community: n.community,
          color: net.palette[n.community - 1] || '#a0a0a0', size: 8 + 36 * Math.sqrt(n.frequency / maxF)
        },
        position: { x: n.x, y: n.y },
        classes: isLabelled[n.id] ? 'labelled' : ''
      };
    }).concat(net.edges.map(function (e, i) {
      return { group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight, logDice: e.logDice, g2: e.g2, w: 1 } };
    }));
    var cy = cytoscape({
      container: el,
      elements: elements,
      layout: { name: 'preset', fit: true, padding: 20 },
      minZoom: 0.1,
      maxZoom: 6,
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', width: 'data(size)', height: 'data(size)',
          'border-width': 0.5, 'border-color': '#ffffff', label: '', 'font-family': net.font, 'font-size': 13,
          'text-outline-color': '#ffffff', 'text-outline-width': 2, color: '#222222', 'text-valign': 'top',
          'text-margin-y': -2, 'min-zoomed-font-size': 6 } },
        { selector: 'node.labelled, node.hover', style: { label: 'data(label)' } },
        { selector: 'node.hover', style: { 'border-width': 2, 'border-color': '#222222', 'z-index': 10 } },
        { selector: 'edge', style: { width: 'data(w)', 'line-color': '#9aa5b1', opacity: 0.55, 'curve-style': 'haystack' } },
        { selector: 'edge.hover', style: { 'line-color': '#222222', opacity: 1 } }
      ]
    });
    var measure = document.getElementById('edge-measure');
    var slider = document.getElementById('min-weight');
    var status = document.getElementById('network-status');
    function widths() {
      var m = measure.value, lo = Infinity, hi = -Infinity;
      cy.edges().forEach(function (e) { var v = e.data(m); if (v < lo) lo = v; if (v > hi) hi = v; });
      cy.batch(function () {
        cy.edges().forEach(function (e) { e.data('w', hi > lo ? 0.6 + 7.4 * (e.data(m) - lo) / (hi - lo) : 2); });
      });
    }
    function filter() {
      var min = Number(slider.value), edges = 0, nodes = 0;
      cy.batch(function () {
        cy.edges().forEach(function (e) {
          var on = e.data('weight') >= min;
          e.style('display', on ? 'element' : 'none');
          if (on) edges++;
        });
        cy.nodes().forEach(function (n) {
          var on = n.connectedEdges().some(function (e) { return e.data('weight') >= min; });
          n.style('display', on ? 'element' : 'none');
          if (on) nodes++;
        });
      });
      el.setAttribute('data-visible-nodes', String(nodes));
      el.setAttribute('data-visible-edges', String(edges));
      status.textContent = 'minimum ' + min + ' shared ' + net.unit + (min === 1 ? '' : 's') + ': ' + nodes + ' nodes, ' + edges + ' edges shown';
    }
    measure.addEventListener('change', widths);
    slider.addEventListener('input', filter);
    widths();
    filter();
    cy.on('mouseover', 'node', function (ev) {
      var n = ev.target;
      n.addClass('hover');
      n.connectedEdges().addClass('hover');
      info.innerHTML = '';
      info.appendChild(line(n.data('label'), 'strong'));
      info.appendChild(line(n.data('kind') + ' · in ' + n.data('frequency') + ' ' + net.unit + 's · community ' + n.data('community') + ' · ' + n.degree() + ' links'));
    });
    cy.on('mouseover', 'edge', function (ev) {
      var e = ev.target;
      e.addClass('hover');
      info.innerHTML = '';
      info.appendChild(line(e.source().data('label') + ' — ' + e.target().data('label'), 'strong'));
      info.appendChild(line('together in ' + e.data('weight') + ' ' + net.unit + 's · logDice ' + fmt(e.data('logDice')) + ' · G² ' + fmt(e.data('g2'))));
    });
    cy.on('mouseout', 'node, edge', function (ev) {
      ev.target.removeClass('hover');
      if (ev.target.isNode()) ev.target.connectedEdges().removeClass('hover');
    });
    return cy;
  }

  function line(text, tag) {
    var p = document.createElement(tag || 'div');
    p.setAttribute('dir', 'auto');
    p.textContent = text;
    var d = document.createElement('div');
    d.appendChild(p);
    return d;
  }

  function setupTable(table) {
    var tbody = table.tBodies[0];
    var rows = Array.prototype.slice.call(tbody.rows);
    var search = document.querySelector('input[data-table="' + table.id + '"]');
    var count = document.querySelector('[data-count-for="' + table.id + '"]');
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      th.tabIndex = 0;
      function sort() {
        var numeric = th.getAttribute('data-type') === 'number';
        var dir = th.getAttribute('aria-sort') === (numeric ? 'descending' : 'ascending') ? (numeric ? 'ascending' : 'descending') : (numeric ? 'descending' : 'ascending');
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var sign = dir === 'ascending' ? 1 : -1;
        rows.sort(function (a, b) {
          var x = a.cells[i], y = b.cells[i];
          var c = numeric ? Number(x.getAttribute('data-v')) - Number(y.getAttribute('data-v')) : x.textContent.localeCompare(y.textContent);
          return sign * c;
        });
        rows.forEach(function (r) { tbody.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); sort(); } });
    });
    function update() {
      var q = search ? search.value.trim().toLowerCase() : '';
      var n = 0;
      rows.forEach(function (r) {
        var show = !q || r.textContent.toLowerCase().indexOf(q) >= 0;
        r.hidden = !show;
        if (show) n++;
      });
      if (count) count.textContent = n + ' of ' + rows.length + ' rows';
    }
    if (search) search.addEventListener('input', update);
    update();
  }
})();
`;
