// Compare the resources the mock runtime registered (the oracle) with stacklint's static model.
// Pure functions: no I/O, so tests can feed them fixed data.

/** Oracle records that count: no root stack, no default providers, only resources created by the program's own code. */
export function oracleResources(records) {
  const kept = [];
  const excluded = { stack: 0, defaultProvider: 0, internal: 0 };
  for (const r of records) {
    if (r.type === 'pulumi:pulumi:Stack') excluded.stack++;
    else if (r.type.startsWith('pulumi:providers:') && /^default(_|$)/.test(r.name)) excluded.defaultProvider++;
    else if (!r.site) excluded.internal++;
    else kept.push(r);
  }
  return { kept, excluded };
}

function templateRegex(t) {
  if (typeof t !== 'string') return undefined;
  const parts = t.split(/\$\{[^}]*\}/);
  if (parts.length < 2) return undefined;
  const esc = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${esc.join('.*')}$`);
}

function nameValueTemplate(nv) {
  if (!nv || typeof nv !== 'object') return undefined;
  if (typeof nv.$template === 'string') return nv.$template;
  return undefined;
}

/** Static items (resources and components) of a `--dump model` JSON. */
export function staticItems(model) {
  const items = [];
  for (const r of model.resources || []) {
    items.push({
      kind: r.isProvider ? 'provider' : 'resource',
      type: r.type,
      name: typeof r.name === 'string' ? r.name : null,
      pattern: templateRegex(nameValueTemplate(r.nameValue)),
      template: nameValueTemplate(r.nameValue) ?? null,
      file: r.file,
      line: r.line,
      inLoop: !!r.inLoop,
      conditional: !!r.conditional,
      inApply: !!r.inApply,
      reached: r.reached !== false,
    });
  }
  for (const c of model.components || []) {
    items.push({
      kind: 'component',
      type: typeof c.type === 'string' ? c.type : null,
      className: c.className,
      name: typeof c.name === 'string' ? c.name : null,
      pattern: templateRegex(nameValueTemplate(c.nameValue)),
      template: nameValueTemplate(c.nameValue) ?? null,
      file: c.file,
      line: c.line,
      inLoop: false,
      conditional: false,
      inApply: false,
      reached: c.reached !== false,
    });
  }
  return items;
}

const lastSegment = (t) => String(t).split(':').pop();

/**
 * Match oracle resources to static items: by (type, exact name), then by (type, name template),
 * then by type alone (count multiset), then components whose static type token is unknown by class name.
 * The matched total per type equals min(oracle count, static count); the passes only say how well names agree.
 */
export function matchResources(oracle, items) {
  const used = new Array(items.length).fill(false);
  const pair = new Array(oracle.length).fill(-1);
  const how = new Array(oracle.length).fill(null);
  const byType = new Map();
  items.forEach((it, i) => {
    if (it.type === null) return;
    if (!byType.has(it.type)) byType.set(it.type, []);
    byType.get(it.type).push(i);
  });
  const pass = (label, ok) => {
    oracle.forEach((o, oi) => {
      if (pair[oi] >= 0) return;
      const cands = byType.get(o.type) || [];
      for (const si of cands) {
        if (used[si] || !ok(o, items[si])) continue;
        used[si] = true;
        pair[oi] = si;
        how[oi] = label;
        return;
      }
    });
  };
  pass('name', (o, s) => s.name !== null && s.name === o.name);
  pass('pattern', (o, s) => s.name === null && !!s.pattern && s.pattern.test(o.name));
  // type only: prefer statically unnamed items, so a known-but-different name is the last resort
  pass('type', (o, s) => s.name === null);
  pass('type', () => true);
  oracle.forEach((o, oi) => {
    if (pair[oi] >= 0 || o.custom) return;
    const cls = lastSegment(o.type);
    const si = items.findIndex((s, i) => !used[i] && s.kind === 'component' && s.type === null && s.className === cls);
    if (si >= 0) {
      used[si] = true;
      pair[oi] = si;
      how[oi] = 'className';
    }
  });
  return { pair, how, used };
}

/** Host line of a 1-based line of a virtual file (Markdown code block); `hostLineOf` is injected. */
export function compareProgram(records, model, hostLineOf = (f, l) => l) {
  const { kept: oracle, excluded } = oracleResources(records);
  const items = staticItems(model);
  const { pair, how, used } = matchResources(oracle, items);
  const count = (label) => how.filter((h) => h === label).length;
  const matched = pair.filter((p) => p >= 0).length;

  const oracleTypes = new Set(oracle.map((o) => o.type));
  const staticTypes = new Set(items.filter((s) => s.type).map((s) => s.type));
  const staticClasses = new Set(items.filter((s) => s.kind === 'component' && s.type === null).map((s) => s.className));
  const typesPresent = [...oracleTypes].filter((t) => staticTypes.has(t) || staticClasses.has(lastSegment(t)));

  // static call sites, to explain misses
  const sites = new Map();
  items.forEach((s) => {
    const k = `${s.file}:${s.line}`;
    if (!sites.has(k)) sites.set(k, []);
    sites.get(k).push(s);
  });
  const oracleAtSite = new Map();
  oracle.forEach((o) => {
    const hl = hostLineOf(o.site.file, o.site.line);
    o.hostLine = hl;
    const k = `${o.site.file}:${hl}`;
    oracleAtSite.set(k, (oracleAtSite.get(k) || 0) + 1);
  });

  const misses = [];
  oracle.forEach((o, oi) => {
    if (pair[oi] >= 0) return;
    const k = `${o.site.file}:${o.hostLine}`;
    const atSite = sites.get(k) || [];
    misses.push({
      type: o.type,
      name: o.name,
      component: !o.custom,
      site: `${o.site.file}:${o.site.line}`,
      hostLine: o.hostLine,
      viaApply: !!o.site.viaApply,
      generatedEntry: o.site.file === '__oracle_entry__.ts',
      reason: missReason(o, atSite, oracleAtSite.get(k) || 0, items, model),
    });
  });
  // matched by type only although the static model had a name (or template) for the item: names disagree
  const nameMismatches = [];
  oracle.forEach((o, oi) => {
    if (how[oi] !== 'type') return;
    const s = items[pair[oi]];
    if (s.name === null && !s.pattern) return;
    nameMismatches.push({ type: o.type, oracleName: o.name, staticName: s.name ?? s.template, site: `${o.site.file}:${o.site.line}`, staticSite: `${s.file}:${s.line}` });
  });
  const extras = [];
  items.forEach((s, si) => {
    if (used[si]) return;
    extras.push({
      kind: s.kind,
      type: s.type ?? `?${s.className}`,
      name: s.name,
      site: `${s.file}:${s.line}`,
      inLoop: s.inLoop,
      conditional: s.conditional,
      inApply: s.inApply,
      reached: s.reached,
      reason: extraReason(s, oracle, items),
    });
  });
  return {
    oracleCount: oracle.length,
    oracleCustom: oracle.filter((o) => o.custom).length,
    oracleComponents: oracle.filter((o) => !o.custom).length,
    oracleExcluded: excluded,
    staticCount: items.length,
    staticReached: items.filter((s) => s.reached).length,
    matched,
    matchedCustom: oracle.filter((o, oi) => o.custom && pair[oi] >= 0).length,
    matchedByName: count('name'),
    matchedByPattern: count('pattern'),
    matchedByType: count('type'),
    matchedByClassName: count('className'),
    recall: oracle.length ? matched / oracle.length : null,
    oracleViaLibrary: oracle.filter((o) => o.site.viaLibrary).length,
    matchedViaLibrary: oracle.filter((o, oi) => o.site.viaLibrary && pair[oi] >= 0).length,
    oracleTypes: oracleTypes.size,
    typesPresent: typesPresent.length,
    misses,
    extras,
    nameMismatches,
  };
}

function missReason(o, atSite, oracleHere, items, model) {
  if (o.site.viaLibrary) return `created inside SDK library code (${o.site.viaLibrary.replace(/\.(js|ts)$/, '')}) called from this site`;
  if (o.site.file === '__oracle_entry__.ts') return 'component instantiated only by the generated entry; static model has no instance with this type';
  const sameType = atSite.filter((s) => s.type === o.type || (s.kind === 'component' && s.type === null));
  if (sameType.length > 0) {
    const loop = sameType.some((s) => s.inLoop);
    const apply = sameType.some((s) => s.inApply);
    if (apply || o.site.viaApply) return `created in apply(): static model has ${sameType.length} at this call site, runtime created ${oracleHere}`;
    if (loop) return `loop count differs: static unrolled ${sameType.length} at this call site, runtime created ${oracleHere}`;
    return `repeated at run time (loop/callback or several calls) but static has ${sameType.length} at this call site, not marked inLoop; runtime created ${oracleHere}`;
  }
  if (atSite.length > 0) {
    const t = atSite.find((s) => s.type)?.type ?? `?${atSite[0].className}`;
    if (o.custom) return `type token differs at this call site: static ${t}`;
    return `component type token differs: static ${t}`;
  }
  if (o.site.viaApply) return 'created inside apply() on a mock value; call site not in static model';
  if (model.stats && model.stats.budgetExhausted) return 'static evaluation budget exhausted before this call site';
  if (!o.custom && items.some((s) => s.kind === 'component' && s.className === lastSegment(o.type))) return 'component registered with a type token the static model did not resolve';
  return 'call site not in static model (not evaluated)';
}

function extraReason(s, oracle, items) {
  if (!s.reached) return 'unreached code swept with unknown arguments';
  if (s.inApply) return 'static resource in apply()';
  if (s.inLoop) return 'loop unrolled more times than at run time';
  if (s.conditional) return 'conditional branch not taken at run time';
  if (s.type === null) return 'component with unknown type token';
  if (!oracle.some((o) => o.type === s.type)) return 'type never created at run time';
  return 'more static instances than run-time instances';
}

/** Aggregate per-program comparisons. */
export function aggregate(programs) {
  const ok = programs.filter((p) => p.cmp);
  const sum = (f) => ok.reduce((a, p) => a + f(p.cmp), 0);
  const oracle = sum((c) => c.oracleCount);
  const matched = sum((c) => c.matched);
  const oracleCustom = sum((c) => c.oracleCustom);
  const matchedCustom = sum((c) => c.matchedCustom);
  const types = sum((c) => c.oracleTypes);
  const typesPresent = sum((c) => c.typesPresent);
  const recalls = ok.filter((p) => p.cmp.recall !== null).map((p) => p.cmp.recall).sort((a, b) => a - b);
  return {
    programs: ok.length,
    oracleResources: oracle,
    staticResources: sum((c) => c.staticCount),
    matched,
    matchedByName: sum((c) => c.matchedByName),
    matchedByPattern: sum((c) => c.matchedByPattern),
    matchedByType: sum((c) => c.matchedByType),
    matchedByClassName: sum((c) => c.matchedByClassName),
    resourceRecall: oracle ? matched / oracle : null,
    namedRecall: oracle ? (sum((c) => c.matchedByName) + sum((c) => c.matchedByPattern) + sum((c) => c.matchedByClassName)) / oracle : null,
    oracleViaLibrary: sum((c) => c.oracleViaLibrary),
    recallExclLibrary: oracle - sum((c) => c.oracleViaLibrary) ? (matched - sum((c) => c.matchedViaLibrary)) / (oracle - sum((c) => c.oracleViaLibrary)) : null,
    customResources: oracleCustom,
    customRecall: oracleCustom ? matchedCustom / oracleCustom : null,
    oracleTypePairs: types,
    typePairsPresent: typesPresent,
    typeRecall: types ? typesPresent / types : null,
    staticOnly: sum((c) => c.extras.length),
    medianProgramRecall: recalls.length ? recalls[Math.floor(recalls.length / 2)] : null,
    programsWithFullRecall: recalls.filter((r) => r === 1).length,
  };
}
