# Corridor Atlas: интерфейс на русском языке.
#
# Те же сообщения, что в en.ftl (tests/translations.rs проверяет), в том же порядке разделов.

## Язык

language-name = Русский
number-decimal-separator = ,
number-group-separator = { "\u00A0" }
date-full = { $day } { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    } { $year } г.
date-month = { $month ->
        [1] январь
        [2] февраль
        [3] март
        [4] апрель
        [5] май
        [6] июнь
        [7] июль
        [8] август
        [9] сентябрь
        [10] октябрь
        [11] ноябрь
       *[12] декабрь
    } { $year } г.

date-before = до { $date }
date-around = около { $date }
date-not-given = дата не указана

## Счёт

quotes-count = { $count ->
        [one] { $count } цитата
        [few] { $count } цитаты
       *[many] { $count } цитат
    }

## Команды: название в меню и на кнопках и подсказка

command-open-file = Открыть маршрут…
    .tooltip = Открыть файл маршрута, GeoJSON, KML, KMZ, GPX или пару CSV: места и потоки
command-reload = Перечитать с диска
    .tooltip = Снова прочитать открытый файл в том виде, в каком он сейчас на диске
command-open-builtin = Открыть Средний коридор
    .tooltip = Вернуться к встроенному маршруту Среднего коридора
command-quit = Выход
    .tooltip = Закрыть приложение; если есть несохранённые правки, оно сначала спросит
command-undo = Отменить
    .tooltip = Отменить последнее изменение рассказа: добавленный, удалённый, перемещённый или изменённый слайд
command-redo = Повторить
    .tooltip = Вернуть изменение, отменённое командой «Отменить»
command-fit-route = Весь маршрут
    .tooltip = Показать маршрут целиком
command-zoom-in = Приблизить
    .tooltip = Приблизить центр карты
command-zoom-out = Отдалить
    .tooltip = Отдалить центр карты
command-pan-left = Сдвинуть влево
    .tooltip = Сдвинуть вид на запад
command-pan-right = Сдвинуть вправо
    .tooltip = Сдвинуть вид на восток
command-pan-up = Сдвинуть вверх
    .tooltip = Сдвинуть вид на север
command-pan-down = Сдвинуть вниз
    .tooltip = Сдвинуть вид на юг
command-clear-selection = Снять выделение
    .tooltip = Снять выделение с места или участка и показать обзор коридора; если ничего не выделено — закрыть панель поверх карты
command-show-overview = Обзор коридора
    .tooltip = Что говорят источники о коридоре в целом
command-show-sources = Источники
    .tooltip = Статьи, из которых взяты все цитаты и цифры
command-toggle-translation = Показывать переводы
    .tooltip = Показывать вместо подлинных слов английские переводы, сделанные для этого набора данных
command-toggle-legend = Слои и легенда
    .tooltip = Показать или скрыть слои потоков и легенду карты
command-play-pause = Проиграть или остановить годы
    .tooltip = Пройти по годам данных по кругу
command-next-year = Следующий год
    .tooltip = Показать потоки следующего года
command-previous-year = Предыдущий год
    .tooltip = Показать потоки предыдущего года
command-toggle-motion = Движение потоков
    .tooltip = Штрихи, бегущие вдоль потоков по их направлению; если выключить, карта неподвижна
command-save = Сохранить
    .tooltip = Сохранить маршрут вместе с рассказом в его файл
command-save-as = Сохранить как…
    .tooltip = Сохранить маршрут вместе с рассказом в новый файл
command-export = Экспорт карты…
    .tooltip = Сохранить карту в нынешнем виде: рисунок PNG шириной до 8K или SVG для печати
command-start-presentation = Презентация
    .tooltip = Во весь экран, по слайду на место; листать клавишами или пультом
command-add-slide = Добавить слайд с текущим видом
    .tooltip = Новый слайд в конце рассказа: этот вид, слои, год и выбранная цитата
command-next-slide = Следующий слайд
    .tooltip = Перелететь к следующему слайду
command-previous-slide = Предыдущий слайд
    .tooltip = Вернуться к предыдущему слайду
command-first-slide = Первый слайд
    .tooltip = Вернуться к титульному слайду
command-last-slide = Последний слайд
    .tooltip = Перейти к заключительному слайду
command-go-to-typed-slide = Перейти к слайду (наберите номер, затем Enter)
    .tooltip = Перейти к слайду, номер которого набран
command-black-screen = Чёрный экран
    .tooltip = Затемнить экран или вернуть слайд
command-toggle-autoplay = Показ без докладчика
    .tooltip = Слайды сменяются сами по кругу, как в киоске; любая клавиша или щелчок останавливает
command-toggle-presenter-view = Режим докладчика
    .tooltip = Этот слайд, следующий, заметки и время: на другом экране или вокруг слайда
command-toggle-reduce-motion = Меньше движения
    .tooltip = Переключать слайды без перелёта и не двигать потоки
command-stop-presentation = Завершить презентацию
    .tooltip = Выйти из доклада и вернуться к карте в прежнем виде
command-show-controls = Управление
    .tooltip = Мышь и клавиатура
command-show-about = О программе Corridor Atlas
    .tooltip = Версия, источники данных и атрибуция
command-toggle-side-panel = Боковая панель
    .tooltip = Показать или скрыть боковую панель: обзор, цифры и цитаты выделенного, источники и рассказ
command-show-table = Таблица
    .tooltip = Места, пути сообщения и значения потоков в виде таблиц: сортировать, читать вслух, копировать
command-larger-text = Крупнее
    .tooltip = Увеличить весь интерфейс
command-smaller-text = Мельче
    .tooltip = Уменьшить весь интерфейс
command-normal-text-size = Обычный размер
    .tooltip = Вернуть интерфейсу обычный размер
command-light-theme = Светлая
    .tooltip = Тёмный текст на светлых панелях
command-dark-theme = Тёмная
    .tooltip = Светлый текст на тёмных панелях, для затемнённых залов; карта сохраняет свои цвета
command-high-contrast-theme = Высокий контраст
    .tooltip = Чёрное на белом, чёткие рамки и толстая рамка фокуса — для слабого зрения и блёклых проекторов

## Меню и строка над картой

menu-file = Файл
menu-open-recent = Недавние
menu-open-recent-none = Файлы ещё не открывались
menu-open-recent-clear = Очистить список
menu-file-edited = { $file } (изменён)
menu-edit = Правка
menu-view = Вид
menu-theme = Тема
    .tooltip = Вид панелей и меню: светлая, тёмная или высокий контраст; запоминается
menu-language = Язык
    .tooltip = Язык меню, панелей, карты и слайдов; запоминается
menu-present = Презентация
menu-talk-language = Язык доклада
    .tooltip = Язык слайдов, независимо от языка интерфейса: доклад на русском из английского интерфейса
menu-talk-language-same = Как у интерфейса
menu-autoplay-seconds = Автопоказ: секунд на слайд
menu-help = Справка

## Панели, слои, шкала лет и подсказки

panel-figures-count = { $count ->
        [one] { $count } цифра
        [few] { $count } цифры
       *[many] { $count } цифр
    }
panel-source-unknown = источник { $id }
panel-source = Источник: { $source }
panel-quote-source = Источник: { $source } · сказано { $date }
panel-quote-source-undated = Источник: { $source } · когда сказано — не указано
panel-quote-note = Примечание: { $note }
panel-kind-country = { $kind } · { $country }
panel-coordinates = { $lat }° { $north ->
        [yes] с. ш.
       *[no] ю. ш.
    }, { $lon }° { $east ->
        [yes] в. д.
       *[no] з. д.
    }
