import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Called inside the transaction that creates or changes a finding's panel-visible text.
 * Screening (the protected-class filter) hooks in here so that a scan request is written in
 * the same transaction as the text it scans.
 */
@Injectable()
export class FindingTextHooks {
  private readonly listeners: ((
    m: EntityManager,
    findingId: string,
    textVersion: number,
  ) => Promise<void>)[] = [];

  register(
    listener: (m: EntityManager, findingId: string, textVersion: number) => Promise<void>,
  ): void {
    this.listeners.push(listener);
  }

  async textChanged(m: EntityManager, findingId: string, textVersion: number): Promise<void> {
    for (const listener of this.listeners) await listener(m, findingId, textVersion);
  }
}
