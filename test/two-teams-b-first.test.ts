import { describeTwoTeams } from './two-teams.js';

describeTwoTeams('B');