# Флажок, показывающий английские переводы цитат.
panel-english = По-английски
panel-story-tab = Рассказ ({ $count })
    .tooltip = Слайды доклада: добавить, изменить, переставить, показать
panel-key-figures = Ключевые цифры
panel-experts-said = Что говорят эксперты ({ $count })
panel-reported-said = В пересказе статей ({ $count })
panel-no-quotes = Ни одна цитата этого маршрута не говорит об этом месте.
panel-flows-through = Потоки через это место
panel-links = Участки
# Падеж названия места не согласуется, поэтому — через тире.
panel-link-to = { $mode } — { $place } ({ $status })
panel-link-drawn = { $mode } · { $status } (на карте — { $line })
panel-link-length = Длина по линии на карте: около { $km } км (по геодезической)
panel-flows-on-link = Потоки на этом участке
panel-no-flows-on-link = По этому участку не идёт ни один слой потоков.
panel-link-ends = Концы участка
panel-chart-key = Закрашенные — факт · ромбы — оценка · пустые — план или цель · квадраты — часть года, не соединяются с целыми годами · по линии на каждый путь
chart-no-year = без года
panel-overview-hint = Нажмите на место на карте, чтобы узнать, что о нём говорят эксперты.
panel-places = Места
panel-place-summary = { $kind } · { $country } — { $quotes }
panel-places-more = и ещё { $count }: их можно выбрать на карте
panel-corridor-figures = Ключевые цифры по коридору
panel-corridor-quotes = О коридоре в целом ({ $count })
panel-sources = Источники
panel-sources-intro = Все цитаты и цифры этого маршрута взяты из { $count ->
        [one] { $count } текста
       *[other] { $count } текстов
    }.
panel-source-reference = Ссылка: { $reference }
panel-source-counts = { $reported ->
        [0] { $quotes } и { $figures } в этом маршруте
       *[other] { $quotes }, { $statements } и { $figures } в этом маршруте
    }
panel-reported-count = { $count ->
        [one] { $count } пересказ
        [few] { $count } пересказа
       *[many] { $count } пересказов
    }
panel-translation-note = Перевод с оригинала, сделанный для этого атласа
panel-original-words = Слова в оригинале
panel-use-on-slide = На следующий слайд
panel-use-on-slide-tooltip = Эту цитату покажет слайд, добавленный командой «{ $command }» на вкладке «Рассказ»
panel-disagreement = Источники расходятся: { $topic }

story-title = Рассказ
story-intro = Доклад, по слайду на место. Перед ними идёт титульный слайд, после — заключительный. Чтобы сохранить рассказ, сохраните маршрут (Ctrl+S).
story-delete = Удалить этот слайд
story-move-later = Переместить слайд дальше
story-move-earlier = Переместить слайд раньше
story-slide-title = Заголовок
story-slide-text = Текст на слайде
story-slide-notes = Заметки докладчика (видны только в режиме докладчика)
story-year-kept = год не меняется
story-layers-all = все
story-layers-none = никаких
story-slide-summary = Год: { $year } · слои: { $layers } · цитаты: { $quotes }
story-take-view = Взять вид с карты
    .tooltip = Задать этому слайду вид, слои, год и цитату с карты в её нынешнем виде
story-present-from-here = Показать с этого слайда
story-no-slides = Слайдов пока нет: выберите вид на карте, отметьте цитату и добавьте слайд.

tooltip-node-counts = { $quotes } · { $figures } — нажмите, чтобы узнать больше
tooltip-link-details = Нажмите, чтобы узнать больше
tooltip-no-value = В этом маршруте нет значения за { $year } г.
tooltip-no-value-without-year = На этом пути нет значения без указания года.
tooltip-nearest = Ближайшее: { $value }
tooltip-flow-chart = Нажмите, чтобы открыть график участка

timeline-play = ▶ Пуск
timeline-pause = Пауза
timeline-year = Год
timeline-speed = Скорость
timeline-seconds-per-year = { $seconds } с на год
timeline-no-year = Год не указан
timeline-no-year-tooltip = { $count ->
        [one] { $count } значение, для которого источник не указывает год; показано отдельно от лет
        [few] { $count } значения, для которых источник не указывает год; показаны отдельно от лет
       *[many] { $count } значений, для которых источник не указывает год; показаны отдельно от лет
    }

layers-title = Слои потоков
layers-opacity = непрозрачность
layers-opacity-of = Непрозрачность слоя «{ $layer }»
layers-raise = Поднять слой «{ $layer }» над соседним
layers-lower = Опустить слой «{ $layer }» под соседний
layers-legend = Легенда
panel-text-fell-back = (на языке «{ $language }»: русского текста здесь в маршруте нет)

## Слайды, легенда, подписи и рисунки

# Виды мест, путей, состояний и величин — во фразах и легендах.
kind-node-port = Морской порт
kind-node-rail-junction = Железнодорожный узел
kind-node-border-crossing = Пограничный переход
kind-node-city = Город
kind-node-terminal = Нефтяной терминал
kind-node-place = Пункт
kind-mode-rail = Железная дорога
kind-mode-sea-ferry = Морской паром
kind-mode-pipeline = Трубопровод
kind-mode-subsea-cable = Подводный кабель
kind-mode-road = Автодорога
kind-mode-power = Линия электропередачи
kind-status-operating = Действует
kind-status-under-construction = Строится
kind-status-planned = Планируется
kind-line-solid = сплошная линия
kind-line-dashed = штриховая линия
kind-line-dotted = точечная линия
kind-value-actual = факт
kind-value-estimate = оценка
kind-value-plan = план или цель
kind-value-with-amount = { $amount } в { $year } г. ({ $kind })
kind-value-without-amount = { $kind }, { $year } г.
kind-value-part-year = { $amount } за { $period } ({ $kind }, часть года)
kind-value-part-year-without-amount = { $kind }, { $period } (часть года)
kind-value-no-year = { $amount }, год не указан ({ $kind })
kind-value-no-year-without-amount = { $kind }, год не указан
year-not-given = год не указан
month-short = { $month ->
        [1] янв.
        [2] февр.
        [3] март
        [4] апр.
        [5] май
        [6] июнь
        [7] июль
        [8] авг.
        [9] сент.
        [10] окт.
        [11] нояб.
       *[12] дек.
    }
period-months = { $first }–{ $last } { $year } г.
period-month = { $first } { $year } г.
flow-label-part-year = { $amount } ({ $months })
kind-source-no-outlet = издание не указано
quote-reported-label = Пересказ: слова статьи, а не цитата
quote-reported-lead = { $article } пересказывает слова, автор которых — { $speaker }:
quote-reported-article-by = { $author } в своей статье
quote-reported-article = Статья

legend-links = Пути сообщения
legend-status = Состояние
legend-places = Места
legend-actual = Факт
legend-estimate = Оценка
legend-plan = План или цель
legend-band = полоса = { $amount }
legend-status-only = только состояние, без объёма
legend-no-value = нет данных за { $year } г.
legend-no-value-without-year = нет значения без указания года
legend-part-of-year = { $detail }; значение только за { $period }
legend-no-year-note = Год не указан
legend-no-year-detail = не показаны за { $year } г.
legend-scale-km = { $length } км
legend-scale-m = { $length } м
legend-credit-basemap = Основа карты: Natural Earth
legend-credit-sources = Основа карты: Natural Earth. Источники: { $sources }

