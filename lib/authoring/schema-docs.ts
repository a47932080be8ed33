/**
 * Reads the frontmatter schema's source with the TypeScript compiler API and turns the JSDoc
 * on each field into the reference table of `docs/authoring.md`, so the doc cannot drift from
 * the schema (a unit test fails when it is stale).
 */
import ts from 'typescript';

export interface SchemaField {
  name: string;
  description: string;
  required: boolean;
  /** Source text of `.default(...)`'s argument, when there is one. */
  defaultValue?: string;
}

/** Fields of every `const <name> = z.strictObject({ ... })` in the file, by variable name. */
export function schemaFields(source: string, fileName = 'schema.ts'): Map<string, SchemaField[]> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const schemas = new Map<string, SchemaField[]>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (
        !ts.isIdentifier(declaration.name) ||
        !init ||
        !ts.isCallExpression(init) ||
        !init.expression.getText(file).endsWith('strictObject')
      )
        continue;
      const shape = init.arguments[0];
      if (!shape || !ts.isObjectLiteralExpression(shape)) continue;
      schemas.set(
        declaration.name.text,
        shape.properties.filter(ts.isPropertyAssignment).map((p) => describeField(p, file)),
      );
    }
  }
  return schemas;
}

function describeField(property: ts.PropertyAssignment, file: ts.SourceFile): SchemaField {
  const docs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
  const description = docs
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  let defaultValue: string | undefined;
  let optional = false;
  // Walk the method chain (`z.string().min(1).default('')`) from the outside in.
  for (let node: ts.Expression = property.initializer; ts.isCallExpression(node);) {
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee)) break;
    if (callee.name.text === 'optional') optional = true;
    if (callee.name.text === 'default') defaultValue = node.arguments[0]?.getText(file);
    node = callee.expression;
  }
  // A key such as 'moved-from' is a string literal: its text, without the quotes.
  const name = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(file);
  return { name, description, required: !optional && defaultValue === undefined, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

function fieldsTable(fields: readonly SchemaField[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = fields.map(
    (f) =>
      `| \`${f.name}\` | ${f.required ? 'yes' : f.defaultValue !== undefined ? `no (default \`${f.defaultValue}\`)` : 'no'} | ${cell(f.description)} |`,
  );
  return ['| key | required | what it is |', '| --- | --- | --- |', ...rows].join('\n');
}

const START = '<!-- generated from lib/content/schema.ts by `npm run docs:authoring`: do not edit by hand -->';
const END = '<!-- end of generated reference -->';

/** The doc with its generated section replaced by tables for the schema's current fields. */
export function renderAuthoringDoc(doc: string, schemaSource: string): string {
  const schemas = schemaFields(schemaSource);
  const section = [
    START,
    '',
    '### Note frontmatter',
    '',
    fieldsTable(schemas.get('frontmatterSchema') ?? []),
    '',
    '### Each entry of `links`',
    '',
    fieldsTable(schemas.get('curatedLinkSchema') ?? []),
    '',
    '### `saga` (saga variant notes only)',
    '',
    fieldsTable(schemas.get('sagaSchema') ?? []),
    '',
    '### `saga.ratings`',
    '',
    fieldsTable(schemas.get('sagaRatingsSchema') ?? []),
    '',
    '### Decision frontmatter (notes in the decisions area only)',
    '',
    fieldsTable(schemas.get('decisionFieldsSchema') ?? []),
    '',
    END,
  ].join('\n');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`docs/authoring.md needs the markers:\n${START}\n${END}`);
  return `${doc.slice(0, start)}${section}${doc.slice(end + END.length)}`;
}
