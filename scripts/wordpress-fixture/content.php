<?php
// Installs a throwaway WordPress site and fills it, through WordPress's own PHP API, with fictional
// news content covering every construct Byline's importer maps; then prints WordPress's own export
// (export_wp) to stdout. Called by make-fixture.sh with WP_DIR naming a configured WordPress copy.

define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = 'news.example.org';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_NAME'] = 'news.example.org';
$_SERVER['REQUEST_METHOD'] = 'GET';

$wp_dir = getenv('WP_DIR');
require_once $wp_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

// Nothing leaves the machine (oEmbed discovery, update checks).
add_filter('pre_http_request', function () {
    return new WP_Error('offline', 'The fixture is made offline.');
});
// Two intermediate sizes keep the fixture small while still exercising size-suffixed URLs.
add_filter('intermediate_image_sizes_advanced', function ($sizes) {
    return array_intersect_key($sizes, ['thumbnail' => 1, 'medium' => 1]);
});
add_filter('pre_wp_mail', '__return_false');
add_filter('big_image_size_threshold', '__return_false');

function fail($message) {
    fwrite(STDERR, "make-fixture: $message\n");
    exit(1);
}
function check($value, $what) {
    if (is_wp_error($value)) fail("$what: " . $value->get_error_message());
    if (!$value) fail("$what failed");
    return $value;
}

$install = wp_install('The Riverton Ledger', 'ledgeradmin', 'admin@news.example.org', true, '', 'fixture-admin-password');
$admin_id = $install['user_id'];
wp_set_current_user($admin_id);
update_option('blogdescription', 'News from the river towns');
// Through $wp_rewrite, so pages get their pretty permalinks (/about/, /about/staff/) in the export too.
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%year%/%monthnum%/%day%/%postname%/');
update_option('timezone_string', 'UTC');
update_option('gmt_offset', 0);
wp_update_user(['ID' => $admin_id, 'display_name' => 'Ledger Desk', 'first_name' => 'Ledger', 'last_name' => 'Desk']);

// ------------------------------------------------------------------ authors
$maria = check(wp_insert_user([
    'user_login' => 'mhollis', 'user_email' => 'maria.hollis@news.example.org', 'user_pass' => wp_generate_password(),
    'display_name' => 'Maria Hollis', 'first_name' => 'Maria', 'last_name' => 'Hollis', 'role' => 'author',
    'user_nicename' => 'maria-hollis', 'description' => 'Maria Hollis covers city hall and the river authority.',
]), 'user mhollis');
$tomas = check(wp_insert_user([
    'user_login' => 'tbrandt', 'user_email' => 'tomas.brandt@news.example.org', 'user_pass' => wp_generate_password(),
    'display_name' => 'Tomás Brandt', 'first_name' => 'Tomás', 'last_name' => 'Brandt', 'role' => 'editor',
    'description' => 'Tomás Brandt edits the sports and weather pages.',
]), 'user tbrandt');
// An author without a display name: WordPress falls back to the login.
$nameless = check(wp_insert_user([
    'user_login' => 'stringer42', 'user_email' => 'stringer42@news.example.org', 'user_pass' => wp_generate_password(),
    'display_name' => '', 'role' => 'contributor',
]), 'user stringer42');
global $wpdb;
$wpdb->update($wpdb->users, ['display_name' => ''], ['ID' => $nameless]);
clean_user_cache($nameless);

// ------------------------------------------------------------------ categories and tags
$cat_city = check(wp_insert_term('City Hall', 'category', ['slug' => 'city-hall', 'description' => 'Council votes, budgets and the mayor\'s office.']), 'category')['term_id'];
$cat_weather = check(wp_insert_term('Weather', 'category', ['slug' => 'weather', 'description' => 'Forecasts and storms.']), 'category')['term_id'];
$cat_river = check(wp_insert_term('River', 'category', ['slug' => 'river', 'parent' => $cat_city, 'description' => 'The river authority and the locks.']), 'category')['term_id'];
$cat_sport = check(wp_insert_term('Sport', 'category', ['slug' => 'sport']), 'category')['term_id'];
// A tag with the same name as a category ("Weather"): Byline merges them into one tag.
$tag_weather = check(wp_insert_term('Weather', 'post_tag', ['slug' => 'weather-2', 'description' => 'Anything about the weather.']), 'tag')['term_id'];
$tag_budget = check(wp_insert_term('Budget', 'post_tag', ['slug' => 'budget', 'description' => 'Money matters.']), 'tag')['term_id'];
$tag_ferry = check(wp_insert_term('Ferry', 'post_tag', ['slug' => 'ferry']), 'tag')['term_id'];

