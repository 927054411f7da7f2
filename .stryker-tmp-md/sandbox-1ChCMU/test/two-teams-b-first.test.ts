// @ts-nocheck
import { describeTwoTeams } from './two-teams.js';

describeTwoTeams('B');
