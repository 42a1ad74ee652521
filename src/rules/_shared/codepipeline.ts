// The actions of a CodePipeline's stages as the model knows them, for the rules that judge a
// pipeline's structure and the permissions of its role.

import type { Value } from '../../ir/values.js';
import { isObj, str } from './values.js';

export interface Action {
  stage: number;
  stageName: string;
  name: string;
  obj: Value;
  category?: string;
  owner?: string;
  provider?: string;
  /** Artifact names, or undefined when the list is not known in full. */
  inputs?: string[];
  outputs?: string[];
}

/** Every action of every stage, when the stages and their action lists are known in full. */
export function readActions(stages: Value[]): Action[] | undefined {
  const out: Action[] = [];
  for (const [i, stage] of stages.entries()) {
    if (!isObj(stage) || stage.open) return undefined;
    const list = stage.props.get('actions');
    if (!list || list.kind !== 'list' || list.open) return undefined;
    const stageName = str(stage.props.get('name')) ?? `#${i + 1}`;
    for (const obj of list.items) {
      if (!isObj(obj) || obj.open) return undefined;
      const a: Action = { stage: i, stageName, name: str(obj.props.get('name')) ?? stageName, obj };
      const category = str(obj.props.get('category'));
      const owner = str(obj.props.get('owner'));
      const provider = str(obj.props.get('provider'));
      if (category !== undefined) a.category = category;
      if (owner !== undefined) a.owner = owner;
      if (provider !== undefined) a.provider = provider;
      const inputs = names(obj.props.get('inputArtifacts'));
      const outputs = names(obj.props.get('outputArtifacts'));
      if (inputs) a.inputs = inputs;
      if (outputs) a.outputs = outputs;
      out.push(a);
    }
  }
  return out;
}

/** Artifact names of a list known in full; an absent list is empty. */
function names(v: Value | undefined): string[] | undefined {
  if (!v || v.kind === 'absent' || (v.kind === 'known' && v.value === null)) return [];
  if (v.kind !== 'list' || v.open) return undefined;
  const out: string[] = [];
  for (const x of v.items) {
    const s = str(x);
    if (s === undefined) return undefined;
    out.push(s);
  }
  return out;
}