// ------------------------------------------------------------------ images, drawn locally with GD
function make_image($name, $width, $height, $rgb, $label) {
    $im = imagecreatetruecolor($width, $height);
    $bg = imagecolorallocate($im, $rgb[0], $rgb[1], $rgb[2]);
    imagefilledrectangle($im, 0, 0, $width, $height, $bg);
    $fg = imagecolorallocate($im, 255, 255, 255);
    for ($i = 0; $i < 6; $i++) {
        imagefilledellipse($im, (int) ($width * ($i + 1) / 7), (int) ($height / 2), (int) ($height / 3), (int) ($height / 3), $fg);
    }
    imagestring($im, 5, 12, 12, $label, $fg);
    $upload = wp_upload_dir('2024/03');
    wp_mkdir_p($upload['path']);
    $file = $upload['path'] . '/' . $name;
    imagejpeg($im, $file, 70);
    imagedestroy($im);
    return $file;
}
function add_image($parent, $name, $rgb, $title, $alt, $caption, $description) {
    $file = make_image($name, 800, 500, $rgb, $title);
    $id = check(wp_insert_attachment([
        'post_mime_type' => 'image/jpeg', 'post_title' => $title, 'post_excerpt' => $caption,
        'post_content' => $description, 'post_status' => 'inherit', 'post_date' => '2024-03-10 09:00:00',
    ], $file, $parent, true), "attachment $name");
    wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
    update_post_meta($id, '_wp_attachment_image_alt', $alt);
    return $id;
}

// ------------------------------------------------------------------ posts
function post($fields) {
    $defaults = ['post_type' => 'post', 'post_status' => 'publish', 'comment_status' => 'open'];
    return check(wp_insert_post(array_merge($defaults, $fields), true), 'post ' . ($fields['post_name'] ?? $fields['post_title']));
}

// Gutenberg post with every core block the importer maps; its images are attached afterwards.
$flood_id = post([
    'post_title' => 'River authority opens the east locks after record rain',
    'post_name' => 'river-authority-opens-east-locks',
    'post_author' => $maria, 'post_date' => '2024-03-12 07:45:00', 'post_date_gmt' => '2024-03-12 07:45:00',
    'post_excerpt' => 'The east locks opened for the first time in a decade as the river rose.',
    'post_category' => [$cat_river, $cat_weather], 'tags_input' => ['Weather', 'Ferry'],
    'post_content' => '',
]);
$lock_img = add_image($flood_id, 'east-locks.jpg', [30, 90, 140], 'East locks', 'Water pours through the open east locks', 'The east locks at dawn on Tuesday.', 'Photo by the river authority.');
$bank_img = add_image($flood_id, 'river-bank.jpg', [40, 120, 80], 'River bank', 'Sandbags along the river bank', 'Volunteers filled 4,000 sandbags.', '');
$ferry_img = add_image($flood_id, 'ferry-dock.jpg', [150, 90, 40], 'Ferry dock', 'The ferry moored at the closed dock', 'The ferry stayed in port.', '');
$lock_url = wp_get_attachment_url($lock_img);
$lock_medium = wp_get_attachment_image_src($lock_img, 'medium')[0];
$bank_url = wp_get_attachment_url($bank_img);
$ferry_url = wp_get_attachment_url($ferry_img);

$gutenberg = <<<HTML
<!-- wp:paragraph -->
<p>The river authority opened the <strong>east locks</strong> on Tuesday morning, the first time since 2014, after <em>three days</em> of record rain. Officials called it a <s>precaution</s> necessity and published the <a href="https://news.example.org/2024/03/11/rain-warning/">warning issued on Monday</a>. The gauge code is <code>RV-EAST-7</code>.</p>
<!-- /wp:paragraph -->

<!-- wp:heading -->
<h2 class="wp-block-heading">What happened overnight</h2>
<!-- /wp:heading -->

