import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@tracker/audit';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReviewModule } from '../review/review.module';
import { TimelineModule } from '../shared/timeline.module';
import { AuditTrailRedaction } from './audit-trail-redaction.service';
import { Finding } from './finding.entity';
import { FindingsService } from './findings.service';
import { IncidentQueriesService } from './incident-queries.service';
import { IncidentReviewSubject } from './incident-review.subject';
import { IncidentScore } from './incident-score.entity';
import { IncidentTriageService } from './incident-triage.service';
import { IncidentStatistics } from './incident-statistics';
import { Incident } from './incident.entity';
import { IncidentsService } from './incidents.service';
import { InformationRequestScansService } from './information-request-scans.service';
import { InformationRequest } from './information-request.entity';
import { InformationRequestsService } from './information-requests.service';
import { Investigation } from './investigation.entity';
import { InvestigationsService } from './investigations.service';
import { Organisation } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

export const CHECK_ENTITIES = [
  Organisation,
  Incident,
  IncidentScore,
  Investigation,
  InformationRequest,
  Finding,
];

const SERVICES = [
  AuditTrailRedaction,
  OrganisationsService,
  IncidentsService,
  IncidentQueriesService,
  IncidentStatistics,
  InvestigationsService,
  InformationRequestsService,
  FindingsService,
  IncidentTriageService,
  InformationRequestScansService,
];

@Module({
  imports: [
    AuditModule,
    ReviewModule,
    TimelineModule,
    NotificationsModule,
    TypeOrmModule.forFeature(CHECK_ENTITIES),
  ],
  providers: [...SERVICES, IncidentReviewSubject],
  exports: SERVICES,
})
export class CheckModule {}
