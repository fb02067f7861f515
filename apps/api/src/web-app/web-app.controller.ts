import { Controller, Get, Headers, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../accounts/access/access.decorators';
import { preferredLocale } from './web-locales';

/** `/` sends people to the web app in the language they chose last (Japanese by default). */
@ApiExcludeController()
@Public()
@Controller()
export class WebAppController {
  @Get()
  @Redirect()
  root(@Headers('cookie') cookie?: string): {
    url: string;
    statusCode: number;
  } {
    return { url: `/${preferredLocale(cookie)}/`, statusCode: 302 };
  }
}
