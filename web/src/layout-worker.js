// Lays out a graph off the main thread: a headless Cytoscape.js runs the
// layout (dagre for origin chains, fcose for neighbourhoods) and posts the
// positions back, so the page stays responsive while thousands of
// elements are placed.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';

cytoscape.use(dagre);
cytoscape.use(fcose);

self.onmessage = (e) => {
  const { seq, elements, layout } = e.data;
  try {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    // Headless nodes have no rendered size: give each its label's.
    cy.nodes().forEach((n) => {
      n.style({ width: n.data('w') || 120, height: n.data('h') || 40 });
    });
    cy.layout({ ...layout, animate: false }).run();
    const positions = {};
    cy.nodes().forEach((n) => { positions[n.id()] = n.position(); });
    self.postMessage({ seq, positions });
  } catch (err) {
    self.postMessage({ seq, error: String(err && err.message || err) });
  }
};