slide-flows-in = Потоки в { $year } г.
slide-flows-no-year = Значения без указания года
slide-closing-title = Перспективы и источники
slide-cover-summary = { $slides ->
        [one] { $slides } слайд
        [few] { $slides } слайда
       *[many] { $slides } слайдов
    } · цитаты и цифры из { $sources ->
        [one] { $sources } источника
       *[other] { $sources } источников
    }
slide-closing-lead = Все цитаты и цифры этого доклада взяты из следующих текстов:
slide-closing-basemap = Основа карты: Natural Earth.
slide-quote-translation = Перевод на английский с { $language ->
        [ru] русского
        [kk] казахского
        [az] азербайджанского
        [tr] турецкого
        [en] английского
       *[other] языка оригинала
    }, сделан для этого атласа

slide-check-issue = слайд { $slide } на экране { $width }×{ $height }: { $what }
slide-check-off-screen = { $part } выходит за край экрана; сократите текст
slide-check-overlap = { $part } и { $other } перекрываются; сократите текст или цитату слайда
slide-check-too-small = «{ $text }»: высота { $size } пт, меньше { $least } % высоты экрана
slide-check-off-map = «{ $place }» не попадает на карту; оставьте на слайде меньше мест
slide-check-covers = { $part } закрывает место «{ $place }»; сократите текст или цитату слайда либо оставьте меньше мест
slide-check-no-label = подписи «{ $place }» не хватает места; оставьте на слайде меньше мест
slide-check-covers-label = { $part } закрывает подпись «{ $place }»; сократите текст или цитату слайда
slide-part-title-card = карточка заголовка
slide-part-quote-card = карточка цитаты
slide-part-legend = легенда
slide-part-number = номер слайда
slide-part-credits = строка источников
slide-part-scale-bar = масштабная линейка

render-unknown-language = неизвестный язык «{ $language }»; известные: { $known }

## Презентация и режим докладчика

talk-go-to = К слайду { $number } …
talk-screens = Экраны
talk-one-screen = Один экран: P показывает режим докладчика вокруг слайда.
talk-slides-other-screen = Слайды на другом экране
    .tooltip = Слайды уходят на экран, где нет этого окна; режим докладчика остаётся здесь
talk-slides-screen-1 = Слайды на экране 1
    .tooltip = Слайды на экране 1, режим докладчика на экране 2
talk-slides-screen-2 = Слайды на экране 2
    .tooltip = Слайды на экране 2, режим докладчика на экране 1
talk-screen-named = Экран { $number }: { $name }, { $size }
talk-screen = Экран { $number }: { $size }

presenter-window-title = Corridor Atlas — режим докладчика
presenter-now = Сейчас
presenter-next-heading = Далее
presenter-slide-of = Слайд { $number } из { $count }
presenter-end = Завершить доклад
presenter-hide = Скрыть режим докладчика
presenter-show-slide = Показать слайд
presenter-black = Чёрный экран
presenter-with-key = { $text } ({ $key })
presenter-clock = Время
presenter-elapsed = Прошло
presenter-last-slide = Это последний слайд.
presenter-notes = Заметки
presenter-no-notes = К этому слайду заметок нет.
presenter-previous = ◀  Предыдущий слайд
presenter-next = Следующий слайд  ▶
presenter-typing = К слайду { $number } …
presenter-typing-enter = Enter — перейти
presenter-blacked = Зрители видят чёрный экран
presenter-blacked-back = B возвращает слайд
presenter-keys = Вперёд: Page Down, →, пробел, Enter · Назад: Page Up, ←, Backspace
presenter-keys-jump = Переход: наберите номер слайда и нажмите Enter · Tab — к кнопкам и слайдам
presenter-go-to-slide = К слайду { $number }: { $title }

## Окна, диалоги и строка состояния

status-hint = Перетащите карту, чтобы сдвинуть · колёсико — масштаб · щёлкните место, чтобы увидеть цитаты · F1 — всё управление
status-opening = Открывается { $file }: { $stage }…
status-stage-reading = чтение
status-stage-parsing = разбор
status-stage-checking = проверка
status-warnings = { $count ->
        [one] { $count } предупреждение
        [few] { $count } предупреждения
       *[many] { $count } предупреждений
    } в { $file }
status-saved = Сохранено: { $file }
status-exported = Экспортировано: { $file }
status-not-drawn-yet = Карта ещё не нарисована, экспортировать нечего: попробуйте снова, когда она появится.
status-nothing-to-reload = Этот маршрут не читался из файла, перечитывать нечего.
status-no-dialog = В этой системе не открывается окно выбора файла (нужен портал рабочего стола или zenity): введите путь в окне приложения.
status-changed-on-disk = Файл { $file } изменился на диске, а в этом окне есть несохранённые правки.
status-reload-lose-edits = Перечитать и потерять правки
status-keep-edits = Оставить мои правки
    .tooltip = Оставить то, что на экране; «Сохранить» запишет это поверх файла
status-drop-pair = Отпустите, чтобы открыть вместе CSV мест и потоков
status-drop-route = Отпустите, чтобы открыть маршрут (JSON, GeoJSON, KML, KMZ, GPX или CSV)

window-name = Corridor Atlas: { $route }
window-tab-layers = Слои ▶
window-tab-hide-layers = ◀ Скрыть
window-tab-hide-side = Скрыть ▶
window-tab-show-layers-tip = Показать слои и легенду
window-tab-hide-layers-tip = Скрыть слои и легенду
window-tab-show-side-tip = Показать боковую панель
window-tab-hide-side-tip = Скрыть боковую панель
window-side-link = Участок
window-side-story = Рассказ
window-new-slide-title = Слайд { $number }

dialog-all-route-files = Все файлы маршрутов
dialog-format-route = Маршрут Corridor Atlas
dialog-format-geojson = GeoJSON
dialog-format-flowmap-csv = Пара CSV: места и потоки
dialog-format-kml = KML
dialog-format-kmz = KMZ (сжатый KML)
dialog-format-gpx = GPX (треки, маршруты и путевые точки GPS)
dialog-route-json = Маршрут (JSON)
dialog-open-title = Открыть файл маршрута или пару CSV: места и потоки
dialog-save-as-title = Сохранить маршрут
dialog-export-title = Экспорт карты
dialog-open-ask = Путь к файлу маршрута (JSON, GeoJSON, KML, KMZ или GPX) или к одному из пары CSV, если второй лежит рядом.
dialog-save-as-ask = Путь к файлу, в который сохранить маршрут (.json).
dialog-export-ask = Путь к файлу рисунка (.png или .svg).
dialog-path = Путь
dialog-ok = ОК
    .tooltip = Enter
dialog-cancel = Отмена
    .tooltip = Esc
dialog-path-empty = Введите путь к файлу.
dialog-path-missing = Файла { $path } нет. Проверьте папку и имя файла.
dialog-path-folder = { $path } — это папка. Допишите к пути имя файла.
dialog-path-no-folder = Папки { $path } нет. Сначала создайте её или укажите другую папку.
dialog-path-not-writable = Не удаётся записать { $path }: { $reason }. Выберите папку, в которую можно записывать.
dialog-save-error-write = не удаётся записать { $file }: { $reason }. Проверьте, что папка существует и в неё можно записывать.
dialog-save-error-encode = не удалось записать маршрут в JSON: { $reason }
dialog-save-error-too-large = Файл { $file } не записан: маршрут занимает { $size } байт, а файл маршрута может занимать не больше { $limit } байт, так что его не удалось бы открыть снова. Уберите лишние подробности, например значения или точки линий, или разделите маршрут на несколько.

