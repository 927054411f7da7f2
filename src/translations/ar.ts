/**
 * Arabic (right to left: give the page or the element `dir="rtl"` with `lang="ar"`). Importing this
 * module registers it (`import 'topic-hub-elements/translations/ar.js'`); pages with the drop-in
 * file load `translations/ar.js` beside it with a script tag of its own. Counts use all six plural
 * categories of Arabic (zero, one, two, few, many, other).
 */
import { registerShippedTranslation, type Translation } from '../internal/translation-registry.js';

export const ar: Translation = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  loading: 'جارٍ التحميل…',
  'error.title': 'لا يمكن عرض هذا المحتوى.',
  'error.notABundle':
    'حزمة المحتوى ليست حزمة محتوى topic-hub (لا تحتوي على "format": "{format}"). أعطِ العنصر ملف bundle.json الذي يكتبه بناء المحتوى.',
  'error.fileNotABundle':
    'الملف في {url} ليس حزمة محتوى topic-hub (لا يحتوي على "format": "{format}"). أعطِ العنصر ملف bundle.json الذي يكتبه بناء المحتوى.',
  'error.unsupportedVersion':
    'تتعذّر قراءة حزمة المحتوى: إصدارها {version}، وهذه المكتبة تقرأ الإصدار {expected}. أعِد بناء الحزمة بهذا الإصدار من topic-hub-elements، أو حمّل إصدار المكتبة الذي كتبها.',
  'error.fileUnsupportedVersion':
    'تتعذّر قراءة الملف في {url}: إصداره {version}، وهذه المكتبة تقرأ الإصدار {expected}. أعِد بناء الحزمة بهذا الإصدار من topic-hub-elements، أو حمّل إصدار المكتبة الذي كتبها.',
  'error.invalidBundle': 'تتعذّر قراءة حزمة المحتوى: {problem}.',
  'error.fileInvalidBundle': 'تتعذّر قراءة الملف في {url}: {problem}.',
  'error.damagedBundle': 'حزمة المحتوى تالفة: {problem}.',
  'error.missingHub': 'لم يُختر أي مركز: اضبط السمة hub على إحدى القيم {hubs}.',
  'error.unknownHub': 'لا يوجد مركز «{hub}» في حزمة المحتوى هذه. المراكز: {hubs}.',
  'error.missingPath': 'لم يُختر أي مسار قراءة: اضبط السمة path على إحدى القيم {paths}.',
  'error.unknownPath': 'ليس للمركز «{hub}» مسار قراءة «{path}». المسارات: {paths}.',
  'error.unknownArticle': 'لا توجد مقالة «{article}» في حزمة المحتوى هذه.',
  'error.searchUnavailable': 'البحث غير متاح: {problem}',
  'error.notAUrl': 'قيمة src ‏«{src}» ليست عنوان URL. أعطِ عنوان ملف bundle.json، مطلقًا أو نسبيًا إلى هذه الصفحة.',
  'error.timeout':
    'لم تصل حزمة المحتوى من {url} خلال {seconds} ثانية. تحقّق من أن الخادم يستجيب، أو امنح وقتًا أطول بالسمة timeout للعنصر (بالمللي ثانية، مثلًا timeout="30000").',
  'error.network':
    'تعذّر جلب حزمة المحتوى من {url} ({problem}). تحقّق من العنوان، ومن أن الخادم يعمل، ومن أن سياسة أمان المحتوى في الصفحة تسمح بذلك (connect-src).',
  'error.http': 'تعذّر تحميل حزمة المحتوى من {url}: أجاب الخادم بالرمز HTTP {status}. تحقّق من عنوان src.',
  'error.invalidJson': 'الملف في {url} ليس JSON صالحًا ({problem}). اجعل src يشير إلى ملف bundle.json الذي يكتبه بناء المحتوى.',

  'heading.startHere': 'ابدأ من هنا',
  'heading.questions': 'أسئلة',
  'heading.readingPaths': 'مسارات القراءة',
  'heading.failureModes': 'أخطاء شائعة',
  'heading.relatedHubs': 'مراكز ذات صلة',
  'heading.references': 'المراجع',

  'card.canon': 'أساسي',
  'card.canonMeaning': 'أساسي: قراءة لا غنى عنها',
  'card.tags': 'الوسوم',

  'path.progress': 'قُرئ {read} من {total}',
  'path.next': 'التالي: {title}',
  'path.allRead': 'قُرئ الكل',
  'path.nextStep': 'التالي',
  'path.read': 'مقروء',
  'path.markRead': 'مقروء: {title}',

  'failureModes.read': 'للقراءة:',

  'references.count': {
    zero: 'لا مراجع في «{hub}»',
    one: 'مرجع واحد في «{hub}»',
    two: 'مرجعان في «{hub}»',
    few: '{count} مراجع في «{hub}»',
    many: '{count} مرجعًا في «{hub}»',
    other: '{count} مرجع في «{hub}»',
  },
  'references.countFiltered': {
    zero: '{shown} من أصل {count} مرجع تحمل {tags}',
    one: '{shown} من أصل مرجع واحد يحمل {tags}',
    two: '{shown} من أصل مرجعين يحملان {tags}',
    few: '{shown} من أصل {count} مراجع تحمل {tags}',
    many: '{shown} من أصل {count} مرجعًا تحمل {tags}',
    other: '{shown} من أصل {count} مرجع تحمل {tags}',
  },
  'references.tag': '«{tag}»',
  'references.filter': 'تصفية حسب الوسم',
  'references.empty': 'لا يوجد مرجع يحمل كل هذه الوسوم.',
  'references.emptyHint': 'اضغط على وسم محدد لإزالته.',
  'references.showAll': {
    zero: 'عرض كل المراجع',
    one: 'عرض المرجع الوحيد',
    two: 'عرض المرجعين',
    few: 'عرض كل المراجع ({count} مراجع)',
    many: 'عرض كل المراجع ({count} مرجعًا)',
    other: 'عرض كل المراجع ({count} مرجع)',
  },
  'references.showFirst': { one: 'عرض الأول فقط', two: 'عرض الأولين فقط', other: 'عرض أول {count} فقط' },
  'references.moreTags': 'وسوم أخرى ({count})',
  'references.fewerTags': 'وسوم أقل',

  'search.label': 'البحث في المقالات',
  'search.placeholder': 'ابحث في المقالات',
  'search.hubRegion': 'البحث في {hub}',
  'search.clear': 'مسح البحث',
  'search.usage': 'تظهر النتائج أثناء الكتابة. استخدم سهمَي الأعلى والأسفل لتصفّحها، ومفتاح الإدخال لفتح إحداها.',
  'search.shortcutOn': 'اضغط {key} للبحث من أي مكان في الصفحة.',
  'search.shortcutOff': 'الاختصار {key} متوقف.',
  'search.turnOn': 'تشغيل',
  'search.turnOff': 'إيقاف',
  'search.shortcutName': 'الاختصار {key}',
  'search.tagFilters': 'تصفية النتائج حسب الوسم',
  'search.count': {
    zero: 'لا نتائج',
    one: 'نتيجة واحدة',
    two: 'نتيجتان',
    few: '{count} نتائج',
    many: '{count} نتيجة',
    other: '{count} نتيجة',
  },
  'search.countShown': {
    two: 'نتيجتان، معروض منها {shown}',
    few: '{count} نتائج، معروض منها {shown}',
    many: '{count} نتيجة، معروض منها {shown}',
    other: '{count} نتيجة، معروض منها {shown}',
  },
  'search.keys': '{up} {down} للاختيار · {enter} للفتح · {esc} للإغلاق',
  'search.results': 'نتائج البحث',
  'search.noMatch': 'لا توجد مقالات تطابق «{query}».',
  'search.noMatchWithTags': 'لا توجد مقالات تطابق «{query}» بالوسوم المحددة.',
  'search.suggestion': 'البحث عن «{suggestion}»',
  'search.announceNone': 'لا نتائج.',
  'search.announceSuggestion': 'لا نتائج. هل تقصد {suggestion}؟',
  'search.announceCount': {
    zero: 'لا نتائج.',
    one: 'تتوفر نتيجة واحدة.',
    two: 'تتوفر نتيجتان.',
    few: 'تتوفر {count} نتائج.',
    many: 'تتوفر {count} نتيجة.',
    other: 'تتوفر {count} نتيجة.',
  },
  'search.announceShown': {
    two: 'نتيجتان، معروض منها {shown}.',
    few: '{count} نتائج، معروض منها {shown}.',
    many: '{count} نتيجة، معروض منها {shown}.',
    other: '{count} نتيجة، معروض منها {shown}.',
  },
  'search.announceChosen': 'تم اختيار {title}.',
};

registerShippedTranslation(ar);
