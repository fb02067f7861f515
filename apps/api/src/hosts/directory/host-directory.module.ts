import { Module } from '@nestjs/common';
import { EligibilityModule } from '../../eligibility/eligibility.module';
import { PrefectureProfilesController } from '../prefecture-profiles/prefecture-profiles.controller';
import { PrefectureProfilesService } from '../prefecture-profiles/prefecture-profiles.service';
import { HostDirectoryController } from './host-directory.controller';
import { HostListingIndexer } from './host-listing.indexer';
import { HostPageService } from './host-page.service';
import { HostSearchService } from './host-search.service';

/**
 * The public host directory (search, host pages) and the prefectures' master profiles. Exports the
 * indexer so the workflows that change a listing (publication, approval, place edits) refresh it.
 */
@Module({
  imports: [EligibilityModule],
  controllers: [HostDirectoryController, PrefectureProfilesController],
  providers: [HostListingIndexer, HostSearchService, HostPageService, PrefectureProfilesService],
  exports: [HostListingIndexer],
})
export class HostDirectoryModule {}