unsaved-before-quit = Сохранить изменения в «{ $file }» перед выходом?
unsaved-before-open = Сохранить изменения в «{ $file }» перед открытием «{ $names }»?
unsaved-before-open-builtin = Сохранить изменения в «{ $file }» перед открытием встроенного маршрута?
unsaved-before-reload = Сохранить изменения в «{ $file }», прежде чем перечитать его с диска?
unsaved-lost = Несохранённые изменения будут потеряны.
unsaved-not-saved = Не сохранено: { $error }
unsaved-save = Сохранить
    .tooltip = Сохранить и продолжить (Enter)
unsaved-discard = Не сохранять
    .tooltip = Продолжить без сохранения: изменения будут потеряны
unsaved-cancel = Отмена
    .tooltip = Вернуться к работе, изменения останутся (Esc)

history-undid = Отменено: { $step }
history-redid = Повторено: { $step }
history-nothing-to-undo = Нечего отменять
history-nothing-to-redo = Нечего повторять
history-add-slide = добавление слайда { $slide }
history-delete-slide = удаление слайда { $slide }
history-change-story = изменение рассказа
history-pick-quote = выбор цитаты для следующего слайда
history-unpick-quote = отмена выбора цитаты для следующего слайда
history-edit-route = правка маршрута
history-swap-slides = перестановка слайдов { $first } и { $second }
history-edit-title = правка заголовка слайда { $slide }
history-edit-text = правка текста слайда { $slide }
history-edit-notes = правка заметок к слайду { $slide }
history-take-view = вид с карты для слайда { $slide }

export-window-title = Экспорт карты
export-format = Формат
export-png = Рисунок PNG
export-svg = SVG для печати
export-size = Размер
export-size-screen = Как на экране
export-size-screen-2 = Как на экране, ×2
export-size-screen-4 = Как на экране, ×4
export-size-full-hd = Full HD, 1920×1080
export-size-4k = 4K, 3840×2160
export-size-8k = 8K, 7680×4320
export-size-custom = Свой размер
export-pixels = Пиксели
export-wide = { " " }в ширину
export-high = { " " }в высоту
export-pixel-size = { $width } × { $height } { $height ->
        [one] пиксель
        [few] пикселя
       *[many] пикселей
    }
export-point-size = { $width } × { $height } пт, текст остаётся текстом
export-title = Заголовок
export-title-hint = название маршрута
export-legend = Легенда
export-scale-bar = Масштабная линейка
export-credits = Атрибуция: Natural Earth и источники
export-start = Экспорт…
    .tooltip = Выбрать, куда сохранить рисунок
export-busy = Идёт экспорт…
export-error-too-large = Рисунок размером { $width }×{ $height } пикселей слишком велик: наибольшая сторона — { $max } { $max ->
        [one] пиксель
        [few] пикселя
       *[many] пикселей
    }. Выберите размер или масштаб поменьше.
export-error-empty = Рисунку нужен размер хотя бы 1×1 пиксель, а запрошен { $width }×{ $height }.
export-error-draw = Не удалось нарисовать рисунок: { $reason }
export-error-write = Не удалось записать { $file }: { $reason }. Проверьте, что папка существует и в неё можно записывать.
export-error-basemap = Не удалось прочитать основу карты: { $reason }
export-error-format = «{ $file }» — не .png и не .svg; дайте файлу одно из этих расширений.

about-version = Corridor Atlas, версия { $version }
about-commit = Собрано из коммита { $commit }
about-summary = Транспортный коридор на карте в проекции: что эксперты сказали о каждом месте, слово в слово, и где они это сказали.
about-languages = Языки интерфейса: { $languages }
about-basemap = Основа карты
about-basemap-text = Сделано с помощью Natural Earth: свободные векторные и растровые картографические данные, naturalearthdata.com. Границы стран 4.1.0 (общественное достояние) в формате TopoJSON из пакета world-atlas Майка Бостока (лицензия ISC).
about-quotes = Цитаты и цифры
about-quotes-text = Встроенный маршрут Среднего коридора цитирует пять русскоязычных статей о государственном визите президента Алиева в Казахстан 20–21 октября 2025 г. (BAQ.KZ, Zakon.kz и другие; в двух дата не указана); см. «Источники» в боковой панели. Цитаты — слова говорящих в том виде, в каком их приводят статьи; то, что статья пересказывает без кавычек, показано как пересказ словами самой статьи. Английские переводы сделаны для этого атласа и помечены как переводы.
about-fonts = Шрифты
about-fonts-text = Noto Sans, Noto Sans Georgian и Noto Sans Armenian, лицензия SIL Open Font License 1.1.
about-projection = Проекция карты: равновеликая коническая проекция Альберса с центром на Каспии для Среднего коридора.

controls-pan = Сдвинуть карту
controls-pan-how = перетащить карту
controls-zoom-pointer = Масштаб вокруг указателя
controls-zoom-pointer-how = колёсико или сведение пальцев
controls-zoom-place = Приблизить место
controls-zoom-place-how = двойной щелчок
controls-select = Выделить место или участок
controls-select-how = щелчок по нему
controls-walk-places = Пройти по местам на карте с запада на восток
controls-walk-places-how = Tab; Shift+Tab — назад
controls-select-focused = Выбрать место, до которого дошли клавишей Tab
controls-select-focused-how = Enter
controls-key-space = Пробел
controls-key-left = Влево
controls-key-right = Вправо
controls-key-up = Вверх
controls-key-down = Вниз
controls-key-plus = Плюс
controls-key-equals = Равно
controls-key-minus = Минус
controls-key-period = Точка
controls-key-comma = Запятая

status-areas-only = { $count ->
        [one] { $count } область
        [few] { $count } области
       *[many] { $count } областей
    }, мест нет
status-route-not-in-language = В этом маршруте нет текстов на этом языке: показаны на языке «{ $default }»
status-route-partly-in-language = { $missing ->
        [one] { $missing } текст маршрута показан на языке «{ $default }»: перевода нет
        [few] { $missing } текста маршрута показаны на языке «{ $default }»: перевода нет
       *[many] { $missing } текстов маршрута показаны на языке «{ $default }»: перевода нет
    }
    .tooltip = Файл маршрута даёт эти тексты только на своём языке. Добавьте в файл тексты на этом языке (см. docs/route-format.md, «Texts in several languages»); `corridor-atlas check` перечислит недостающие.

## Ошибки, показываемые в приложении

problem-open-failed = Не удалось открыть { $file }: { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
       *[many] { $count } ошибок
    }. Маршрут на экране не изменился.
problem-reload-failed = Файл { $file } изменился на диске, и теперь в нём { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
       *[many] { $count } ошибок
    }. Показана последняя загрузившаяся версия; исправьте файл, и он перечитается сам.
