import { createApp } from 'vue';
// Defines every element of the package.
import 'topic-hub-elements';
// The elements' template types for vue-tsc, written once per app.
import type {} from 'topic-hub-elements/types/vue';
import App from './App.vue';

createApp(App).mount('#app');
