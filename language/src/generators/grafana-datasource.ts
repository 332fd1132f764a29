/**
 * Grafana data sources for the systems KPIs are measured in. Each system
 * becomes an import input (`__inputs`, type datasource) so Dashboards > Import
 * asks which data source of the plugin type to use; panels and queries refer
 * to it as `{ type, uid: "${DS_<SYSTEM>}" }`, which the import replaces.
 *
 * The plugin type is a parameter: a generator that writes real queries for
 * another plugin (PostgreSQL rawSql, say) passes its own type.
 */

export interface GrafanaDatasourceType {
    /** The plugin id Grafana stores in `datasource.type` ("grafana-postgresql-datasource"). */
    pluginId: string;
    /** The plugin's display name, shown by the import dialog. */
    pluginName: string;
}

/**
 * The default: Grafana's built-in PostgreSQL plugin, where CRM and
 * marketing-automation data usually land for reporting. The import dialog
 * lists only data sources of this type.
 */
export const DEFAULT_DATASOURCE_TYPE: GrafanaDatasourceType = { pluginId: 'grafana-postgresql-datasource', pluginName: 'PostgreSQL' };

export interface SystemRef {
    id: string;
    title: string;
}

export interface GrafanaInput {
    name: string;
    label: string;
    description: string;
    type: 'datasource';
    pluginId: string;
    pluginName: string;
}

export interface GrafanaDatasourceRef {
    type: string;
    uid: string;
}

/**
 * The input name per system: DS_ and the system name in capitals, as Grafana's
 * own export names them. Two names that only differ in case or punctuation
 * get a numeric suffix so each system keeps its own input.
 */
export function inputNames(systems: readonly SystemRef[]): Map<string, string> {
    const names = new Map<string, string>();
    const taken = new Set<string>();
    for (const system of systems) {
        const base = `DS_${system.id.toUpperCase().replace(/[^A-Z0-9_]/g, '_')}`;
        let name = base;
        for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
        taken.add(name);
        names.set(system.id, name);
    }
    return names;
}

export class GrafanaDatasources {
    private readonly names: Map<string, string>;

    constructor(private readonly systems: readonly SystemRef[], readonly type: GrafanaDatasourceType = DEFAULT_DATASOURCE_TYPE) {
        this.names = inputNames(systems);
    }

    /** The reference panels and queries carry; undefined for a system not in the list. */
    refOf(systemId: string): GrafanaDatasourceRef | undefined {
        const name = this.names.get(systemId);
        return name ? { type: this.type.pluginId, uid: `\${${name}}` } : undefined;
    }

    inputNameOf(systemId: string): string | undefined {
        return this.names.get(systemId);
    }

    inputs(): GrafanaInput[] {
        return this.systems.map(system => ({
            name: this.names.get(system.id)!,
            label: system.id,
            description: `The ${this.type.pluginName} data source with the data of ${system.title} (system ${system.id} in the model).`,
            type: 'datasource',
            pluginId: this.type.pluginId,
            pluginName: this.type.pluginName
        }));
    }

    /** What the dashboard needs installed, as Grafana's export lists it. */
    requires(): Array<{ type: string; id: string; name: string; version: string }> {
        const plugins = [
            { type: 'grafana', id: 'grafana', name: 'Grafana', version: '12.0.0' },
            { type: 'panel', id: 'stat', name: 'Stat', version: '' },
            { type: 'panel', id: 'text', name: 'Text', version: '' }
        ];
        if (this.systems.length > 0) plugins.push({ type: 'datasource', id: this.type.pluginId, name: this.type.pluginName, version: '' });
        return plugins;
    }
}
