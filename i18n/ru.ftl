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

## Счёт

quotes-count = { $count ->
        [one] { $count } цитата
        [few] { $count } цитаты
       *[many] { $count } цитат
    }

## Команды: название в меню и на кнопках и подсказка

command-open-file = Открыть маршрут…
    .tooltip = Открыть файл маршрута, GeoJSON, KML или пару CSV: места и потоки
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

## Меню и строка над картой

menu-file = Файл
menu-open-recent = Недавние
menu-open-recent-none = Файлы ещё не открывались
menu-open-recent-clear = Очистить список
menu-file-edited = { $file } (изменён)
menu-edit = Правка
menu-view = Вид
menu-language = Язык
    .tooltip = Язык меню, панелей, карты и слайдов; запоминается
menu-present = Презентация
menu-talk-language = Язык доклада
    .tooltip = Язык слайдов, независимо от языка интерфейса: доклад на русском из английского интерфейса
menu-talk-language-same = Как у интерфейса
menu-autoplay-seconds = Автопоказ: секунд на слайд
menu-help = Справка

## Панели, слои, шкала лет и подсказки

panel-node-kind = { $kind ->
        [port] Морской порт
        [rail-junction] Железнодорожный узел
        [border-crossing] Пограничный переход
        [city] Город
        [terminal] Нефтяной терминал
       *[place] Пункт
    }
panel-link-mode = { $mode ->
        [rail] Железная дорога
        [sea-ferry] Морской паром
        [pipeline] Трубопровод
        [subsea-cable] Подводный кабель
        [road] Автодорога
       *[power] ЛЭП
    }
panel-link-status = { $status ->
        [operating] Действует
        [under-construction] Строится
       *[planned] Планируется
    }
panel-link-line = { $status ->
        [operating] сплошная линия
        [under-construction] штриховая линия
       *[planned] пунктирная линия
    }
panel-value-kind = { $kind ->
        [actual] факт
        [estimate] оценка
       *[plan] план или цель
    }
panel-value = { $amount } в { $year } г. ({ $kind })
panel-value-no-amount = { $kind }, { $year } г.
panel-figures-count = { $count ->
        [one] { $count } цифра
        [few] { $count } цифры
       *[many] { $count } цифр
    }
panel-outlet-not-named = издание не указано
panel-source-unknown = источник { $id }
panel-source = Источник: { $source }
panel-quote-source = Источник: { $source } · сказано { $date }
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
panel-chart-key = Закрашенные — факт · пустые — план или цель
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
panel-source-counts = { $quotes } и { $figures } в этом маршруте
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
tooltip-nearest = Ближайшее: { $value }
tooltip-flow-chart = Нажмите, чтобы открыть график участка

timeline-play = ▶ Пуск
timeline-pause = Пауза
timeline-year = Год
timeline-speed = Скорость
timeline-seconds-per-year = { $seconds } с на год

layers-title = Слои потоков
layers-opacity = непрозрачность
layers-opacity-of = Непрозрачность слоя «{ $layer }»
layers-raise = Поднять слой «{ $layer }» над соседним
layers-lower = Опустить слой «{ $layer }» под соседний
layers-legend = Легенда

## Слайды, легенда, подписи и рисунки

## Презентация и режим докладчика

## Окна, диалоги и строка состояния

## Ошибки, показываемые в приложении
