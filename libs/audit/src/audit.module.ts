import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditQuery } from './audit-query';
import { AuditSealSchedule } from './audit-seal.schedule';
import { AuditSealer } from './audit-sealer';
import { AuditVerifier } from './audit-verifier';
import { UnitOfWork } from './unit-of-work';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  providers: [UnitOfWork, AuditSealer, AuditVerifier, AuditQuery, AuditSealSchedule],
  exports: [UnitOfWork, AuditSealer, AuditVerifier, AuditQuery],
})
export class AuditModule {}