problem-dismiss = Скрыть
problem-at-line = { $file }, строка { $line }, столбец { $column }
problem-at-path = { $place }, поле { $path }
problem-text = { $place }: { $message }
problem-file-not-found = Файл не найден: { $file }. Проверьте, что он не переименован и не перемещён.
problem-file-not-permitted = Нет доступа к файлу { $file }: у вас нет права его читать.
problem-file-is-a-folder = { $file } — это папка, а не файл. Выберите файл маршрута.
problem-file-unreadable = Не удалось прочитать { $file }: { $error }. Проверьте, что файл существует и что у вас есть право его читать.
problem-file-too-large = Файл { $file } слишком велик: { $size } байт, а файл маршрута может занимать не больше { $limit } байт. Разделите маршрут или уберите из него лишние подробности.
problem-file-not-regular = { $kind ->
        [pipe] { $file } — именованный канал, а не файл маршрута на диске
        [device] { $file } — устройство, а не файл маршрута на диске
        [socket] { $file } — сокет, а не файл маршрута на диске
       *[other] { $file } — особый файл, а не файл маршрута на диске
    }. Откройте сам файл маршрута.
problem-no-file = Файл не указан: назовите файл маршрута, который нужно открыть.
problem-too-many-files = Открывайте по одному файлу маршрута или два CSV вместе: с местами и с потоками.
problem-not-utf8 = Файл сохранён не в кодировке UTF-8. Сохраните его в UTF-8.
problem-file-web-page = Это веб-страница HTML, а не маршрут: вероятно, при скачивании сохранилась сама страница. Скачайте исходный файл (на сайте с кодом — кнопка Raw) и откройте его.
problem-file-web-page-titled = Это веб-страница HTML («{ $title }»), а не маршрут: вероятно, при скачивании сохранилась сама страница. Скачайте исходный файл (на сайте с кодом — кнопка Raw) и откройте его.
problem-file-empty = Файл пуст (0 байт): в него ничего не сохранилось. Скачайте или экспортируйте маршрут заново.
problem-file-only-bom = В файле только метка порядка байтов (BOM), а после неё ничего нет: в него ничего не сохранилось. Скачайте или экспортируйте маршрут заново.
problem-file-blank = В файле только пробелы и пустые строки: в него ничего не сохранилось. Скачайте или экспортируйте маршрут заново.
problem-not-an-object = Файл маршрута — это один объект JSON, { "{" } … { "}" }, а этот файл начинается с «{ $first }».
problem-version-zero = Версии формата 0 не бывает; укажите "version": { $latest }.
problem-version-newer = Версия формата { $version } новее тех, что читает приложение (от 1 до { $latest }). Обновите Corridor Atlas, чтобы открыть этот файл.
problem-json-control-character = Перенос строки или табуляция внутри текста: запишите их как \n или \t или соедините строки.
problem-json-number-too-large = Число слишком велико; запишите его как обычное число.
problem-json-syntax = Здесь нарушена запись JSON ({ $error }).
problem-json-ends-early = Файл обрывается раньше времени ({ $error }): не пропущена ли скобка или кавычка?
problem-missing-field = Не хватает обязательного поля «{ $field }».
problem-unknown-field = Неизвестное поле «{ $field }». Допустимые поля: { $expected }.
problem-unknown-variant = Недопустимое значение «{ $value }». Допустимые значения: { $expected }.
problem-wrong-type = Значение не того типа: { $found }, а нужно { $expected }.
problem-wrong-value = Недопустимое значение: { $found }, а нужно { $expected }.
problem-geojson-empty = Это не GeoJSON: файл пуст. Файл GeoJSON — это один объект JSON, например { "{" }"type": "FeatureCollection", "features": [...]{ "}" }.
problem-geojson-not-an-object = Это не GeoJSON: файл не начинается с «{ "{" }». Файл GeoJSON — это один объект JSON, например { "{" }"type": "FeatureCollection", "features": [...]{ "}" }.
problem-letters-undrawn = В тексте «{ $text }» есть буквы, которых нет ни в одном шрифте этого компьютера ({ $letters }): вместо них видны пустые квадраты. Установите шрифт для этого письма, например Noto Sans CJK для китайского, японского и корейского, и откройте маршрут снова.
problem-route-no-id = У маршрута нет идентификатора (id). Дайте ему короткое имя, например "lobito-corridor".
problem-route-no-title = У маршрута нет названия (title). Дайте ему название для показа.
problem-route-no-nodes = В маршруте нет ни одного узла и ни одной области. Добавьте хотя бы одно место.
problem-empty-id = Пустой идентификатор. Дайте каждой записи короткий неповторяющийся id, например "aktau".
problem-duplicate-id = Идентификатор «{ $id }» уже занят: { $list }[{ $first }]. Идентификаторы не должны повторяться.
problem-empty-text = { $what ->
        [node-name] Не указано название узла
        [layer-name] Не указано название слоя
        [quote-text] Не указан текст цитаты
        [quote-speaker] Не указано, кто это сказал
       *[slide-title] Не указан заголовок слайда
    }.
problem-latitude-off-globe = Широта { $lat } вне диапазона от -90 до 90 градусов.
problem-longitude-off-globe = Долгота { $lon } вне диапазона от -180 до 180 градусов.
problem-year-out-of-range = Год { $year } вне допустимого диапазона: укажите год от { $first } до { $last }.
problem-unknown-id-suggested = { $kind ->
        [node] Не найден узел
        [source] Не найден источник
        [layer] Не найден слой
        [quote] Не найдена цитата
       *[other] Не найден объект
    } «{ $id }» — может быть, «{ $suggestion }»?
problem-unknown-id = { $kind ->
        [node] Не найден узел «{ $id }». Добавьте узел
        [source] Не найден источник «{ $id }». Добавьте источник
        [layer] Не найден слой «{ $id }». Добавьте слой
        [quote] Не найдена цитата «{ $id }». Добавьте цитату
       *[other] Не найден объект «{ $id }». Добавьте объект
    } с таким id или исправьте ссылку.
problem-layer-colours-alike = Цвета слоёв «{ $first }» и «{ $second }» почти не различаются { $vision ->
        [protanopia] для людей с протанопией (без красных колбочек)
        [deuteranopia] для людей с дейтеранопией (без зелёных колбочек)
        [tritanopia] для людей с тританопией (без синих колбочек)
       *[other] даже при обычном зрении
    }. Выберите цвета, сильнее различающиеся и по светлоте, и по оттенку.
problem-bad-colour = Цвет «{ $color }» записан не в виде #rrggbb, например "{ $example }".
problem-area-no-polygons = У области нет многоугольников, она не будет нарисована.
problem-ring-too-short = Контуру нужно не меньше 3 точек, чтобы что-то ограничить, а в нём { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }.
problem-link-to-itself = Связь «{ $link }» начинается и заканчивается в «{ $node }» — её не будет видно.
problem-negative-value = Значение { $value } отрицательное, а поток может быть только нулём или больше.
problem-bounds-upside-down = Северная граница (north) должна лежать севернее южной (south).
problem-seconds-not-positive = Время показа (seconds) должно быть больше 0.
problem-disagreement-one-claim = В расхождении нужно хотя бы два утверждения, чтобы их сравнить.
problem-not-a-language-code = «{ $language }» — не код языка. Укажите двух- или трёхбуквенный код языка, например "en" или "ru".
problem-text-not-in-route-language = У текста { $text } нет варианта на языке маршрута «{ $language }», есть только на { $given }; вместо него показан текст на «{ $shown }». Добавьте к нему "{ $language }": "…" или измените "language" маршрута.
problem-language-coverage = Язык «{ $language }» охватывает { $covered } из { $total ->
        [one] { $total } текста
       *[other] { $total } текстов
    }; не хватает: { $listed }
