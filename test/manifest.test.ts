/**
 * manifest.xml: schema-valid (offline, with xmllint and Microsoft's OfficeApp 1.1 XSDs in
 * ../shared/schemas) and consistent with the rest of the repo (icons exist at the right size,
 * resource ids resolve, the ribbon button opens the task pane).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..');
const SHARED = path.resolve(__dirname, '../../shared');
const SCHEMA = path.join(SHARED, 'schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const MANIFEST = path.join(REPO, 'manifest.xml');
const INSTALL_HINT = 'apt-get install -y libxml2-utils';

interface XmllintResult {
  status: number | null;
  output: string;
}

/** Validate an XML file against the add-in manifest schema; never skips when xmllint is absent. */
function runXmllint(file: string, command = 'xmllint'): XmllintResult {
  if (!fs.existsSync(SCHEMA)) {
    throw new Error(`Manifest schema not found at ${SCHEMA} (expected shared/ beside the repo).`);
  }
  const result = spawnSync(command, ['--nonet', '--noout', '--schema', SCHEMA, file], {
    encoding: 'utf8',
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `${command} is not installed, so manifest.xml cannot be validated. Install it: ${INSTALL_HINT}`,
      );
    }
    throw result.error;
  }
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// ---------------------------------------------------------------------------
// A few regex helpers: enough XML for this one, known file; no parser dependency.

const xml = fs.readFileSync(MANIFEST, 'utf8');
const body = xml.replace(/<!--[\s\S]*?-->/g, '');

/** The value of attribute `name` in a start tag, or undefined. */
function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every start (or empty-element) tag named `name` (with prefix, e.g. `bt:Image`). */
function tags(source: string, name: string): string[] {
  return source.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** The text of the first element named `name`. */
function text(source: string, name: string): string | undefined {
  return new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(source)?.[1]?.trim();
}

/** The inner XML of every element named `name`. */
function elements(source: string, name: string): string[] {
  const re = new RegExp(`<${name}(?=[\\s>])[^>]*>([\\s\\S]*?)</${name}>`, 'g');
  return [...source.matchAll(re)].map((m) => m[0]);
}

/** Map from resource id to DefaultValue for one kind of resource (bt:Image, bt:Url, bt:String). */
function resources(kind: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const tag of tags(body, kind)) {
    const id = attr(tag, 'id');
    const value = attr(tag, 'DefaultValue');
    if (id !== undefined && value !== undefined) map.set(id, value);
  }
  return map;
}

/** The repo file a manifest URL serves (https://localhost:3000/assets/x.png -> assets/x.png). */
function localFile(url: string): string {
  return path.join(REPO, decodeURIComponent(new URL(url).pathname).replace(/^\/+/, ''));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------

describe('manifest.xml schema validation', () => {
  it('validates against the OfficeApp 1.1 schema with xmllint', () => {
    const { status, output } = runXmllint(MANIFEST);
    expect(output).toContain('validates');
    expect(status).toBe(0);
  });

  it('explains how to install xmllint when it is missing', () => {
    expect(() => runXmllint(MANIFEST, 'xmllint-not-installed-here')).toThrow(INSTALL_HINT);
  });

  describe('rejects broken copies (so the check above can fail)', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-test-'));
    });
    afterAll(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it.each([
      ['without <Id>', (s: string) => s.replace(/\s*<Id>[^<]*<\/Id>/, '')],
      [
        'with an unknown permission',
        (s: string) => s.replace('<Permissions>ReadWriteDocument<', '<Permissions>ReadEverything<'),
      ],
      [
        'with an unknown button action',
        (s: string) => s.replace('xsi:type="ShowTaskpane"', 'xsi:type="OpenPane"'),
      ],
      [
        'with a resource id over 32 characters',
        (s: string) => s.replaceAll('TaskpaneButton.Tooltip', 'TaskpaneButton.TooltipTooLongById'),
      ],
    ])('a manifest %s fails', (_name, mutate) => {
      const broken = mutate(xml);
      expect(broken).not.toBe(xml);
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, broken, 'utf8');
      const { status, output } = runXmllint(file);
      expect(status).not.toBe(0);
      expect(output).toContain('fails to validate');
    });
  });
});