<!-- wp:image {"id":$lock_img,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="$lock_url" alt="Water pours through the open east locks" class="wp-image-$lock_img"/><figcaption class="wp-element-caption">The east locks at dawn on Tuesday. Photo: River Authority</figcaption></figure>
<!-- /wp:image -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Streets closed</h3>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>Quay Street, from the bridge to the market</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Mill Lane<!-- wp:list -->
<ul><!-- wp:list-item -->
<li>north end only</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list --></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:heading {"level":4} -->
<h4 class="wp-block-heading">What to do</h4>
<!-- /wp:heading -->

<!-- wp:list {"ordered":true} -->
<ol><!-- wp:list-item -->
<li>Move cars off the quay.</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Check on neighbours.</li>
<!-- /wp:list-item --></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>We would rather open the locks a day early than a day late.</p>
<!-- /wp:paragraph --><cite>Ana Ferreira, river authority director</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:pullquote -->
<figure class="wp-block-pullquote"><blockquote><p>The river has never been this high in March.</p><cite>The harbour master</cite></blockquote></figure>
<!-- /wp:pullquote -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":$bank_img,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="$bank_url" alt="Sandbags along the river bank" class="wp-image-$bank_img"/><figcaption class="wp-element-caption">Volunteers filled 4,000 sandbags.</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {"id":$ferry_img,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="$ferry_url" alt="The ferry moored at the closed dock" class="wp-image-$ferry_img"/></figure>
<!-- /wp:image --></figure>
<!-- /wp:gallery -->

<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
https://www.youtube.com/watch?v=dQw4w9WgXcQ
</div><figcaption class="wp-element-caption">Drone footage of the locks.</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:embed {"url":"https://x.com/example/status/1767000000000000000","type":"rich","providerNameSlug":"twitter","responsive":true} -->
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
https://x.com/example/status/1767000000000000000
</div></figure>
<!-- /wp:embed -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Gauge</th><th>Level (m)</th></tr></thead><tbody><tr><td>East</td><td>6.2</td></tr><tr><td>West</td><td>5.8</td></tr></tbody></table><figcaption class="wp-element-caption">Levels at 6 a.m.</figcaption></figure>
<!-- /wp:table -->

<!-- wp:code -->
<pre class="wp-block-code"><code>level &gt; 6.0 → open east locks</code></pre>
<!-- /wp:code -->

<!-- wp:riverton/tide-chart {"station":"east"} -->
<div class="wp-block-riverton-tide-chart">Tide chart for the east station</div>
<!-- /wp:riverton/tide-chart -->

<!-- wp:paragraph -->
<p>A smaller copy of the lock photo: <a href="$lock_medium">medium size</a>.</p>
<!-- /wp:paragraph -->
HTML;
check(wp_update_post(['ID' => $flood_id, 'post_content' => $gutenberg], true), 'update flood post');
set_post_thumbnail($flood_id, $lock_img);
add_post_meta($flood_id, '_wp_old_slug', 'east-locks-open');
add_post_meta($flood_id, '_wp_old_slug', 'locks-open-after-rain');
stick_post($flood_id);

// Classic-editor post: blank lines make paragraphs (wpautop), [caption] and [gallery] shortcodes.
$council_id = post([
    'post_title' => 'Council passes a smaller budget after a long night',
    'post_name' => 'council-passes-smaller-budget',
    'post_author' => $tomas, 'post_date' => '2024-03-08 22:10:00', 'post_date_gmt' => '2024-03-08 22:10:00',
    'post_category' => [$cat_city], 'tags_input' => ['Budget'], 'post_content' => '',
]);
$hall_img = add_image($council_id, 'council-hall.jpg', [110, 40, 60], 'Council hall', 'Councillors at the long table', 'The vote came at 1 a.m.', '');
$hall_medium = wp_get_attachment_image_src($hall_img, 'medium');
$classic = "The council passed the budget by <strong>seven votes to four</strong> after a debate that ran past midnight.\n\n"
    . "[caption id=\"attachment_$hall_img\" align=\"aligncenter\" width=\"300\"]<img class=\"size-medium wp-image-$hall_img\" src=\"{$hall_medium[0]}\" alt=\"Councillors at the long table\" width=\"{$hall_medium[1]}\" height=\"{$hall_medium[2]}\" /> The vote came at 1 a.m.[/caption]\n\n"
    . "Spending falls by <em>four per cent</em>; the <del>library</del> pool closure was dropped.\nThe mayor said:\n\n"
    . "<blockquote>It is a budget we can live with.</blockquote>\n\n"
    . "Photos from the night:\n\n"
    . "[gallery ids=\"$hall_img,$lock_img\" columns=\"2\"]\n\n"
    . "Read the <a href=\"https://example.org/budget.pdf\">full budget</a> or type <code>budget 2024</code> into the archive search.\n\n"
    . "<h3>Next steps</h3>\n\n"
    . "<ul>\n<li>A second reading in April</li>\n<li>Public hearings</li>\n</ul>\n\n"
    . "[audio src=\"https://example.org/council.mp3\"]";
check(wp_update_post(['ID' => $council_id, 'post_content' => $classic], true), 'update council post');
set_post_thumbnail($council_id, $hall_img);

post([
    'post_title' => 'Ferry timetable changes for spring',
    'post_name' => 'ferry-timetable-spring',
    'post_author' => $nameless, 'post_date' => '2024-02-20 12:00:00', 'post_date_gmt' => '2024-02-20 12:00:00',
    'post_category' => [$cat_river], 'tags_input' => ['Ferry'],
    'post_content' => "<!-- wp:paragraph -->\n<p>The ferry runs every 40 minutes from 1 April.</p>\n<!-- /wp:paragraph -->",
]);
post([
    'post_title' => 'Under-14s reach the county final',
    'post_name' => 'under-14s-county-final',
    'post_author' => $tomas, 'post_date' => '2024-01-15 18:30:00', 'post_date_gmt' => '2024-01-15 18:30:00',
    'post_category' => [$cat_sport],
    'post_content' => "The under-14s won 3-1 on Saturday.\n\nThe final is on 2 February.",
]);

// Unpublished statuses: none of these may reach a reader.
post(['post_title' => 'Draft: harbour dredging plans', 'post_name' => 'harbour-dredging-draft', 'post_status' => 'draft',
    'post_author' => $maria, 'post_date' => '2024-03-01 10:00:00', 'post_date_gmt' => '2024-03-01 10:00:00',
    'post_category' => [$cat_river], 'post_content' => "<!-- wp:paragraph -->\n<p>Secret draft text about dredging.</p>\n<!-- /wp:paragraph -->"]);
post(['post_title' => 'Pending: school roof repairs', 'post_name' => 'school-roof-pending', 'post_status' => 'pending',
    'post_author' => $nameless, 'post_date' => '2024-03-02 10:00:00', 'post_date_gmt' => '2024-03-02 10:00:00',
    'post_category' => [$cat_city], 'post_content' => 'Pending text about the school roof.']);
post(['post_title' => 'Scheduled: spring fair opens', 'post_name' => 'spring-fair-opens', 'post_status' => 'future',
    'post_author' => $maria, 'post_date' => '2031-04-01 09:00:00', 'post_date_gmt' => '2031-04-01 09:00:00',
    'post_category' => [$cat_city], 'post_content' => 'Scheduled text about the spring fair.']);
post(['post_title' => 'Private: staff rota', 'post_name' => 'staff-rota-private', 'post_status' => 'private',
    'post_author' => $tomas, 'post_date' => '2024-03-03 10:00:00', 'post_date_gmt' => '2024-03-03 10:00:00',
    'post_content' => 'Private text about the rota.']);
$trashed = post(['post_title' => 'Trashed: old storm warning', 'post_name' => 'old-storm-warning', 'post_status' => 'publish',
    'post_author' => $tomas, 'post_date' => '2024-03-04 10:00:00', 'post_date_gmt' => '2024-03-04 10:00:00',
    'post_category' => [$cat_weather], 'post_content' => 'Trashed text about an old storm.']);
wp_trash_post($trashed);

// Pages.
$about_id = post(['post_type' => 'page', 'post_title' => 'About us', 'post_name' => 'about', 'post_author' => $admin_id,
    'post_date' => '2023-06-01 09:00:00', 'post_date_gmt' => '2023-06-01 09:00:00',
    'post_content' => "<!-- wp:paragraph -->\n<p>The Riverton Ledger has covered the river towns since 1921.</p>\n<!-- /wp:paragraph -->"]);
post(['post_type' => 'page', 'post_title' => 'Corrections policy', 'post_name' => 'corrections-policy', 'post_author' => $admin_id,
    'post_date' => '2023-06-01 09:05:00', 'post_date_gmt' => '2023-06-01 09:05:00',
    'post_content' => "We correct errors promptly.\n\nWrite to the desk."]);
// A child page: its permalink is /about/staff/, which must redirect to its Byline page.
post(['post_type' => 'page', 'post_title' => 'Our newsroom staff', 'post_name' => 'staff', 'post_parent' => $about_id,
    'post_author' => $admin_id, 'menu_order' => 1, 'post_date' => '2023-06-02 09:00:00', 'post_date_gmt' => '2023-06-02 09:00:00',
    'post_content' => "<!-- wp:paragraph -->\n<p>Five reporters and two editors work from the Mill Street office.</p>\n<!-- /wp:paragraph -->\n\n[contact-form-7 id=\"12\" title=\"Staff\"]"]);
post(['post_type' => 'page', 'post_title' => 'Advertising rates (draft)', 'post_name' => 'advertising', 'post_status' => 'draft',
    'post_author' => $admin_id, 'post_date' => '2023-06-03 09:00:00', 'post_date_gmt' => '2023-06-03 09:00:00',
    'post_content' => 'Secret draft page text about rates.']);

// Comments: counted by the importer, not imported.
foreach ([$flood_id, $flood_id, $council_id] as $i => $post_id) {
    check(wp_insert_comment([
        'comment_post_ID' => $post_id, 'comment_author' => "Reader $i", 'comment_author_email' => "reader$i@example.net",
        'comment_content' => "Thanks for the update ($i).", 'comment_approved' => 1, 'comment_date' => '2024-03-12 12:00:00',
        'comment_date_gmt' => '2024-03-12 12:00:00',
    ]), 'comment');
}

ob_start();
export_wp(['content' => 'all']);
$xml = ob_get_clean();
if (strpos($xml, '<rss') === false) fail('the exporter wrote no WXR');
fwrite(STDOUT, $xml);