problem-language-coverage-more = Язык «{ $language }» охватывает { $covered } из { $total ->
        [one] { $total } текста
       *[other] { $total } текстов
    }; не хватает: { $listed } и ещё { $more }
problem-more-errors-unlisted = Ещё { $count ->
        [one] { $count } похожая ошибка не показана
        [few] { $count } похожие ошибки не показаны
       *[many] { $count } похожих ошибок не показаны
    }: исправьте показанные и импортируйте файл снова.
problem-more-warnings-unlisted = Ещё { $count ->
        [one] { $count } похожее предупреждение не показано
        [few] { $count } похожих предупреждения не показаны
       *[many] { $count } похожих предупреждений не показаны
    }: исправьте показанные и импортируйте файл снова.
problem-geojson-no-features = В FeatureCollection нет списка "features". Добавьте "features": [...] с объектами.
problem-import-no-places = Показывать нечего: в файле нет ни точек, ни линий, ни многоугольников, а в маршруте должно быть хотя бы одно место или область. Добавьте точки (в GPX — путевые точки), линии (маршруты, треки) или многоугольники.
problem-import-areas-only = { $count ->
        [one] Найдена { $count } область
        [few] Найдены { $count } области
       *[many] Найдено { $count } областей
    } и ни одной точки или линии: на карте показаны области, а мест для выбора и потоков нет.
problem-kml-point-no-coordinates = У точки (Point) нет координат, она пропущена.
problem-csv-empty = Файл пуст. В файле CSV нужна строка заголовка с названиями столбцов.
problem-csv-missing-column = Нет столбца «{ $column }». В строке заголовка нужны { $needed }, а найдены { $found }.
problem-csv-missing-column-or = Нет столбца «{ $column }» (или { $others }). В строке заголовка нужны { $needed }, а найдены { $found }.
problem-flow-no-way = Никакая цепочка связей не соединяет «{ $from }» с «{ $to }», поэтому поток не будет нарисован. Перечислите связи в "links" или добавьте недостающие связи.
problem-flow-unknown-link = Не найдена связь «{ $link }».
problem-flow-link-broken = Связь «{ $link }» не продолжает путь от «{ $node }». Перечислите связи по порядку: от "from" к "to".
problem-flow-wrong-end = Цепочка связей заканчивается в «{ $end }», а не в «{ $to }».
problem-flow-no-way-over-modes = У значения слоя «{ $layer }» от «{ $from }» до «{ $to }» нет пути по связям видов этого слоя ({ $modes }): эти места соединены только связями других видов, поэтому поток не будет нарисован. Добавьте связи этих видов, перечислите связи в "links" или добавьте вид в "modes" слоя.
problem-flow-wrong-mode = Связь «{ $link }» относится к виду «{ $mode }», а слой «{ $layer }» идёт только по видам { $modes }. Перечислите связи этих видов или добавьте «{ $mode }» в "modes" слоя.
problem-period-unreadable = «{ $period }» — не период из месяцев. Запишите первый и последний месяц как ГГГГ-ММ/ГГГГ-ММ, например 2025-01/2025-08.
problem-period-backwards = Период «{ $period }» заканчивается раньше, чем начинается. Сначала укажите более ранний месяц.
problem-period-years = Период «{ $period }» захватывает больше одного года, а значение относится к одному году или его части.
problem-period-without-year = Значение относится к части года («{ $period }»), но поле "year" не задано. Добавьте "year": { $year }.
problem-period-other-year = Период «{ $period }» не входит в год значения ({ $year }). Согласуйте их.
problem-csv-role-unknown = Этот CSV не похож ни на таблицу мест (id,name,lat,lon), ни на таблицу потоков (origin,dest,count). Проверьте строку заголовка.
problem-csv-partner-missing = К этому CSV нужна { $wanted ->
        [flows] таблица потоков (origin,dest,count[,time])
       *[locations] таблица мест (id,name,lat,lon)
    }. Положите её рядом с этим файлом или откройте оба файла вместе.
problem-csv-partner-ambiguous = Рядом с этим CSV лежит несколько { $wanted ->
        [flows] таблиц потоков (origin,dest,count[,time])
       *[locations] таблиц мест (id,name,lat,lon)
    }: { $files }. Откройте нужные два файла вместе.
problem-csv-partner-not-utf8 = Рядом с этим CSV не нашлось { $wanted ->
        [flows] таблицы потоков (origin,dest,count[,time])
       *[locations] таблицы мест (id,name,lat,lon)
    }, а { $files } не удаётся прочитать: файл сохранён не в кодировке UTF-8. Сохраните его в UTF-8 (в Excel — «CSV UTF-8») или откройте оба файла вместе.
problem-csv-pair-roles = В паре CSV нужны одна таблица мест (id,name,lat,lon) и одна таблица потоков (origin,dest,count[,time]). Проверьте строки заголовка.
problem-loading-stopped = Загрузка неожиданно прервалась. Попробуйте открыть файл ещё раз.
problem-geojson-too-deep = JSON вложен слишком глубоко, чтобы его прочитать (больше 128 уровней). В GeoJSON столько уровней не бывает: файл повреждён или это не GeoJSON.
problem-geojson-collections-too-deep = Здесь GeometryCollection вложены друг в друга глубже { $depth ->
        [one] { $depth } уровня
        [few] { $depth } уровней
       *[many] { $depth } уровней
    }. Поместите геометрии в одну коллекцию или в отдельные объекты.
problem-geojson-unsupported-geometry = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: геометрия типа «{ $kind }» не поддерживается, объект пропущен. Поддерживаются Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon и GeometryCollection.
problem-geojson-latitude-off-globe = Точка [{ $lon }, { $lat }] лежит за пределами земного шара: широта { $lat } должна быть от -90 до 90.
problem-geojson-latitude-off-globe-swapped = Точка [{ $lon }, { $lat }] лежит за пределами земного шара: широта { $lat } должна быть от -90 до 90. Похоже, широта и долгота переставлены: в GeoJSON сначала идёт долгота.
problem-geojson-longitude-off-globe = Точка [{ $lon }, { $lat }] лежит за пределами земного шара: долгота { $lon } должна быть от -180 до 180.
problem-geojson-not-a-number = { $which ->
        [longitude] Долгота
       *[latitude] Широта
    } должна быть числом, а здесь { $found ->
        [number] число
        [text] текст
        [boolean] true или false
        [null] null
        [list] список
        [object] объект
        [positions] список точек
       *[position] одна точка
    }.
problem-geojson-position-too-short = Точке нужны долгота и широта, например [51.2, 43.6], а здесь { $count ->
        [one] { $count } число
        [few] { $count } числа
       *[many] { $count } чисел
    }.
problem-geojson-position-expected = Нужна точка [долгота, широта], а здесь { $found ->
        [number] число
        [text] текст
        [boolean] true или false
        [null] null
        [list] список
        [object] объект
        [positions] список точек
       *[position] одна точка
    }.
problem-geojson-list-expected = Нужен список { $what ->
        [positions] точек
        [lines] линий
        [polygons] многоугольников
       *[rings] контуров
    }, а здесь { $found ->
        [number] число
        [text] текст
        [boolean] true или false
        [null] null
        [list] список
        [object] объект
        [positions] список точек
       *[position] одна точка
    }.