describe('manifest.xml content', () => {
  it('is a task-pane add-in for Excel workbooks', () => {
    const root = tags(body, 'OfficeApp')[0] ?? '';
    expect(attr(root, 'xsi:type')).toBe('TaskPaneApp');
    expect(tags(body, 'Host').map((t) => attr(t, 'Name') ?? attr(t, 'xsi:type'))).toEqual([
      'Workbook',
      'Workbook',
    ]);
    expect(text(body, 'Id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(text(body, 'ProviderName')).toBe('Service Org Designer');
  });

  it('asks for ReadWriteDocument (Excel.run needs it even to read)', () => {
    expect(text(body, 'Permissions')).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.9 (shapes and connectors)', () => {
    const excelApi = tags(body, 'Set').find((t) => attr(t, 'Name') === 'ExcelApi');
    expect(excelApi).toBeDefined();
    expect(attr(excelApi ?? '', 'MinVersion')).toBe('1.9');
  });

  it('names the add-in in English and Chinese', () => {
    for (const name of ['DisplayName', 'Description']) {
      const element = elements(body, name)[0] ?? '';
      expect(attr(element, 'DefaultValue')).toBeTruthy();
      const zh = tags(element, 'Override').find((t) => attr(t, 'Locale') === 'zh-CN');
      expect(attr(zh ?? '', 'Value')).toMatch(/服务组织设计器/);
    }
    for (const s of elements(body, 'bt:String')) {
      const zh = tags(s, 'bt:Override').find((t) => attr(t, 'Locale') === 'zh-CN');
      expect(attr(zh ?? '', 'Value')).toBeTruthy();
    }
  });

  it('loads every page over HTTPS from the files webpack builds', () => {
    const urls = [...body.matchAll(/(?:Default)?Value="(https?:[^"]*)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const source = tags(elements(body, 'DefaultSettings')[0] ?? '', 'SourceLocation')[0] ?? '';
    expect(new URL(attr(source, 'DefaultValue') ?? '').pathname).toBe('/taskpane.html');
    expect(fs.existsSync(path.join(REPO, 'src/taskpane/taskpane.html'))).toBe(true);
  });

  it('points every icon at a PNG in assets/ of the declared size', () => {
    const images = resources('bt:Image');
    const expectations: Array<{ url: string; size: number; where: string }> = [];
    const iconUrl = attr(tags(body, 'IconUrl')[0] ?? '', 'DefaultValue');
    const highRes = attr(tags(body, 'HighResolutionIconUrl')[0] ?? '', 'DefaultValue');
    expectations.push({ url: iconUrl ?? '', size: 32, where: 'IconUrl' });
    expectations.push({ url: highRes ?? '', size: 64, where: 'HighResolutionIconUrl' });
    for (const icon of elements(body, 'Icon')) {
      for (const ref of tags(icon, 'bt:Image')) {
        const resid = attr(ref, 'resid') ?? '';
        expectations.push({
          url: images.get(resid) ?? `missing resource ${resid}`,
          size: Number(attr(ref, 'size')),
          where: `Icon ${resid}`,
        });
      }
    }
    expect(expectations.length).toBe(2 + 6);
    // Every image resource is covered, including ones no Icon uses.
    for (const [id, url] of images) {
      const size = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expectations.push({ url, size, where: `bt:Image ${id}` });
    }
    for (const { url, size, where } of expectations) {
      expect({ where, url }).toEqual({
        where,
        url: expect.stringMatching(/\/assets\/[^/]+\.png$/),
      });
      const file = localFile(url);
      expect({ where, exists: fs.existsSync(file) }).toEqual({ where, exists: true });
      expect({ where, ...pngSize(file) }).toEqual({ where, width: size, height: size });
    }
  });

  it('resolves every resid to a defined resource', () => {
    const defined = new Set([
      ...resources('bt:Image').keys(),
      ...resources('bt:Url').keys(),
      ...resources('bt:String').keys(),
    ]);
    const used = [...body.matchAll(/\sresid="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('has a Home-tab button whose action shows the task pane', () => {
    const urls = resources('bt:Url');
    const tab = tags(body, 'OfficeTab')[0] ?? '';
    expect(attr(tab, 'id')).toBe('TabHome');
    const buttons = elements(body, 'Control').filter((c) => attr(c, 'xsi:type') === 'Button');
    expect(buttons).toHaveLength(1);
    const button = buttons[0] ?? '';
    const action = elements(button, 'Action')[0] ?? '';
    expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
    expect(text(action, 'TaskpaneId')).toBe('ButtonId1');
    const source = attr(tags(action, 'SourceLocation')[0] ?? '', 'resid') ?? '';
    expect(new URL(urls.get(source) ?? 'https://invalid/').pathname).toBe('/taskpane.html');
  });

  it('has a FunctionFile at commands.html', () => {
    const functionFile = attr(tags(body, 'FunctionFile')[0] ?? '', 'resid') ?? '';
    const url = resources('bt:Url').get(functionFile) ?? 'https://invalid/';
    expect(new URL(url).pathname).toBe('/commands.html');
    expect(fs.existsSync(path.join(REPO, 'src/commands/commands.html'))).toBe(true);
  });
});
