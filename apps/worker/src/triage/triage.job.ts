import { Injectable } from '@nestjs/common';
import { IncidentTriageService } from '@tracker/pdca';
import { JobHandler, type JobPayload } from '@tracker/queue';

/** Incident triage from its queue message: one call to the Check stage's triage service. */
@Injectable()
export class TriageJobs {
  constructor(private readonly triage: IncidentTriageService) {}

  @JobHandler('incident.triage')
  run(payload: JobPayload<'incident.triage'>) {
    return this.triage.triage(payload.incidentId);
  }
}
