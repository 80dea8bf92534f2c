// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../domain/scenario';
import { initI18n } from '../../i18n';
import { ScenarioCard } from './ScenarioCard';

const minimal = parseScenario(readFileSync('tests/fixtures/minimal-scenario.json', 'utf8'));

beforeAll(async () => {
  await initI18n('zh-CN');
});

describe('ScenarioCard', () => {
  it('summarises a valid scenario with a link to its dossier', () => {
    if (!minimal.ok) throw new Error('fixture must be valid');
    render(
      <MemoryRouter>
        <ScenarioCard
          item={{
            key: 'k',
            fileName: 'test-bakery.json',
            origin: 'imported',
            state: 'valid',
            scenario: minimal.scenario,
          }}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('测试用面包店');
    expect(screen.getByRole('link', { name: '查看案例' })).toHaveAttribute('href', '/scenarios/test-bakery');
    expect(screen.getByRole('button', { name: '删除' })).toBeInTheDocument();
    expect(screen.getByText('十二个子项目，共 100 分')).toBeInTheDocument();
  });

  it('lists every problem of an invalid file with its JSON path', () => {
    const problems = [
      { path: 'subprojects[4].points', message: 'expected number, received string' },
      { path: 'title.en', message: 'English text (en) must not be empty' },
    ];
    render(
      <MemoryRouter>
        <ScenarioCard item={{ key: 'k', fileName: 'broken.json', origin: 'bundled', state: 'invalid', problems }} />
      </MemoryRouter>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('案例文件 broken.json 无法使用');
    expect(alert).toHaveTextContent('以下 2 处不符合案例格式');
    expect(alert).toHaveTextContent('subprojects[4].points: expected number, received string');
    expect(alert).toHaveTextContent('title.en: English text (en) must not be empty');
  });
});
