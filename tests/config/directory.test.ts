import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../bot/config/config-error.js';
import { parseDirectory } from '../../bot/config/load-directory.js';
import { resolvePerson } from '../../bot/config/resolve-person.js';

/** The example from design.md, verbatim. */
const DESIGN_EXAMPLE = `
timezone: Asia/Shanghai             # default
quietHours: "20:00-08:00"           # routine pushes wait for working time; "none": no deferral
units:
  - id: haishu                      # stable id, used in commands and records
    name: 海曙大队
    destinations:                   # where the unit's group chat receives pushes
      - platform: wecom-robot
        webhook: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY
      - platform: slack
        channel: C0123456789
people:
  - name: 张三
    unit: haishu
    role: supervisor                # officer | reviewer | supervisor | admin
    ids: { console: zhangsan, slack: U0123456789, wecom: zhangsan }
`;

function problems(yaml: string): string[] {
  try {
    parseDirectory(yaml);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('accepted a bad directory');
}

describe('CASEBOT_CONFIG directory', () => {
  it('parses the design.md example', () => {
    const d = parseDirectory(DESIGN_EXAMPLE);
    expect(d.timezone).toBe('Asia/Shanghai');
    expect(d.quietHours).toEqual({ start: '20:00', end: '08:00' });
    expect(d.units[0]).toEqual({
      id: 'haishu', name: '海曙大队', aliases: [],
      destinations: [
        { platform: 'wecom-robot', webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY' },
        { platform: 'slack', channel: 'C0123456789' },
      ],
    });
    expect(d.people[0]).toEqual({ name: '张三', unit: 'haishu', role: 'supervisor', ids: { console: 'zhangsan', slack: 'U0123456789', wecom: 'zhangsan' } });
  });

  it('accepts an empty file and quietHours: none', () => {
    expect(parseDirectory('')).toMatchObject({ timezone: 'Asia/Shanghai', units: [], people: [] });
    expect(parseDirectory('quietHours: none').quietHours).toBeNull();
  });

  it('names the key path of each mistake', () => {
    const found = problems(`
timezone: Mars/Olympus
quietHours: "8pm-8am"
units:
  - id: haishu
    name: 海曙大队
    destinations:
      - platform: fax
people:
  - name: 李四
    unit: jiangbei
    role: boss
    ids: { console: lisi }
`);
    const paths = found.map((p) => p.replace(/^CASEBOT_CONFIG /, '').split(':')[0]);
    expect(paths).toEqual(expect.arrayContaining(['timezone', 'quietHours', 'units.0.destinations.0.platform', 'people.0.role']));
    expect(found.join('\n')).not.toContain('people.0.unit'); // cross-checks run only on an otherwise valid file
  });

  it('names an unknown unit a person refers to', () => {
    expect(problems('units: [{ id: haishu, name: 海曙大队 }]\npeople: [{ name: 李四, unit: jiangbei, ids: { console: lisi } }]'))
      .toEqual(['CASEBOT_CONFIG people.0.unit: unknown unit "jiangbei"']);
  });

  it('reports broken YAML as a config error', () => {
    expect(problems('units: [unclosed')[0]).toMatch(/^CASEBOT_CONFIG: not valid YAML/);
  });

  it('resolves known people and treats unknown users as officers of no unit', () => {
    const d = parseDirectory(DESIGN_EXAMPLE);
    expect(resolvePerson(d, 'slack', 'U0123456789')).toMatchObject({ name: '张三', role: 'supervisor', unit: 'haishu' });
    const stranger = resolvePerson(d, 'wecom', 'wangwu');
    expect(stranger.role).toBe('officer');
    expect(stranger.unit).toBeUndefined();
  });
});
