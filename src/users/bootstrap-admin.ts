import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Role } from '../auth/role.enum';
import { AppConfig } from '../config/app-config';
import { passwordProblem } from './password-policy';
import { UsersService } from './users.service';

/** On a first start with no users, creates the administrator named by ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootstrapAdmin.name);

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    if ((await this.users.count()) > 0) return;
    const problem = passwordProblem(password, 'ADMIN_PASSWORD');
    if (problem) throw new Error(`Cannot create the first administrator: ${problem}`);
    let user;
    try {
      user = await this.users.create({
        email,
        password,
        name: this.config.ADMIN_NAME ?? 'Administrator',
        roles: [Role.ADMIN],
      });
    } catch (error) {
      // Several processes starting at once (two api replicas): one creates the administrator,
      // the others find the address taken.
      if (await this.users.findByEmail(email)) return;
      throw error;
    }
    this.logger.log(`Created the first administrator ${user.email}`);
  }
}
