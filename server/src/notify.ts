/** A warning for the user: a notification, so nothing waits for (or fails on) an answer. */
import type { Connection } from 'vscode-languageserver';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';

export function warnUser(connection: Connection, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
}