problem-kmz-not-zip = Файл не читается как zip-архив ({ $error }). KMZ — это сжатый KML: сохраните его заново в программе, где он сделан, или откройте сам KML.
problem-kmz-empty = Архив KMZ пуст. Сохраните его заново в программе, где он сделан.
problem-kmz-no-kml = В KMZ нет файла .kml на верхнем уровне (в нём: { $files }). В KMZ файл doc.kml должен лежать рядом с папками: распакуйте архив и откройте KML из него.
problem-kmz-entry-unreadable = Файл { $entry } в архиве не распаковывается ({ $error }). Сохраните KMZ заново с обычным сжатием или распакуйте его другой программой и откройте KML.
problem-kmz-too-large = Файл { $entry } в архиве после распаковки занимает больше { $limit } байт — больше, чем может занимать файл маршрута. Этот KMZ повреждён или нарочно сделан так, чтобы переполнить память, поэтому он не открывается.
problem-kml-zipped = Это KMZ (сжатый KML), а не текст KML. Откройте его как файл .kmz — KML внутри него будет прочитан.
problem-kml-bad-xml = Здесь нарушена запись XML ({ $error }). KML должен быть правильным XML: проверьте теги в этом месте.
problem-kml-ends-early = Файл кончается раньше, чем закрыт этот элемент: не обрезан ли файл?
problem-kml-too-deep = Здесь элементы вложены друг в друга глубже { $depth ->
        [one] { $depth } уровня
        [few] { $depth } уровней
       *[many] { $depth } уровней
    }. Уменьшите вложенность папок и импортируйте файл снова.
problem-kml-not-a-position = «{ $tuple }» — не точка. Координаты в KML записываются как долгота,широта или долгота,широта,высота через пробел.
problem-kml-longitude-off-globe = Точка «{ $tuple }» лежит за пределами земного шара: долгота { $lon } должна быть от -180 до 180. В KML сначала идёт долгота.
problem-kml-latitude-off-globe = Точка «{ $tuple }» лежит за пределами земного шара: широта { $lat } должна быть от -90 до 90. В KML сначала идёт долгота.
problem-gpx-bad-xml = Здесь нарушена запись XML ({ $error }). GPX должен быть правильным XML: проверьте теги в этом месте.
problem-gpx-too-deep = Здесь элементы вложены друг в друга глубже { $depth ->
        [one] { $depth } уровня
        [few] { $depth } уровней
       *[many] { $depth } уровней
    }. GPX столько не нужно: файл повреждён.
problem-gpx-position-missing = У элемента <{ $element }> нет атрибута { $attribute }, а каждой точке GPX нужны lat и lon.
problem-gpx-position-not-a-number = Значение { $attribute } «{ $value }» — не число. В GPX координаты записываются как lat="43.6" lon="51.22", в градусах.
problem-gpx-line-too-short = В { $item } { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }, а линии нужно хотя бы две; она пропущена.
problem-csv-no-locations = В файле мест нет ни одного места. Добавьте строки с id, name, lat и lon.
problem-csv-unreadable-row = Эту строку не удаётся прочитать как CSV ({ $error }).
problem-csv-number-empty = В столбце «{ $column }» должно быть число, например 43.6, а ячейка пуста.
problem-csv-not-a-number = В столбце «{ $column }» должно быть число, например 43.6, а здесь «{ $text }».
problem-csv-no-name-column = Нет столбца «name», поэтому вместо названий мест показаны их id.
problem-csv-empty-id = Пустой id. Дайте каждому месту короткий неповторяющийся id.
problem-csv-duplicate-id = Id «{ $id }» уже занят в строке { $line }. У каждого места должен быть свой id.
problem-csv-location-no-name = У места «{ $id }» нет названия, вместо него показан id.
problem-csv-latitude-off-globe = Широта { $value } вне диапазона от -90 до 90 градусов.
problem-csv-latitude-off-globe-swapped = Широта { $value } вне диапазона от -90 до 90 градусов. Не перепутаны ли столбцы lat и lon?
problem-csv-longitude-off-globe = Долгота { $value } вне диапазона от -180 до 180 градусов.
problem-csv-no-time-column = Нет столбца «time», поэтому у потоков нет года: все они отнесены к { $year } году и показаны в слое с пометкой «без даты». Чтобы расположить потоки во времени, добавьте столбец «time» с годом или датой, например 2024-05-01.
problem-csv-flow-to-itself = Поток из места в то же самое место нельзя нарисовать линией, он пропущен.
problem-csv-location-empty = Столбец «{ $column }» пуст. Укажите id места.
problem-csv-unknown-location-suggested = { $column }: «{ $id }» — такого id нет в файле мест. Может быть, «{ $suggestion }»?
problem-csv-unknown-location = { $column }: «{ $id }» — такого id нет в файле мест. Добавьте его туда или исправьте id.
problem-csv-negative-count = { $column }: значение { $value } отрицательное, а поток может быть только нулём или больше.
problem-csv-count-not-a-number = { $column }: «{ $text }» — не число. Укажите поток обычным числом, например 120.
problem-csv-count-too-large = { $column }: число слишком велико — поток не может быть больше примерно 1,8e+308. Проверьте число.
problem-csv-sum-too-large = Если прибавить { $value } к { $sum }, уже набранным для потока из «{ $from }» в «{ $to }» за тот же год, получится больше наибольшего возможного числа (около 1,8e+308). Проверьте значения в этих строках.
problem-csv-not-a-year = { $column }: «{ $text }» — не год и не дата. Запишите как 2024 или 2024-05-01.
problem-csv-unknown-mode = { $what }: «{ $word }» — недопустимое значение (допустимы { $listed }). Связь потока импортирована как { $default }.
problem-csv-unknown-mode-suggested = { $what }: «{ $word }» — недопустимое значение (допустимы { $listed }). Может быть, «{ $suggestion }»? Связь потока импортирована как { $default }.
problem-import-unknown-word = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: в свойстве «{ $what }» недопустимое значение «{ $word }» (допустимы { $listed }). Вместо него взято «{ $default }».
problem-import-unknown-word-suggested = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: в свойстве «{ $what }» недопустимое значение «{ $word }» (допустимы { $listed }). Может быть, «{ $suggestion }»? Пока вместо него взято «{ $default }».
problem-import-not-a-word = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: в свойстве «{ $what }» { $found ->
        [text] «{ $value }»
        [number] число { $value }
        [boolean] true или false
        [null] null
        [list] список
       *[object] объект
    }, а нужно слово. Вместо этого взято «{ $default }».
problem-import-bad-colour = Цвет { $found ->
        [text] «{ $value }»
        [number] { $value }
        [boolean] true или false
        [null] null
        [list] (список)
       *[object] (объект)
    } записан не в виде #rrggbb, например "#c2410c". Область нарисована серым цветом по умолчанию.
problem-import-id-not-text = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: id задан как { $found ->
        [text] «{ $value }»
        [number] { $value }
        [boolean] true или false
        [null] null
        [list] список
       *[object] объект
    }, а должен быть текстом или числом. Id создан автоматически.
problem-import-id-taken = Id «{ $wanted }» уже занят { $prefix ->
        [node] узлом
        [link] связью
       *[area] областью
    } выше в файле, поэтому этот объект импортирован как «{ $id }». Если другие объекты ссылаются на него, дайте каждому объекту свой id.
problem-import-unknown-node-suggested = «{ $key }» ссылается на узел «{ $id }», но такой точки в файле нет. Может быть, «{ $suggestion }»?
problem-import-unknown-node = «{ $key }» ссылается на узел «{ $id }», но такой точки в файле нет. Укажите id точки из этого файла.
problem-import-unknown-node-unhinted = «{ $key }» ссылается на узел «{ $id }», но такой точки в файле нет.
problem-import-end-not-text = В «{ $key }» { $found ->
        [text] «{ $value }»
        [number] число { $value }
        [boolean] true или false
        [null] null
        [list] список
       *[object] объект
    }, а нужен id узла точки, записанный текстом.
problem-import-unnamed-points = { $count ->
        [1] У этой точки нет свойства «name», вместо названия показан её id.
       *[other] У этой точки и ещё у { $others } { $others ->
            [one] точки
           *[other] точек
        } нет свойства «name», вместо названий показаны их id.
    }
problem-import-value-not-a-number = { $found ->
        [text] Значение «{ $value }» — не число.
        [number] Значение { $value } — не число.
        [boolean] Значение задано как true или false, а не числом.
        [null] Значение задано как null, а не числом.
        [list] Значение задано списком, а не числом.
       *[object] Значение задано объектом, а не числом.
    } Укажите количество обычным числом, например 4.5, а единицу измерения — в отдельном свойстве «unit».
problem-import-not-a-year = { $found ->
        [text] Год «{ $value }» — не целый год.
        [number] Год { $value } — не целый год.
        [boolean] Год задан как true или false, а не целым числом.
        [null] Год задан как null, а не целым числом.
        [list] Год задан списком, а не целым числом.
       *[object] Год задан объектом, а не целым числом.
    } Укажите его числом, например 2024.
problem-import-value-on-point = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    } — это точка, а значения потоков относятся к линиям, поэтому значение пропущено.
problem-import-year-without-value = Год без значения («value») ничего не показывает, он пропущен.
problem-import-value-without-year = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: есть значение, но нет года («year»). Добавьте свойство «year», например 2024.
problem-import-unit-differs = Единица «{ $unit }» отличается от единицы «{ $shown }» слоя «{ $layer }», заданной одним из объектов выше, и значение показано в «{ $shown }». Значения в других единицах поместите в отдельный слой с помощью свойства «layer».
problem-geojson-topojson = Это TopoJSON, а не GeoJSON. Сначала преобразуйте его, например с помощью topo2geo или mapshaper.
problem-geojson-wrong-type = Это не GeoJSON: { $found ->
        [missing] нет поля "type"
        [text] "type" равен «{ $value }»
        [number] "type" равен { $value }
        [boolean] "type" задан как true или false
        [null] "type" равен null
        [list] "type" задан списком
       *[object] "type" задан объектом
    }, а в GeoJSON это "FeatureCollection", "Feature" или тип геометрии, например "Point".
problem-geojson-properties-not-object = Свойства (properties) заданы как { $found ->
        [number] число
        [text] текст
        [boolean] true или false
        [null] null
        [list] список
       *[object] объект
    }, а не как объект с названиями и значениями, поэтому они не учтены.
problem-geojson-no-geometry = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: нет геометрии, так что на карте его нечем показать; объект пропущен.
problem-geojson-geometry-type-not-text = "type" геометрии { $found ->
        [text] равен «{ $value }»
        [number] равен { $value }
        [boolean] задан как true или false
        [null] равен null
        [list] задан списком
       *[object] задан объектом
    }, а должен быть текстом, например "Point".
problem-geojson-geometry-no-type = У геометрии нет "type". Добавьте его, например "type": "Point".
problem-geojson-no-coordinates = У геометрии { $kind } нет "coordinates". Добавьте координаты или удалите геометрию.
problem-geojson-empty-geometry = { $record ->
        [feature-named] Объект «{ $name }»
        [placemark-named] Метка «{ $name }»
        [feature-at] Объект в { $name }
        [label] { $name }
       *[feature] Объект
    }: геометрия { $kind } пуста; объект пропущен.
problem-geojson-no-geometries = У GeometryCollection нет списка "geometries". Добавьте его или удалите геометрию.
problem-geojson-line-too-short = Линии нужны хотя бы две точки, а здесь { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }; линия пропущена.
problem-geojson-ring-too-short = { $ring ->
        [outer] Во внешнем контуре многоугольника
       *[hole] В вырезе
    } { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }, а контуру нужно хотя бы три; контур пропущен.
problem-kml-unsupported = Элемент <{ $element }> пропущен: { $why ->
        [track] треки не импортируются.
        [model] 3D-модели не импортируются.
        [image-overlay] наложенные изображения не импортируются.
        [photo-overlay] наложенные фотографии не импортируются.
       *[network-link] то, что он загружает из другого места, не импортируется. Откройте тот файл.
    }
problem-kml-unsupported-in-placemark = Элемент <{ $element }> в { $placemark } пропущен: { $why ->
        [track] треки не импортируются.
        [model] 3D-модели не импортируются.
        [image-overlay] наложенные изображения не импортируются.
        [photo-overlay] наложенные фотографии не импортируются.
       *[network-link] то, что он загружает из другого места, не импортируется. Откройте тот файл.
    }
problem-kml-polygon-no-outer-ring = У многоугольника (Polygon) в { $placemark } нет внешнего контура outerBoundaryIs; он пропущен.
problem-kml-placemark-no-geometry = В { $placemark } нет ни Point, ни LineString, ни Polygon, которые можно показать на карте; метка пропущена.
problem-kml-line-too-short = Линии (LineString) нужны хотя бы две точки, а здесь { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }; линия пропущена.
problem-kml-ring-too-short = В контуре { $count ->
        [one] { $count } точка
        [few] { $count } точки
       *[many] { $count } точек
    }, а контуру нужно хотя бы три; контур пропущен.

## Table view
table-places = Места
table-links = Пути сообщения
table-flows = Значения потоков
table-name = Название
table-kind = Тип
table-country = Страна
table-latitude = Широта
table-longitude = Долгота
table-quotes = Цитаты
table-figures = Цифры
table-mode = Вид транспорта
table-status = Состояние
table-from = Откуда
table-to = Куда
table-length-km = Длина, км
table-layer = Слой
table-year = Год
table-amount = Величина
table-unit = Единица
table-value-kind = Вид значения
table-source = Источник
table-sort = Сортировать по столбцу «{ $column }»
    .tooltip = Упорядочить строки по этому столбцу; ещё раз — в обратном порядке
table-copy = Копировать как CSV
    .tooltip = Скопировать таблицу в показанном порядке, для электронной таблицы
table-copied = { $rows ->
        [one] Скопирована { $rows } строка
        [few] Скопированы { $rows } строки
       *[many] Скопировано { $rows } строк
    }

# Что слышит пользователь программы чтения с экрана о связях и потоках на карте, о новом выборе и новом слайде.
a11y-named = { $name }, { $about }
a11y-link-about = { $mode }, { $status }
a11y-flow-on-link = { $layer }: { $value }
a11y-link-with-flows = { $about }; { $flows }
a11y-flow-name = { $layer } на участке { $link }
a11y-map-links = Участки маршрута на карте
a11y-map-flows = Потоки на карте
a11y-selected = Выбрано: { $what }
a11y-nothing-selected = Ничего не выбрано
a11y-slide = { $slide }: { $title }
a11y-map = Карта: { $route }
a11y-map-help = Tab и Shift+Tab переходят по местам с запада на восток, Enter выбирает место; стрелки сдвигают карту, плюс и минус меняют масштаб.
a11y-flow-about = { $value }. { $source }
a11y-value-nearest = { $missing } { $nearest }
