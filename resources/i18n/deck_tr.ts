<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr">
<context>
    <name>AccountPage</name>
    <message>
        <source>{service} server address</source>
        <translation>{service} sunucu adresi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı dene</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>Anahtarı unut</translation>
    </message>
    <message>
        <source>Forget app</source>
        <translation>Uygulamayı unut</translation>
    </message>
    <message>
        <source>Remove what Deck keeps for {service} from your keychain</source>
        <translation>Deck'in {service} için sakladıklarını anahtar zincirinizden kaldırın</translation>
    </message>
    <message>
        <source>Create an app in your account's developer settings.</source>
        <translation>Hesabınızın geliştirici ayarlarında bir uygulama oluşturun.</translation>
    </message>
    <message>
        <source>Create it at {link}, then paste its client ID and secret above.</source>
        <translation>{link} adresinde oluşturun, sonra istemci kimliğini ve gizli anahtarını yukarıya yapıştırın.</translation>
    </message>
    <message>
        <source>Create it at {link}, then paste its client ID above.</source>
        <translation>{link} adresinde oluşturun, sonra istemci kimliğini yukarıya yapıştırın.</translation>
    </message>
    <message>
        <source>Then paste its client ID and secret above.</source>
        <translation>Sonra istemci kimliğini ve gizli anahtarını yukarıya yapıştırın.</translation>
    </message>
    <message>
        <source>Then paste its client ID above.</source>
        <translation>Sonra istemci kimliğini yukarıya yapıştırın.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your own app.&lt;/b&gt; {steps} {paste}</source>
        <translation>&lt;b&gt;Kendi uygulamanız.&lt;/b&gt; {steps} {paste}</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Kaydedilecek yönlendirme URI'si</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Yönlendirme URI'si</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Deck may do&lt;/b&gt; (asked for when you sign in):</source>
        <translation>&lt;b&gt;Deck'in yapabilecekleri&lt;/b&gt; (giriş yaparken sorulur):</translation>
    </message>
    <message>
        <source>Permission “{scope}”</source>
        <translation>“{scope}” izni</translation>
    </message>
    <message>
        <source>Deck asks for: {names}.</source>
        <translation>Deck şunları istiyor: {names}.</translation>
    </message>
    <message>
        <source>Sign in with {service}</source>
        <translation>{service} ile giriş yap</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Çıkış yap</translation>
    </message>
    <message>
        <source>Allow at least one thing</source>
        <translation>En az bir şeye izin verin</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; on {platform}</source>
        <translation>{platform} üzerinde &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · this sign-in ends {time} (renewed before then)</source>
        <translation> · bu giriş {time} tarihinde sona erer (ondan önce yenilenir)</translation>
    </message>
    <message>
        <source>Not allowed: {what}.</source>
        <translation>İzin verilmeyenler: {what}.</translation>
    </message>
    <message>
        <source>Allowed everything Deck asks for.</source>
        <translation>Deck'in istediği her şeye izin verildi.</translation>
    </message>
    <message>
        <source>● {title} is in your channel</source>
        <translation>● {title} kanalınızda</translation>
    </message>
    <message>
        <source>○ {title} is not in your channel</source>
        <translation>○ {title} kanalınızda değil</translation>
    </message>
    <message>
        <source>Make it leave</source>
        <translation>Ayrılmasını sağla</translation>
    </message>
    <message>
        <source>Bring {title} in</source>
        <translation>{title} botunu getir</translation>
    </message>
    <message>
        <source>Make {title} leave your channel? It stops answering commands, running timers and filtering chat until it is brought back.</source>
        <translation>{title} kanalınızdan ayrılsın mı? Geri getirilene kadar komutları yanıtlamayı, zamanlayıcıları çalıştırmayı ve sohbeti süzmeyi bırakır.</translation>
    </message>
    <message>
        <source>kept in memory for this session</source>
        <translation>bu oturum için bellekte tutuluyor</translation>
    </message>
    <message>
        <source>stored in your keychain</source>
        <translation>anahtar zincirinizde saklanıyor</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>henüz denetlenmedi</translation>
    </message>
    <message>
        <source> · token valid until {time}</source>
        <translation> · belirteç {time} tarihine kadar geçerli</translation>
    </message>
    <message numerus="yes">
        <source> · %n permission(s) granted</source>
        <translation>
            <numerusform> · %n izin verildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Granted: </source>
        <translation>Verilen izinler: </translation>
    </message>
    <message>
        <source>Sign in again with {service}</source>
        <translation>{service} ile yeniden giriş yap</translation>
    </message>
    <message>
        <source>Enter your {label} first.</source>
        <translation>Önce {label} girin.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Deneniyor…</translation>
    </message>
    <message>
        <source> · token details unavailable ({error})</source>
        <translation> · belirteç ayrıntıları alınamadı ({error})</translation>
    </message>
    <message>
        <source> · token scopes: {scopes}</source>
        <translation> · belirteç izinleri: {scopes}</translation>
    </message>
    <message>
        <source>app registration and sign-in</source>
        <translation>uygulama kaydını ve girişini</translation>
    </message>
    <message>
        <source>key</source>
        <translation>anahtarı</translation>
    </message>
    <message>
        <source>Remove the saved {title} {what} from this computer?</source>
        <translation>Kayıtlı {title} {what} bu bilgisayardan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Unut</translation>
    </message>
    <message>
        <source>{title} shows as not connected until you add it again.</source>
        <translation>{title}, yeniden ekleyene kadar bağlı değil olarak görünür.</translation>
    </message>
    <message>
        <source>Key removed.</source>
        <translation>Anahtar kaldırıldı.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Kaldırıldı.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Oluşturuluyor…</translation>
    </message>
    <message>
        <source>✗ {title} answered without a {credential}.</source>
        <translation>✗ {title} yanıtında {credential} yoktu.</translation>
    </message>
    <message>
        <source>✓ Created and kept in your keychain.</source>
        <translation>✓ Oluşturuldu ve anahtar zincirinizde saklandı.</translation>
    </message>
    <message>
        <source>Waiting for your browser… finish signing in there.</source>
        <translation>Tarayıcınız bekleniyor… girişi orada tamamlayın.</translation>
    </message>
    <message>
        <source>✓ Signed in to {title}</source>
        <translation>✓ {title} hesabına giriş yapıldı</translation>
    </message>
    <message>
        <source> (scopes: {scope})</source>
        <translation> (kapsamlar: {scope})</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Çıkış yapılıyor…</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>{service} is at a plain http:// address on {host}: your key travels unencrypted and anyone on the network can read it. Use https:// if the server offers it.</source>
        <translation>{service}, {host} üzerinde düz bir http:// adresinde: anahtarınız şifrelenmeden gider ve ağdaki herkes okuyabilir. Sunucu sunuyorsa https:// kullanın.</translation>
    </message>
    <message>
        <source>{service} has no health check</source>
        <translation>{service} için bir sağlık denetimi yok</translation>
    </message>
    <message>
        <source>server address</source>
        <translation>sunucu adresi</translation>
    </message>
    <message>
        <source>Nothing to test</source>
        <translation>Sınanacak bir şey yok</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Erişim</translation>
    </message>
    <message>
        <source>{label} not given, needed for {what}</source>
        <translation>{label} verilmedi; şunun için gerekli: {what}</translation>
    </message>
    <message>
        <source>{label} not given</source>
        <translation>{label} verilmedi</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlı</translation>
    </message>
    <message>
        <source>Signed in as {name} (user id {id})</source>
        <translation>{name} olarak giriş yapıldı (kullanıcı kimliği {id})</translation>
    </message>
    <message>
        <source>Connected to channel {name}</source>
        <translation>{name} kanalına bağlı</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(bilinmiyor)</translation>
    </message>
    <message>
        <source>Signed in as {name} on {platform}</source>
        <translation>{platform} üzerinde {name} olarak giriş yapıldı</translation>
    </message>
    <message>
        <source>{n} permission</source>
        <translation>{n} izin</translation>
    </message>
    <message>
        <source>{n} permissions</source>
        <translation>{n} izin</translation>
    </message>
    <message>
        <source>Connected to OBS {version} (obs-websocket {websocket})</source>
        <translation>OBS {version} sürümüne bağlı (obs-websocket {websocket})</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>bilinmeyen bir sürüm</translation>
    </message>
    <message>
        <source>Owncast {version}, offline</source>
        <translation>Owncast {version}, yayın dışı</translation>
    </message>
    <message>
        <source>Owncast {version}, live, {viewers} watching</source>
        <translation>Owncast {version}, yayında, {viewers} izleyici</translation>
    </message>
    <message>
        <source>ScottyBot answers: {channels} channels, {live} live, up {uptime} (last restart {restart})</source>
        <translation>ScottyBot yanıt veriyor: {channels} kanal, {live} yayında, çalışma süresi {uptime} (son yeniden başlatma {restart})</translation>
    </message>
    <message>
        <source>for an unknown time</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Hizmetler</translation>
    </message>
    <message>
        <source>Keys and sign-ins are kept in your system keychain. Deck never writes them to a file.</source>
        <translation>Anahtarlar ve girişler sistem anahtar zincirinizde saklanır. Deck onları asla bir dosyaya yazmaz.</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Anahtar zinciri yok</translation>
    </message>
    <message>
        <source>Keep in memory for this session</source>
        <translation>Bu oturum için bellekte tut</translation>
    </message>
</context>
<context>
    <name>ActionPicker</name>
    <message>
        <source>Search actions by name, id or group…</source>
        <translation>Eylemleri ada, kimliğe veya gruba göre arayın…</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Eylemlerde ara</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>whichever connected service offers it</source>
        <translation>hangi bağlı hizmet sunuyorsa</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Search actions by name, id or group…</source>
        <translation>Eylemleri ada, kimliğe veya gruba göre arayın…</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Eylemlerde ara</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Pick an action</source>
        <translation>Bir eylem seçin</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştır</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>The service's answer appears here.</source>
        <translation>Hizmetin yanıtı burada görünür.</translation>
    </message>
    <message>
        <source> · at most {rate}</source>
        <translation> · en fazla {rate}</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Çalıştırılmadı.</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>Tamam ✓</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametreler</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>⏳ queued</source>
        <translation>⏳ sırada</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ çalışıyor</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ tamam</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ başarısız</translation>
    </message>
    <message>
        <source>⊘ cancelled</source>
        <translation>⊘ iptal edildi</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamam</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>run by Deck</source>
        <translation>Deck çalıştırdı</translation>
    </message>
    <message>
        <source>run by you</source>
        <translation>siz çalıştırdınız</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Nothing run yet.</source>
        <translation>Henüz bir şey çalıştırılmadı.</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Son sonuç</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Filter by action…</source>
        <translation>Eyleme göre süz…</translation>
    </message>
    <message>
        <source>Filter activity</source>
        <translation>Etkinliği süz</translation>
    </message>
    <message>
        <source>Deck's own reads</source>
        <translation>Deck'in kendi okumaları</translation>
    </message>
    <message>
        <source>Also show what Deck runs by itself: panel refreshes, health checks, toggles</source>
        <translation>Deck'in kendi çalıştırdıklarını da göster: panel yenilemeleri, sağlık denetimleri, düğme durumları</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Clear activity</source>
        <translation>Etkinliği temizle</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>{amount} {currency} via {provider}</source>
        <translation>{provider} üzerinden {amount} {currency}</translation>
    </message>
    <message>
        <source>{amount} bits</source>
        <translation>{amount} bit</translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation>seviye {tier}</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Needs the MissXss overlay open in OBS.</source>
        <translation>MissXss katmanının OBS'te açık olması gerekir.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Son olaylar</translation>
    </message>
    <message>
        <source>Audio alerts</source>
        <translation>Sesli uyarılar</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efektler</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Metin okuma</translation>
    </message>
    <message>
        <source>Donation test</source>
        <translation>Bağış denemesi</translation>
    </message>
    <message>
        <source>Voicemod</source>
        <translation>Voicemod</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Son etkinlik</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>Henüz etkinlik yok.</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Tüm uyarılar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Etkin değil</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>No audio alerts match.</source>
        <translation>Eşleşen sesli uyarı yok.</translation>
    </message>
    <message>
        <source>Shown as (default API)</source>
        <translation>Görünen ad (varsayılan API)</translation>
    </message>
    <message>
        <source>Alert shown as</source>
        <translation>Uyarıda görünen ad</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Çal</translation>
    </message>
    <message>
        <source>Play audio alert</source>
        <translation>Sesli uyarıyı çal</translation>
    </message>
    <message>
        <source>Playing on the overlay ✓</source>
        <translation>Katmanda çalıyor ✓</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Double-click an alert to play it.</source>
        <translation>Çalmak için bir uyarıya çift tıklayın.</translation>
    </message>
    <message>
        <source>Overlay ID — several separated by commas; ▾ for those used before</source>
        <translation>Katman kimliği — birden çoksa virgülle; daha önce kullanılanlar için ▾</translation>
    </message>
    <message>
        <source>Overlay IDs</source>
        <translation>Katman kimlikleri</translation>
    </message>
    <message>
        <source>Used before: {i}</source>
        <translation>Daha önce kullanılanlar: {i}</translation>
    </message>
    <message>
        <source>an overlay</source>
        <translation>bir katman</translation>
    </message>
    <message>
        <source>Effect data (JSON object)</source>
        <translation>Efekt verisi (JSON nesnesi)</translation>
    </message>
    <message>
        <source>{"message": "Hello", "color": "#ff0"}</source>
        <translation>{"message": "Merhaba", "color": "#ff0"}</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Tetikle</translation>
    </message>
    <message>
        <source>Trigger effect</source>
        <translation>Efekti tetikle</translation>
    </message>
    <message>
        <source>User platform</source>
        <translation>Kullanıcının platformu</translation>
    </message>
    <message>
        <source>Data passed to the effect (optional JSON object)</source>
        <translation>Efekte verilecek veri (isteğe bağlı JSON nesnesi)</translation>
    </message>
    <message>
        <source>Effect overlay</source>
        <translation>Efekt katmanı</translation>
    </message>
    <message>
        <source>data: not valid JSON ({msg} at line {lineno}, column {colno})</source>
        <translation>veri: geçerli JSON değil ({lineno}. satır, {colno}. sütunda: {msg})</translation>
    </message>
    <message>
        <source>data: must be a JSON object, like {"key": "value"}</source>
        <translation>veri: {"anahtar": "değer"} gibi bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>Triggered {done} of {count} ✓</source>
        <translation>{count} içinden {done} tetiklendi ✓</translation>
    </message>
    <message>
        <source>Text to speak on stream</source>
        <translation>Yayında okunacak metin</translation>
    </message>
    <message>
        <source>TTS name</source>
        <translation>Okumada görünen ad</translation>
    </message>
    <message>
        <source>Speak</source>
        <translation>Oku</translation>
    </message>
    <message>
        <source>Speak text</source>
        <translation>Metni seslendir</translation>
    </message>
    <message>
        <source>Queued on the overlay ✓</source>
        <translation>Katmanda sıraya alındı ✓</translation>
    </message>
    <message>
        <source>Donation amount</source>
        <translation>Bağış tutarı</translation>
    </message>
    <message>
        <source>Currency, e.g. $, EUR, TRY</source>
        <translation>Para birimi, ör. $, EUR, TRY</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Donor username (default api_donor)</source>
        <translation>Bağışçının kullanıcı adı (varsayılan api_donor)</translation>
    </message>
    <message>
        <source>Donor username</source>
        <translation>Bağışçının kullanıcı adı</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Görünen ad (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Donor display name</source>
        <translation>Bağışçının görünen adı</translation>
    </message>
    <message>
        <source>Message (optional)</source>
        <translation>İleti (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Donation message</source>
        <translation>Bağış iletisi</translation>
    </message>
    <message>
        <source>Send test donation</source>
        <translation>Deneme bağışı gönder</translation>
    </message>
    <message>
        <source>Donation alert sent ✓</source>
        <translation>Bağış uyarısı gönderildi ✓</translation>
    </message>
    <message>
        <source>Plays the donation alert as if it were real.</source>
        <translation>Bağış uyarısını gerçekmiş gibi oynatır.</translation>
    </message>
    <message>
        <source>Simulate a donation</source>
        <translation>Bağış canlandır</translation>
    </message>
    <message>
        <source>Voice, e.g. baby, deep, robot</source>
        <translation>Ses, ör. baby, deep, robot</translation>
    </message>
    <message>
        <source>Voicemod voice</source>
        <translation>Voicemod sesi</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Back to my voice afterwards</source>
        <translation>Sonra kendi sesime dön</translation>
    </message>
    <message>
        <source>Return to original voice</source>
        <translation>Özgün sese dön</translation>
    </message>
    <message>
        <source>Change voice</source>
        <translation>Sesi değiştir</translation>
    </message>
    <message>
        <source>Sound effect name</source>
        <translation>Ses efektinin adı</translation>
    </message>
    <message>
        <source>Voicemod sound</source>
        <translation>Voicemod efekti</translation>
    </message>
    <message>
        <source>Play sound</source>
        <translation>Efekti çal</translation>
    </message>
    <message>
        <source>Hear myself</source>
        <translation>Kendimi duy</translation>
    </message>
    <message>
        <source>Voice changed ✓</source>
        <translation>Ses değişti ✓</translation>
    </message>
    <message>
        <source>Sound played ✓</source>
        <translation>Efekt çalındı ✓</translation>
    </message>
    <message>
        <source>Hear myself on ✓</source>
        <translation>Kendimi duyma açık ✓</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Sound effect</source>
        <translation>Ses efekti</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Kime</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Deck cannot save settings ({why}); changes last until you quit.</source>
        <translation>Deck ayarları kaydedemiyor ({why}); değişiklikler yalnızca çıkana kadar geçerli.</translation>
    </message>
</context>
<context>
    <name>BotPanel</name>
    <message>
        <source>Viewers</source>
        <translation>İzleyiciler</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <source>Banned words</source>
        <translation>Yasaklı sözcükler</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Rütbeler</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Oyunlar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>The bot serves {channels} channels ({live} live) · up {uptime} · last restart {restart}</source>
        <translation>Bot {channels} kanala hizmet veriyor ({live} yayında) · çalışma süresi {uptime} · son yeniden başlatma {restart}</translation>
    </message>
    <message>
        <source>Viewer's numeric id</source>
        <translation>İzleyicinin sayısal kimliği</translation>
    </message>
    <message>
        <source>Viewer id</source>
        <translation>İzleyici kimliği</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Bak</translation>
    </message>
    <message>
        <source>Look up points and hours</source>
        <translation>Puanlara ve saatlere bak</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Give points</source>
        <translation>Puan ver</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Take points</source>
        <translation>Puan al</translation>
    </message>
    <message>
        <source>Give to everyone…</source>
        <translation>Herkese ver…</translation>
    </message>
    <message>
        <source>Points given ✓</source>
        <translation>Puan verildi ✓</translation>
    </message>
    <message>
        <source>Points taken ✓</source>
        <translation>Puan alındı ✓</translation>
    </message>
    <message>
        <source>Take &lt;b&gt;{points}&lt;/b&gt; points from viewer {viewer}?</source>
        <translation>{viewer} izleyicisinden &lt;b&gt;{points}&lt;/b&gt; puan alınsın mı?</translation>
    </message>
    <message>
        <source>Everyone got points ✓</source>
        <translation>Herkes puan aldı ✓</translation>
    </message>
    <message>
        <source>Give &lt;b&gt;{points}&lt;/b&gt; points to &lt;b&gt;every viewer&lt;/b&gt; of the channel?</source>
        <translation>Kanalın &lt;b&gt;her izleyicisine&lt;/b&gt; &lt;b&gt;{points}&lt;/b&gt; puan verilsin mi?</translation>
    </message>
    <message>
        <source>Points and hours</source>
        <translation>Puanlar ve saatler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Viewer {viewer}&lt;/b&gt;: {points} points</source>
        <translation>&lt;b&gt;İzleyici {viewer}&lt;/b&gt;: {points} puan</translation>
    </message>
    <message>
        <source>no hours yet</source>
        <translation>henüz saat yok</translation>
    </message>
    <message>
        <source>{hours} hours watched</source>
        <translation>{hours} saat izlendi</translation>
    </message>
    <message>
        <source> · rank: {rank}</source>
        <translation> · sıra: {rank}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>No quotes yet. Add one below.</source>
        <translation>Henüz alıntı yok. Aşağıdan bir tane ekleyin.</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Kim söyledi</translation>
    </message>
    <message>
        <source>Quote author</source>
        <translation>Alıntının sahibi</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Söyledikleri</translation>
    </message>
    <message>
        <source>Quote text</source>
        <translation>Alıntı metni</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Alıntı ekle</translation>
    </message>
    <message>
        <source>Save as the selected quote</source>
        <translation>Seçili alıntı olarak kaydet</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Seçileni sil</translation>
    </message>
    <message>
        <source>Quote added ✓</source>
        <translation>Alıntı eklendi ✓</translation>
    </message>
    <message>
        <source>Quote saved ✓</source>
        <translation>Alıntı kaydedildi ✓</translation>
    </message>
    <message>
        <source>Delete quote #{id}?&lt;br&gt;&lt;i&gt;{quote}&lt;/i&gt;</source>
        <translation>#{id} numaralı alıntı silinsin mi?&lt;br&gt;&lt;i&gt;{quote}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Quote deleted ✓</source>
        <translation>Alıntı silindi ✓</translation>
    </message>
    <message>
        <source>No banned words.</source>
        <translation>Yasaklı kelime yok.</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Bir sözcük ya da söz öbeği</translation>
    </message>
    <message>
        <source>Banned word</source>
        <translation>Yasaklı sözcük</translation>
    </message>
    <message>
        <source>Ban word</source>
        <translation>Sözcüğü yasakla</translation>
    </message>
    <message>
        <source>Allow selected</source>
        <translation>Seçilene izin ver</translation>
    </message>
    <message>
        <source>Banned ✓</source>
        <translation>Yasaklandı ✓</translation>
    </message>
    <message>
        <source>{word} allowed again ✓</source>
        <translation>{word} yeniden serbest ✓</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Rank (use (_hours_) for the hours)</source>
        <translation>Rütbe (saatler için (_hours_) yazın)</translation>
    </message>
    <message>
        <source>Rank scheme</source>
        <translation>Rütbe düzeni</translation>
    </message>
    <message>
        <source>No ranks.</source>
        <translation>Rütbe yok.</translation>
    </message>
    <message>
        <source>Add rank</source>
        <translation>Rütbe ekle</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Seçileni kaldır</translation>
    </message>
    <message>
        <source>Save ranks</source>
        <translation>Rütbeleri kaydet</translation>
    </message>
    <message>
        <source>Reset to the bot's defaults…</source>
        <translation>Botun varsayılanlarına dön…</translation>
    </message>
    <message>
        <source>Ranks saved ✓</source>
        <translation>Rütbeler kaydedildi ✓</translation>
    </message>
    <message>
        <source>Ranks reset ✓</source>
        <translation>Rütbeler sıfırlandı ✓</translation>
    </message>
    <message>
        <source>Replace your rank scheme with the bot's default ranks?</source>
        <translation>Rütbe düzeniniz botun varsayılan rütbeleriyle değiştirilsin mi?</translation>
    </message>
    <message>
        <source>8-ball answers, one per line</source>
        <translation>8-top yanıtları, her satıra bir tane</translation>
    </message>
    <message>
        <source>One answer per line. Empty: the bot's own answers.</source>
        <translation>Her satıra bir yanıt. Boş: botun kendi yanıtları.</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Yanıtları kaydet</translation>
    </message>
    <message>
        <source>8-ball answers saved ✓</source>
        <translation>8-top yanıtları kaydedildi ✓</translation>
    </message>
    <message>
        <source>What is auctioned</source>
        <translation>Açık artırmaya çıkan</translation>
    </message>
    <message>
        <source>Auction item</source>
        <translation>Açık artırma ürünü</translation>
    </message>
    <message>
        <source>Whispered to the winner (optional), e.g. a game key</source>
        <translation>Kazanana fısıldanır (isteğe bağlı), ör. bir oyun anahtarı</translation>
    </message>
    <message>
        <source>Whisper to winner</source>
        <translation>Kazanana fısılda</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>Açık artırmayı başlat</translation>
    </message>
    <message>
        <source>Auction started ✓</source>
        <translation>Açık artırma başladı ✓</translation>
    </message>
    <message>
        <source>8-ball answers</source>
        <translation>8-top yanıtları</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Açık artırma</translation>
    </message>
    <message>
        <source>Make the bot say…</source>
        <translation>Bota söylet…</translation>
    </message>
    <message>
        <source>Bot message</source>
        <translation>Bot iletisi</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Söyle</translation>
    </message>
    <message>
        <source>Make the bot speak</source>
        <translation>Botu konuştur</translation>
    </message>
    <message>
        <source>Queued ✓ (the bot cannot confirm it reached chat)</source>
        <translation>Sıraya alındı ✓ (bot, sohbete ulaştığını doğrulayamaz)</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Ayar yok.</translation>
    </message>
    <message>
        <source>{setting} saved ✓</source>
        <translation>{setting} kaydedildi ✓</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>{action} is not available for {platform} in Deck yet.</source>
        <translation>{platform} için {action} henüz Deck'te yok.</translation>
    </message>
    <message>
        <source>{action} is not available in Deck yet.</source>
        <translation>{action} henüz Deck'te yok.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <source>{action} on {platform} goes through {services}, which is not connected.</source>
        <translation>{platform} üzerinde {action}, {services} üzerinden yapılır ve bu hizmet bağlı değil.</translation>
    </message>
    <message>
        <source>{action} goes through {services}, which is not connected.</source>
        <translation>{action}, {services} üzerinden yapılır ve bu hizmet bağlı değil.</translation>
    </message>
</context>
<context>
    <name>CellButton</name>
    <message>
        <source>Empty: double-click or right-click to add a button</source>
        <translation>Boş: buton eklemek için çift tıklayın ya da sağ tıklayın</translation>
    </message>
    <message>
        <source>Empty slot, row {row}, column {col}</source>
        <translation>Boş yer, satır {row}, sütun {col}</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <source>⚠ This text is hard to read on this colour ({ratio}:1; 4.5:1 or more reads well). Leave the text colour unset to have Deck pick a readable one.</source>
        <translation>⚠ Bu metin bu renk üzerinde zor okunuyor ({ratio}:1; 4.5:1 ve üzeri iyi okunur). Deck’in okunur bir renk seçmesi için metin rengini boş bırakın.</translation>
    </message>
    <message>
        <source>Edit button</source>
        <translation>Düğmeyi düzenle</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Düğme yazısı</translation>
    </message>
    <message>
        <source>(no icon)</source>
        <translation>(simge yok)</translation>
    </message>
    <message>
        <source>Button colour</source>
        <translation>Düğme rengi</translation>
    </message>
    <message>
        <source>the theme's</source>
        <translation>temanınki</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Yazı rengi</translation>
    </message>
    <message>
        <source>readable on the button</source>
        <translation>düğmede okunaklı</translation>
    </message>
    <message>
        <source>Use the theme's colours</source>
        <translation>Temanın renklerini kullan</translation>
    </message>
    <message>
        <source>Forget both colours: the button follows the light or dark theme</source>
        <translation>İki rengi de unut: düğme açık veya koyu temayı izler</translation>
    </message>
    <message>
        <source>Run an action</source>
        <translation>Bir eylem çalıştır</translation>
    </message>
    <message>
        <source>Run several actions in order</source>
        <translation>Birkaç eylemi sırayla çalıştır</translation>
    </message>
    <message>
        <source>Toggle (follows live state)</source>
        <translation>Aç/kapat (canlı durumu izler)</translation>
    </message>
    <message>
        <source>Open a folder of buttons</source>
        <translation>Bir düğme klasörü aç</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Yazı</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Renkler</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Yaptığı</translation>
    </message>
    <message>
        <source>Stop at the first error</source>
        <translation>İlk hatada dur</translation>
    </message>
    <message>
        <source>Go on after an error</source>
        <translation>Hatadan sonra devam et</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Adım ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Wait before this step</source>
        <translation>Bu adımdan önce bekle</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>İzlediği</translation>
    </message>
    <message>
        <source>The button opens a page of its own, with as many rows and columns as this one. Use ← in the page bar to come back.</source>
        <translation>Düğme, bununla aynı sayıda satır ve sütunu olan kendi sayfasını açar. Geri dönmek için sayfa çubuğundaki ← düğmesini kullanın.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>In Deck</source>
        <translation>Deck'te</translation>
    </message>
    <message>
        <source>Global (in games too)</source>
        <translation>Genel (oyunlarda da)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Dene</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source> (after {delay_ms} ms)</source>
        <translation> ({delay_ms} ms sonra)</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>ör. {example}</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>En az bir adım ekleyin.</translation>
    </message>
    <message>
        <source>{kind} needs: {what}.</source>
        <translation>{kind} için gerekli: {what}.</translation>
    </message>
    <message>
        <source>(nothing to set)</source>
        <translation>(ayarlanacak bir şey yok)</translation>
    </message>
    <message>
        <source>{keys} already runs {hotkey}.</source>
        <translation>{keys} zaten {hotkey} çalıştırıyor.</translation>
    </message>
    <message>
        <source>Keys that run this button now: </source>
        <translation>Bu düğmeyi şu an çalıştıran tuşlar: </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Deneniyor…</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Çalıştırılmadı.</translation>
    </message>
    <message>
        <source>✓ Worked.</source>
        <translation>✓ Çalıştı.</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Chat channels</source>
        <translation>Sohbet kanalları</translation>
    </message>
    <message>
        <source>Channels, one per line</source>
        <translation>Kanallar, her satırda bir tane</translation>
    </message>
    <message>
        <source>One channel per line, as PLATFORM:CHANNEL:&lt;br&gt;&lt;code&gt;twitch:somechannel&lt;/code&gt;, &lt;code&gt;kick:someslug&lt;/code&gt;, &lt;code&gt;owncast:https://owncast.example&lt;/code&gt;</source>
        <translation>Her satırda bir kanal, PLATFORM:KANAL biçiminde:&lt;br&gt;&lt;code&gt;twitch:somechannel&lt;/code&gt;, &lt;code&gt;kick:someslug&lt;/code&gt;, &lt;code&gt;owncast:https://owncast.example&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>{what}: from {low} to {high}, now {now}</source>
        <translation>{what}: {low} ile {high} arası, şimdi {now}</translation>
    </message>
    <message>
        <source>{what}: no data</source>
        <translation>{what}: veri yok</translation>
    </message>
</context>
<context>
    <name>Chat</name>
    <message>
        <source>{channel}: not a server address</source>
        <translation>{channel}: bir sunucu adresi değil</translation>
    </message>
    <message>
        <source>{channel}: give the Owncast server's address (owncast:https://…), or set it in Accounts or {env}</source>
        <translation>{channel}: Owncast sunucusunun adresini verin (owncast:https://…) ya da Hesaplar'da veya {env} içinde ayarlayın</translation>
    </message>
    <message>
        <source>{step} failed: {why}</source>
        <translation>{step} başarısız: {why}</translation>
    </message>
    <message>
        <source>{step} failed ({why})</source>
        <translation>{step} başarısız ({why})</translation>
    </message>
    <message>
        <source>Owncast's chat history</source>
        <translation>Owncast sohbet geçmişi</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>sunucu bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>the server asked to reconnect</source>
        <translation>sunucu yeniden bağlanmayı istedi</translation>
    </message>
    <message>
        <source>the server stopped answering</source>
        <translation>sunucu yanıt vermeyi bıraktı</translation>
    </message>
    <message>
        <source>the server gave Deck's nick to someone else</source>
        <translation>sunucu Deck’in takma adını başkasına verdi</translation>
    </message>
    <message>
        <source>Twitch asked to reconnect</source>
        <translation>Twitch yeniden bağlanmayı istedi</translation>
    </message>
    <message>
        <source>Kick's channel lookup</source>
        <translation>Kick kanal araması</translation>
    </message>
    <message>
        <source>Kick has no channel {name}</source>
        <translation>Kick'te {name} adlı kanal yok</translation>
    </message>
    <message>
        <source>Kick refused the chatroom lookup ({status}: {why}). Add the chatroom id to the channel, e.g. kick:{name}:123456</source>
        <translation>Kick sohbet odası aramasını reddetti ({status}: {why}). Sohbet odası kimliğini kanala ekleyin, ör. kick:{name}:123456</translation>
    </message>
    <message>
        <source>Kick's channel lookup gave no chatroom id</source>
        <translation>Kick kanal araması bir sohbet odası kimliği vermedi</translation>
    </message>
    <message>
        <source>Kick's chat server refused: {why} ({code})</source>
        <translation>Kick sohbet sunucusu reddetti: {why} ({code})</translation>
    </message>
    <message>
        <source>Owncast's chat registration</source>
        <translation>Owncast sohbet kaydı</translation>
    </message>
    <message>
        <source>Owncast refused the chat registration ({status}: {why})</source>
        <translation>Owncast sohbet kaydını reddetti ({status}: {why})</translation>
    </message>
    <message>
        <source>Owncast's chat registration gave no access token</source>
        <translation>Owncast sohbet kaydı bir erişim belirteci vermedi</translation>
    </message>
    <message>
        <source>Owncast no longer knows Deck's chat user</source>
        <translation>Owncast artık Deck’in sohbet kullanıcısını tanımıyor</translation>
    </message>
    <message>
        <source>Owncast asked Deck to register again</source>
        <translation>Owncast, Deck'ten yeniden kaydolmasını istedi</translation>
    </message>
    <message>
        <source>Owncast refused the chat connection ({why})</source>
        <translation>Owncast sohbet bağlantısını reddetti ({why})</translation>
    </message>
    <message>
        <source>the connection closed ({code})</source>
        <translation>bağlantı kapandı ({code})</translation>
    </message>
    <message>
        <source>the connection closed (no close frame)</source>
        <translation>bağlantı kapandı (kapanış çerçevesi yok)</translation>
    </message>
</context>
<context>
    <name>ChatFeed</name>
    <message>
        <source>timed out {duration}</source>
        <translation>{duration} zaman aşımı</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>yasaklandı</translation>
    </message>
    <message>
        <source>chat cleared</source>
        <translation>sohbet temizlendi</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>biri</translation>
    </message>
    <message>
        <source>{who} was {what}.</source>
        <translation>{who}: {what}.</translation>
    </message>
    <message>
        <source>{who} was banned.</source>
        <translation>{who} yasaklandı.</translation>
    </message>
    <message>
        <source>{who} was unbanned.</source>
        <translation>{who} kullanıcısının yasağı kaldırıldı.</translation>
    </message>
    <message>
        <source>The chat was cleared by a moderator.</source>
        <translation>Sohbet bir moderatör tarafından temizlendi.</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>1 minute</source>
        <translation>1 dakika</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 dakika</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 gün</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 hafta</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Bütün iletiler</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Vurgulananlar</translation>
    </message>
    <message>
        <source>Mods &amp;&amp; VIPs</source>
        <translation>Moderatörler &amp;&amp; VIP'ler</translation>
    </message>
    <message>
        <source>Subs &amp;&amp; notices</source>
        <translation>Abonelikler &amp;&amp; duyurular</translation>
    </message>
    <message>
        <source>Deleted &amp;&amp; moderated</source>
        <translation>Silinenler &amp;&amp; moderasyonlular</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Mesajı sil</translation>
    </message>
    <message>
        <source>Show message again</source>
        <translation>Mesajı yeniden göster</translation>
    </message>
    <message>
        <source>Chat channels</source>
        <translation>Sohbet kanalları</translation>
    </message>
    <message>
        <source>Search messages or names</source>
        <translation>İletilerde ya da adlarda ara</translation>
    </message>
    <message>
        <source>Search chat</source>
        <translation>Sohbette ara</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Channels, highlights, scrollback</source>
        <translation>Kanallar, vurgular, geçmiş</translation>
    </message>
    <message>
        <source>Chat settings</source>
        <translation>Sohbet ayarları</translation>
    </message>
    <message>
        <source>Channels…</source>
        <translation>Kanallar…</translation>
    </message>
    <message>
        <source>Highlight words…</source>
        <translation>Vurgulanacak sözcükler…</translation>
    </message>
    <message>
        <source>Scrollback…</source>
        <translation>Geçmiş…</translation>
    </message>
    <message>
        <source>Text size…</source>
        <translation>Yazı boyutu…</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>Bir ileti gönderin</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Gönderilecek ileti</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Send to {platform}</source>
        <translation>{platform} kanalına gönder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Send a message of its own</source>
        <translation>Ayrı bir mesaj gönder</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>No matches for “{text}”.</source>
        <translation>“{text}” için sonuç yok.</translation>
    </message>
    <message>
        <source>No messages of this kind yet.</source>
        <translation>Henüz bu türde ileti yok.</translation>
    </message>
    <message>
        <source>No chat yet. Add channels with ⚙ → Channels…</source>
        <translation>Henüz sohbet yok. ⚙ → Kanallar… ile kanal ekleyin</translation>
    </message>
    <message>
        <source>Waiting for messages…</source>
        <translation>İletiler bekleniyor…</translation>
    </message>
    <message>
        <source>Choose at least one platform to send to.</source>
        <translation>Gönderilecek en az bir platform seçin.</translation>
    </message>
    <message>
        <source>{why} (File → Accounts)</source>
        <translation>{why} (Dosya → Hesaplar)</translation>
    </message>
    <message>
        <source>{service} takes at most {limit} characters ({count} now).</source>
        <translation>{service} en fazla {limit} karakter alır (şu an {count}).</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Bir mesaj</translation>
    </message>
    <message>
        <source>Sending to {names}…</source>
        <translation>{names} platformuna gönderiliyor…</translation>
    </message>
    <message>
        <source>Sent to {names} ✓</source>
        <translation>{names} platformuna gönderildi ✓</translation>
    </message>
    <message>
        <source> (sent to {names})</source>
        <translation> ({names} platformuna gönderildi)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>gönderilmedi</translation>
    </message>
    <message>
        <source>↪ Replying to &lt;b&gt;{name}&lt;/b&gt;: {value}</source>
        <translation>↪ &lt;b&gt;{name}&lt;/b&gt; kişisine yanıt: {value}</translation>
    </message>
    <message>
        <source>Ban &lt;b&gt;{name}&lt;/b&gt; on {value}?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {value} üzerinde yasaklansın mı?</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Mesajı kopyala</translation>
    </message>
    <message>
        <source>Copy name ({login})</source>
        <translation>Adı kopyala ({login})</translation>
    </message>
    <message>
        <source>User card: {name}…</source>
        <translation>Kullanıcı kartı: {name}…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Yanıtla</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Diğer…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Yasakla…</translation>
    </message>
    <message>
        <source>{text} (not available on {value})</source>
        <translation>{text} ({value} üzerinde kullanılamaz)</translation>
    </message>
    <message>
        <source>Minutes to time out {name}:</source>
        <translation>{name} kaç dakika susturulsun:</translation>
    </message>
    <message>
        <source>Highlight words</source>
        <translation>Vurgulanacak sözcükler</translation>
    </message>
    <message>
        <source>Highlight messages that mention (comma-separated; your channel names are always included):</source>
        <translation>Şunlardan söz eden mesajları vurgula (virgülle ayrılmış; kanal adlarınız her zaman dahildir):</translation>
    </message>
    <message>
        <source>Chat text size</source>
        <translation>Sohbet yazı boyutu</translation>
    </message>
    <message>
        <source>Points (6–32):</source>
        <translation>Punto (6–32):</translation>
    </message>
    <message>
        <source>Scrollback</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>Messages kept (200–100,000):</source>
        <translation>Tutulan mesaj sayısı (200–100.000):</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Zaman aşımı ver</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Chat messages</source>
        <translation>Sohbet mesajları</translation>
    </message>
    <message>
        <source>Jump to new messages</source>
        <translation>Yeni mesajlara git</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <source>No chat yet. Add channels with ⚙ Channels.</source>
        <translation>Henüz sohbet yok. ⚙ Kanallar ile kanal ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>⬇  %Ln new message(s)</source>
        <translation>
            <numerusform>⬇  %Ln yeni mesaj</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ACTION_ID names what to run: a service's operation (missxss.get-stream-meta, kick.rewards,
nightbot.song-queue…) or a capability that runs through whichever connected service offers
it (chat.timeout, songs.skip, stream.status…). `deck actions` lists them all; `deck actions
ACTION_ID` shows one action's parameters with their types, ranges and defaults.

examples:
  deck run stream.status --set platform=kick
  deck run chat.timeout --set username=spammer --set duration=10 --set platform=twitch
  deck run nightbot.add-to-queue --set q="never gonna give you up"
  deck run missxss.set-stream-meta --params-json '{"title": "Ranked", "platform": "Twitch"}'
</source>
        <translation>ACTION_ID neyin çalışacağını söyler: bir hizmetin işlemi (missxss.get-stream-meta, kick.rewards,
nightbot.song-queue…) ya da hangi bağlı hizmet sunuyorsa onun üzerinden çalışan bir yetenek
(chat.timeout, songs.skip, stream.status…). `deck actions` hepsini listeler; `deck actions
ACTION_ID` bir eylemin parametrelerini türleri, aralıkları ve varsayılanlarıyla gösterir.

örnekler:
  deck run stream.status --set platform=kick
  deck run chat.timeout --set username=spammer --set duration=10 --set platform=twitch
  deck run nightbot.add-to-queue --set q="never gonna give you up"
  deck run missxss.set-stream-meta --params-json '{"title": "Ranked", "platform": "Twitch"}'
</translation>
    </message>
    <message>
        <source> [asks first]</source>
        <translation> [önce sorar]</translation>
    </message>
    <message>
        <source> [asks first without {name}]</source>
        <translation> [{name} yoksa önce sorar]</translation>
    </message>
    <message>
        <source> [asks first when {name} is {value}]</source>
        <translation> [{name} {value} ise önce sorar]</translation>
    </message>
    <message>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>tam sayı</translation>
    </message>
    <message>
        <source>number</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>evet/hayır</translation>
    </message>
    <message>
        <source>object</source>
        <translation>nesne</translation>
    </message>
    <message>
        <source>any JSON value</source>
        <translation>herhangi bir JSON değeri</translation>
    </message>
    <message>
        <source>list of objects</source>
        <translation>nesne listesi</translation>
    </message>
    <message>
        <source>list of {kind}</source>
        <translation>{kind} listesi</translation>
    </message>
    <message>
        <source>{count} character</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>at least {amount}</source>
        <translation>en az {amount}</translation>
    </message>
    <message>
        <source>at most {amount}</source>
        <translation>en çok {amount}</translation>
    </message>
    <message>
        <source>, one of </source>
        <translation>, şunlardan biri: </translation>
    </message>
    <message>
        <source>, default {value}</source>
        <translation>, varsayılan {value}</translation>
    </message>
    <message>
        <source> (asks first: cannot be undone)</source>
        <translation> (önce sorar: geri alınamaz)</translation>
    </message>
    <message>
        <source>deprecated: use {action}</source>
        <translation>eskimiş: yerine {action} kullanın</translation>
    </message>
    <message>
        <source>parameters:</source>
        <translation>parametreler:</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>parametre yok</translation>
    </message>
    <message>
        <source>required </source>
        <translation>zorunlu </translation>
    </message>
    <message>
        <source>rules:</source>
        <translation>kurallar:</translation>
    </message>
    <message>
        <source>example:</source>
        <translation>örnek:</translation>
    </message>
    <message>
        <source>parameters are given with --set NAME=VALUE: {hint}</source>
        <translation>parametreler --set AD=DEĞER ile verilir: {hint}</translation>
    </message>
    <message>
        <source>{action} cannot be undone; add --yes to run it.</source>
        <translation>{action} geri alınamaz; çalıştırmak için --yes ekleyin.</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Çalıştırılmadı.</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>uyarı: {problem}</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>giriş yapıldı</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>giriş yapılmadı</translation>
    </message>
    <message>
        <source> (scopes: {scopes})</source>
        <translation> (izinler: {scopes})</translation>
    </message>
    <message>
        <source>{secret} set</source>
        <translation>{secret} girildi</translation>
    </message>
    <message>
        <source>{secret} not set</source>
        <translation>{secret} girilmedi</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(adres yok)</translation>
    </message>
    <message>
        <source>no such service; one of: {names}</source>
        <translation>böyle bir hizmet yok; şunlardan biri: {names}</translation>
    </message>
    <message>
        <source>Opening your browser to sign in to {service}. If it does not open, visit:</source>
        <translation>{service} girişi için tarayıcınız açılıyor. Açılmazsa şu adrese gidin:</translation>
    </message>
    <message>
        <source>Signed in to {service}</source>
        <translation>{service} girişi yapıldı</translation>
    </message>
    <message>
        <source>{n} messages deleted</source>
        <translation>{n} mesaj silindi</translation>
    </message>
    <message>
        <source>a message was deleted</source>
        <translation>bir mesaj silindi</translation>
    </message>
    <message>
        <source>a hidden message shown again</source>
        <translation>gizlenen bir mesaj yeniden gösterildi</translation>
    </message>
    <message>
        <source>the chat was cleared</source>
        <translation>sohbet temizlendi</translation>
    </message>
    <message>
        <source>{who} was timed out for {time}</source>
        <translation>{who} {time} susturuldu</translation>
    </message>
    <message>
        <source>{who} was timed out</source>
        <translation>{who} susturuldu</translation>
    </message>
    <message>
        <source>{who} was banned</source>
        <translation>{who} yasaklandı</translation>
    </message>
    <message>
        <source>{who} was unbanned</source>
        <translation>{who} kullanıcısının yasağı kaldırıldı</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more, not {text}</source>
        <translation>1 veya daha büyük bir tam sayı olmalı, {text} değil</translation>
    </message>
    <message>
        <source>Deck: a control deck for live streamers.</source>
        <translation>Deck: canlı yayıncılar için bir kontrol masası.</translation>
    </message>
    <message>
        <source>run against the built-in sandbox; no account needed</source>
        <translation>yerleşik deneme ortamına karşı çalıştır; hesap gerekmez</translation>
    </message>
    <message>
        <source>start the app, check Qt, keychain, settings and one sandbox round trip, then exit</source>
        <translation>uygulamayı başlat; Qt'yi, anahtar zincirini, ayarları ve bir deneme ortamı gidiş-dönüşünü denetle, sonra çık</translation>
    </message>
    <message>
        <source>list every action, or show one action's parameters</source>
        <translation>bütün eylemleri listele ya da bir eylemin parametrelerini göster</translation>
    </message>
    <message>
        <source>show this action's parameters, their ranges and an example</source>
        <translation>bu eylemin parametrelerini, aralıklarını ve bir örneği göster</translation>
    </message>
    <message>
        <source>machine-readable, with each action's params schema</source>
        <translation>makinenin okuyacağı biçimde, her eylemin parametre şemasıyla</translation>
    </message>
    <message>
        <source>run one action</source>
        <translation>bir eylem çalıştır</translation>
    </message>
    <message>
        <source>Run one action and print its answer.</source>
        <translation>Bir eylemi çalıştırır ve yanıtını yazdırır.</translation>
    </message>
    <message>
        <source>e.g. chat.timeout or missxss.get-stream-meta</source>
        <translation>ör. chat.timeout veya missxss.get-stream-meta</translation>
    </message>
    <message>
        <source>a parameter (repeatable)</source>
        <translation>bir parametre (tekrarlanabilir)</translation>
    </message>
    <message>
        <source>parameters as a JSON object</source>
        <translation>JSON nesnesi olarak parametreler</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>sonucu JSON olarak yazdır</translation>
    </message>
    <message>
        <source>do not ask before actions that cannot be undone</source>
        <translation>geri alınamayan eylemlerden önce sorma</translation>
    </message>
    <message>
        <source>for a capability: the service to run it through (e.g. --via kick); by default the one chosen in the app, else the best connected one</source>
        <translation>bir yetenek için: üzerinden çalışacağı hizmet (ör. --via kick); varsayılan olarak uygulamada seçilen, yoksa bağlı olanların en iyisi</translation>
    </message>
    <message>
        <source>each service's address and whether its credential is set (never a secret)</source>
        <translation>her hizmetin adresi ve kimlik bilgisinin girilip girilmediği (asla bir gizli bilgi değil)</translation>
    </message>
    <message>
        <source>sign in to a service that uses OAuth (opens your browser)</source>
        <translation>OAuth kullanan bir hizmete giriş yap (tarayıcınızı açar)</translation>
    </message>
    <message>
        <source>how long to wait for the browser</source>
        <translation>tarayıcının ne kadar bekleneceği</translation>
    </message>
    <message>
        <source>sign out of a service (revokes Deck's access where the service can)</source>
        <translation>bir hizmetten çıkış yap (hizmet destekliyorsa Deck'in erişimini geri alır)</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>canlı sohbet</translation>
    </message>
    <message>
        <source>print a channel's chat as it comes (Ctrl+C to stop)</source>
        <translation>bir kanalın sohbetini geldikçe yazdır (durdurmak için Ctrl+C)</translation>
    </message>
    <message>
        <source>e.g. twitch:somechannel, kick:someslug, owncast:https://owncast.example</source>
        <translation>ör. twitch:somechannel, kick:someslug, owncast:https://owncast.example</translation>
    </message>
    <message>
        <source>one JSON object per line</source>
        <translation>her satırda bir JSON nesnesi</translation>
    </message>
    <message>
        <source>stop after N messages and events</source>
        <translation>N mesaj ve olaydan sonra dur</translation>
    </message>
    <message>
        <source>run the local stand-ins of every service</source>
        <translation>her hizmetin yerel taklidini çalıştır</translation>
    </message>
    <message>
        <source>MissXss port (default: any free port)</source>
        <translation>MissXss portu (varsayılan: boş herhangi bir port)</translation>
    </message>
    <message>
        <source>no simulated stream activity</source>
        <translation>taklit yayın etkinliği yok</translation>
    </message>
    <message>
        <source>chat messages per second per channel</source>
        <translation>kanal başına saniyede sohbet mesajı</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>hata: {problem}</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose: {what}</source>
        <translation>Seçin: {what}</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Run an action or a deck button…</source>
        <translation>Bir eylem veya deck düğmesi çalıştırın…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Komut paleti</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Button: {label}</source>
        <translation>Düğme: {label}</translation>
    </message>
    <message>
        <source>Deck · {name}</source>
        <translation>Deck · {name}</translation>
    </message>
    <message>
        <source>button {label} {name}</source>
        <translation>düğme {label} {name}</translation>
    </message>
</context>
<context>
    <name>CommandsPanel</name>
    <message>
        <source>Commands</source>
        <translation>Komutlar</translation>
    </message>
    <message>
        <source>AI bot</source>
        <translation>Yapay zekâ botu</translation>
    </message>
    <message>
        <source>No commands yet. Create one below.</source>
        <translation>Henüz komut yok. Aşağıdan bir tane oluşturun.</translation>
    </message>
    <message>
        <source>Arguments (optional)</source>
        <translation>Argümanlar (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Command arguments</source>
        <translation>Komut argümanları</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştır</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Komutu çalıştır</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Enable or disable command</source>
        <translation>Komutu aç veya kapat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete command</source>
        <translation>Komutu sil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>!command</source>
        <translation>!komut</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>Komut adı</translation>
    </message>
    <message>
        <source>Command response</source>
        <translation>Komut yanıtı</translation>
    </message>
    <message>
        <source>Response — the service's variables, e.g. $(user), are filled in</source>
        <translation>Yanıt — hizmetin değişkenleri, ör. $(user), doldurulur</translation>
    </message>
    <message>
        <source>Aliases, comma separated</source>
        <translation>Diğer adlar, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Diğer adlar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>New command</source>
        <translation>Yeni komut</translation>
    </message>
    <message>
        <source>Save command</source>
        <translation>Komutu kaydet</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platformlar</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Bekleme süresi</translation>
    </message>
    <message>
        <source>Who may use</source>
        <translation>Kimler kullanabilir</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Kullanım</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} sn</translation>
    </message>
    <message>
        <source> / {seconds} s each</source>
        <translation> / kişi başı {seconds} sn</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>yerleşik</translation>
    </message>
    <message>
        <source>also {aliases}</source>
        <translation>ayrıca {aliases}</translation>
    </message>
    <message>
        <source>last run {when}</source>
        <translation>son çalışma {when}</translation>
    </message>
    <message>
        <source>own commands</source>
        <translation>kendi komutları</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>komutlar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>{name} ran ✓ {text}</source>
        <translation>{name} çalıştı ✓ {text}</translation>
    </message>
    <message>
        <source>{name} disabled ✓</source>
        <translation>{name} kapatıldı ✓</translation>
    </message>
    <message>
        <source>{name} enabled ✓</source>
        <translation>{name} açıldı ✓</translation>
    </message>
    <message>
        <source>Delete the {service} command &lt;b&gt;{name}&lt;/b&gt;? This cannot be undone.</source>
        <translation>{service} komutu &lt;b&gt;{name}&lt;/b&gt; silinsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>{name} deleted ✓</source>
        <translation>{name} silindi ✓</translation>
    </message>
    <message>
        <source>every </source>
        <translation>her </translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>per viewer </source>
        <translation>izleyici başına </translation>
    </message>
    <message>
        <source>Cooldown per viewer</source>
        <translation>İzleyici başına bekleme</translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation>Kimler kullanabilir</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Kullanım sayısı</translation>
    </message>
    <message>
        <source>{value} platform</source>
        <translation>{value} platformu</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} düzenleniyor</translation>
    </message>
    <message>
        <source>&lt;a href="{doc}"&gt;How it works&lt;/a&gt;</source>
        <translation>&lt;a href="{doc}"&gt;Nasıl çalışır&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{name} saved ✓</source>
        <translation>{name} kaydedildi ✓</translation>
    </message>
    <message>
        <source>Partly saved: {exc}</source>
        <translation>Kısmen kaydedildi: {exc}</translation>
    </message>
    <message>
        <source>Subscribers only</source>
        <translation>Yalnızca aboneler</translation>
    </message>
    <message>
        <source>{setting}: unknown</source>
        <translation>{setting}: bilinmiyor</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>{title} off</source>
        <translation>{title} kapalı</translation>
    </message>
    <message>
        <source>AI prompt</source>
        <translation>Yapay zekâ yönergesi</translation>
    </message>
    <message>
        <source>The AI bot's instructions. The service cannot send the current prompt back, so write the whole prompt here.</source>
        <translation>Yapay zekâ botunun talimatları. Servis mevcut talimatı geri gönderemez; talimatın tamamını buraya yazın.</translation>
    </message>
    <message>
        <source>The service reports these after a change made from Deck.</source>
        <translation>Servis bunları Deck'ten yapılan bir değişiklikten sonra bildirir.</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Yönergeyi kaydet</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Geçmişi temizle</translation>
    </message>
    <message>
        <source>Prompt saved ✓ History cleared.</source>
        <translation>Yönerge kaydedildi ✓ Geçmiş temizlendi.</translation>
    </message>
    <message>
        <source>Save the new prompt? This also clears the AI's conversation history.</source>
        <translation>Yeni istem kaydedilsin mi? Bu, yapay zekânın konuşma geçmişini de temizler.</translation>
    </message>
    <message>
        <source>History cleared ✓</source>
        <translation>Geçmiş temizlendi ✓</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Yönerge</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Kaydedildi ✓</translation>
    </message>
</context>
<context>
    <name>Community</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} sa {minutes} dk</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} dk</translation>
    </message>
</context>
<context>
    <name>CommunityPanel</name>
    <message>
        <source>Points</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <source>Watch time</source>
        <translation>İzleme süresi</translation>
    </message>
    <message>
        <source>Kick subscribers</source>
        <translation>Kick aboneleri</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Müdavimler</translation>
    </message>
    <message>
        <source>No regulars yet.</source>
        <translation>Henüz müdavim yok.</translation>
    </message>
    <message>
        <source>Regulars get what the bot allows regulars (commands, spared by filters).</source>
        <translation>Müdavimler botun müdavimlere tanıdıklarını alır (komutlar, filtrelerden muafiyet).</translation>
    </message>
    <message>
        <source>Bot subscribers</source>
        <translation>Bot aboneleri</translation>
    </message>
    <message>
        <source>Nobody on the bot's list yet.</source>
        <translation>Botun listesinde henüz kimse yok.</translation>
    </message>
    <message>
        <source>People the bot treats as subscribers, for channels without paid subscriptions.</source>
        <translation>Ücretli aboneliği olmayan kanallar için botun abone saydığı kişiler.</translation>
    </message>
    <message>
        <source>KICKs</source>
        <translation>KICK'ler</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Viewer username</source>
        <translation>İzleyicinin kullanıcı adı</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>İzleyici</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Bak</translation>
    </message>
    <message>
        <source>Look up points</source>
        <translation>Puanlara bak</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Puan ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>Puan sil</translation>
    </message>
    <message>
        <source>Set to</source>
        <translation>Şuna ayarla</translation>
    </message>
    <message>
        <source>Set points</source>
        <translation>Puanı ayarla</translation>
    </message>
    <message>
        <source>Give to (username)</source>
        <translation>Verilecek kişi (kullanıcı adı)</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Aktarılacak kişi</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Aktar</translation>
    </message>
    <message>
        <source>Transfer points</source>
        <translation>Puan aktar</translation>
    </message>
    <message>
        <source>Points added ✓</source>
        <translation>Puan eklendi ✓</translation>
    </message>
    <message>
        <source>Points removed ✓</source>
        <translation>Puan alındı ✓</translation>
    </message>
    <message>
        <source>Remove &lt;b&gt;{points}&lt;/b&gt; points from {viewer}?</source>
        <translation>{viewer} izleyicisinden &lt;b&gt;{points}&lt;/b&gt; puan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Points set ✓</source>
        <translation>Puan ayarlandı ✓</translation>
    </message>
    <message>
        <source>Set {strip}'s points to &lt;b&gt;{value}&lt;/b&gt;?</source>
        <translation>{strip} kullanıcısının puanı &lt;b&gt;{value}&lt;/b&gt; olarak ayarlansın mı?</translation>
    </message>
    <message>
        <source>Points transferred ✓</source>
        <translation>Puan aktarıldı ✓</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Points leaderboard</source>
        <translation>Puan sıralaması</translation>
    </message>
    <message>
        <source>Nobody has points yet.</source>
        <translation>Henüz kimsenin puanı yok.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt;: {points} points · {coin} coins</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt;: {points} puan · {coin} jeton</translation>
    </message>
    <message>
        <source>Watch-time viewer</source>
        <translation>İzleme süresi bakılacak izleyici</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Bir gün</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Tarih aralığı</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>Look up watch time</source>
        <translation>İzleme süresine bak</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Düzelt</translation>
    </message>
    <message>
        <source>Adjust watch time</source>
        <translation>İzleme süresini ayarla</translation>
    </message>
    <message>
        <source>Watch time adjusted ✓</source>
        <translation>İzleme süresi düzeltildi ✓</translation>
    </message>
    <message>
        <source>Bulk watch time rows</source>
        <translation>Toplu izleme süresi satırları</translation>
    </message>
    <message>
        <source>One viewer per line: username, minutes
mochi_moon, 30
lofi_leo, 45</source>
        <translation>Her satıra bir izleyici: kullanıcı adı, dakika
mochi_moon, 30
lofi_leo, 45</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Hepsine uygula</translation>
    </message>
    <message>
        <source>Adjust watch time in bulk</source>
        <translation>İzleme süresini toplu ayarla</translation>
    </message>
    <message>
        <source>Watch-time leaderboard</source>
        <translation>İzleme süresi sıralaması</translation>
    </message>
    <message>
        <source>No watch time recorded for this period.</source>
        <translation>Bu dönem için izleme süresi kaydı yok.</translation>
    </message>
    <message>
        <source>Several viewers (uses the mode above)</source>
        <translation>Birkaç izleyici (yukarıdaki kipi kullanır)</translation>
    </message>
    <message>
        <source>line {i}: minutes must be a whole number</source>
        <translation>{i}. satır: dakika bir tam sayı olmalı</translation>
    </message>
    <message>
        <source>Adjusted {done}; {count} failed: </source>
        <translation>{done} ayarlandı; {count} başarısız: </translation>
    </message>
    <message numerus="yes">
        <source>Adjusted %n viewer(s) ✓</source>
        <translation>
            <numerusform>%n izleyici ayarlandı ✓</numerusform>
        </translation>
    </message>
    <message>
        <source>all time</source>
        <translation>tüm zamanlar</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>o gün</translation>
    </message>
    <message>
        <source>in that range</source>
        <translation>o aralıkta</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {time}{period} · {messages} messages</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: {time}{period} · {messages} mesaj</translation>
    </message>
    <message>
        <source>Include expired</source>
        <translation>Süresi dolanları da göster</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <source>Kick ID</source>
        <translation>Kick kimliği</translation>
    </message>
    <message>
        <source>No Kick subscribers.</source>
        <translation>Kick abonesi yok.</translation>
    </message>
    <message>
        <source>Subscribers are Kick only; the platform choice does not apply here.</source>
        <translation>Aboneler yalnızca Kick'te; platform seçimi burada geçerli değil.</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>{action} on {platform}?</source>
        <translation>{platform} üzerinde: {action}?</translation>
    </message>
    <message>
        <source>{action}?</source>
        <translation>{action}?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>Are you sure?</source>
        <translation>Emin misiniz?</translation>
    </message>
    <message>
        <source>Turn &lt;b&gt;shield mode&lt;/b&gt; on? It locks chat down against a raid and acts on chatters: the protection filters get strict and recent chatters can be banned.</source>
        <translation>&lt;b&gt;Kalkan kipi&lt;/b&gt; açılsın mı? Sohbeti baskına karşı kilitler ve sohbet edenlere işlem yapar: koruma filtreleri sıkılaşır ve son sohbet edenler yasaklanabilir.</translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>Switch profile</source>
        <translation>Profil değiştir</translation>
    </message>
    <message>
        <source>Show deck page</source>
        <translation>Deck sayfası göster</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Herhangi bir hizmet</translation>
    </message>
    <message>
        <source>Goes through whichever connected service offers it ({services}).</source>
        <translation>Bağlı hizmetlerden hangisi sunuyorsa onun üzerinden gider ({services}).</translation>
    </message>
    <message>
        <source>Send chat message</source>
        <translation>Sohbete mesaj gönder</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Yanıtlanan</translation>
    </message>
    <message>
        <source>Send chat message as the bot</source>
        <translation>Sohbete bot olarak mesaj gönder</translation>
    </message>
    <message>
        <source>Send a system message</source>
        <translation>Sistem mesajı gönder</translation>
    </message>
    <message>
        <source>Send an action message</source>
        <translation>Eylem mesajı gönder</translation>
    </message>
    <message>
        <source>Time out viewer</source>
        <translation>İzleyiciye zaman aşımı ver</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebep</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Ban viewer</source>
        <translation>İzleyiciyi yasakla</translation>
    </message>
    <message>
        <source>Unban viewer</source>
        <translation>İzleyicinin yasağını kaldır</translation>
    </message>
    <message>
        <source>Delete chat message</source>
        <translation>Sohbet mesajını sil</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Mesaj kimliği</translation>
    </message>
    <message>
        <source>Show a hidden message again</source>
        <translation>Gizlenen mesajı yeniden göster</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Sohbeti temizle</translation>
    </message>
    <message>
        <source>Text to speech</source>
        <translation>Metinden sese</translation>
    </message>
    <message>
        <source>Stream status</source>
        <translation>Yayın durumu</translation>
    </message>
    <message>
        <source>Change stream title</source>
        <translation>Yayın başlığını değiştir</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Change title and category</source>
        <translation>Başlığı ve kategoriyi değiştir</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Kategori ara</translation>
    </message>
    <message>
        <source>Create clip</source>
        <translation>Klip oluştur</translation>
    </message>
    <message>
        <source>Play / resume song</source>
        <translation>Şarkıyı oynat / sürdür</translation>
    </message>
    <message>
        <source>Pause song</source>
        <translation>Şarkıyı duraklat</translation>
    </message>
    <message>
        <source>Skip song</source>
        <translation>Şarkıyı atla</translation>
    </message>
    <message>
        <source>Song queue</source>
        <translation>Şarkı kuyruğu</translation>
    </message>
    <message>
        <source>Request a song</source>
        <translation>Şarkı iste</translation>
    </message>
    <message>
        <source>Remove a song from the queue</source>
        <translation>Kuyruktan şarkı çıkar</translation>
    </message>
    <message>
        <source>Move a song to the front</source>
        <translation>Şarkıyı en öne al</translation>
    </message>
    <message>
        <source>Clear the song queue</source>
        <translation>Şarkı kuyruğunu temizle</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Çalma listesi</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Çalma listesine ekle</translation>
    </message>
    <message>
        <source>Remove from playlist</source>
        <translation>Çalma listesinden çıkar</translation>
    </message>
    <message>
        <source>Import a playlist</source>
        <translation>Çalma listesi içe aktar</translation>
    </message>
    <message>
        <source>Delete the whole playlist</source>
        <translation>Tüm çalma listesini sil</translation>
    </message>
    <message>
        <source>Song request settings</source>
        <translation>Şarkı isteği ayarları</translation>
    </message>
    <message>
        <source>Change song request settings</source>
        <translation>Şarkı isteği ayarlarını değiştir</translation>
    </message>
    <message>
        <source>Viewer points</source>
        <translation>İzleyici puanları</translation>
    </message>
    <message>
        <source>Give points</source>
        <translation>Puan ver</translation>
    </message>
    <message>
        <source>Take points</source>
        <translation>Puan al</translation>
    </message>
    <message>
        <source>Set points</source>
        <translation>Puanı ayarla</translation>
    </message>
    <message>
        <source>Transfer points</source>
        <translation>Puan aktar</translation>
    </message>
    <message>
        <source>Give points to everyone</source>
        <translation>Herkese puan ver</translation>
    </message>
    <message>
        <source>Points leaderboard</source>
        <translation>Puan sıralaması</translation>
    </message>
    <message>
        <source>Watch time</source>
        <translation>İzleme süresi</translation>
    </message>
    <message>
        <source>Adjust watch time</source>
        <translation>İzleme süresini ayarla</translation>
    </message>
    <message>
        <source>Adjust watch time (bulk)</source>
        <translation>İzleme süresini ayarla (toplu)</translation>
    </message>
    <message>
        <source>Watch-time leaderboard</source>
        <translation>İzleme süresi sıralaması</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Aboneler</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Müdavimler</translation>
    </message>
    <message>
        <source>Add regular</source>
        <translation>Müdavim ekle</translation>
    </message>
    <message>
        <source>Remove regular</source>
        <translation>Müdavimi çıkar</translation>
    </message>
    <message>
        <source>Subscribers the bot keeps</source>
        <translation>Botun tuttuğu aboneler</translation>
    </message>
    <message>
        <source>Add to the bot's subscribers</source>
        <translation>Botun abonelerine ekle</translation>
    </message>
    <message>
        <source>Remove from the bot's subscribers</source>
        <translation>Botun abonelerinden çıkar</translation>
    </message>
    <message>
        <source>Shield mode</source>
        <translation>Kalkan modu</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>AÇIK</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>Command active</source>
        <translation>Komut etkin</translation>
    </message>
    <message>
        <source>Command name</source>
        <translation>Komut adı</translation>
    </message>
    <message>
        <source>Protection switch</source>
        <translation>Koruma anahtarı</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Koruma</translation>
    </message>
    <message>
        <source>Song playing</source>
        <translation>Şarkı çalıyor</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>çalıyor</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>Discord member muted</source>
        <translation>Discord üyesi susturuldu</translation>
    </message>
    <message>
        <source>Discord member id</source>
        <translation>Discord üye kimliği</translation>
    </message>
    <message>
        <source>OBS scene on air</source>
        <translation>Yayındaki OBS sahnesi</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Sahne</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>yayında</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>OBS source shown</source>
        <translation>OBS kaynağı görünür</translation>
    </message>
    <message>
        <source>Scene › source</source>
        <translation>Sahne › kaynak</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>görünür</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>gizli</translation>
    </message>
    <message>
        <source>OBS input muted</source>
        <translation>OBS girişi sessiz</translation>
    </message>
    <message>
        <source>Audio input</source>
        <translation>Ses girişi</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>sessiz</translation>
    </message>
    <message>
        <source>live</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>OBS media playing</source>
        <translation>OBS medyası oynuyor</translation>
    </message>
    <message>
        <source>Media input</source>
        <translation>Medya girişi</translation>
    </message>
    <message>
        <source>OBS streaming</source>
        <translation>OBS yayında</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>CANLI</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>yayında değil</translation>
    </message>
    <message>
        <source>OBS recording</source>
        <translation>OBS kaydediyor</translation>
    </message>
    <message>
        <source>REC</source>
        <translation>KAYIT</translation>
    </message>
    <message>
        <source>OBS replay buffer</source>
        <translation>OBS tekrar arabelleği</translation>
    </message>
    <message>
        <source>OBS virtual camera</source>
        <translation>OBS sanal kamera</translation>
    </message>
    <message>
        <source>OBS studio mode</source>
        <translation>OBS stüdyo modu</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <source>The message answered</source>
        <translation>Yanıtlanan mesaj</translation>
    </message>
    <message>
        <source>Viewer name without @</source>
        <translation>@ olmadan izleyici adı</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Dakika</translation>
    </message>
    <message>
        <source>Reason (shown where the platform shows one)</source>
        <translation>Sebep (platform gösteriyorsa gösterilir)</translation>
    </message>
    <message>
        <source>The viewer's id, for services that moderate by id</source>
        <translation>İzleyicinin kimliği, kimlikle moderasyon yapan hizmetler için</translation>
    </message>
    <message>
        <source>Shield mode status</source>
        <translation>Kalkan modu durumu</translation>
    </message>
    <message>
        <source>Protection switches</source>
        <translation>Koruma anahtarları</translation>
    </message>
    <message>
        <source>Set protection switch</source>
        <translation>Koruma anahtarını ayarla</translation>
    </message>
    <message>
        <source>Ban list</source>
        <translation>Yasak listesi</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderasyon kaydı</translation>
    </message>
    <message>
        <source>Ban or time out recent followers</source>
        <translation>Son takipçileri yasakla veya zaman aşımı ver</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Spam filtreleri</translation>
    </message>
    <message>
        <source>Change a spam filter</source>
        <translation>Spam filtresini değiştir</translation>
    </message>
    <message>
        <source>Banned words</source>
        <translation>Yasaklı kelimeler</translation>
    </message>
    <message>
        <source>Add banned word</source>
        <translation>Yasaklı kelime ekle</translation>
    </message>
    <message>
        <source>Remove banned word</source>
        <translation>Yasaklı kelimeyi kaldır</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Son etkinlik</translation>
    </message>
    <message>
        <source>Audio alerts</source>
        <translation>Sesli uyarılar</translation>
    </message>
    <message>
        <source>Play audio alert</source>
        <translation>Sesli uyarı çal</translation>
    </message>
    <message>
        <source>Simulate donation</source>
        <translation>Bağış canlandır</translation>
    </message>
    <message>
        <source>Trigger effect overlay</source>
        <translation>Efekt katmanını tetikle</translation>
    </message>
    <message>
        <source>Change voice</source>
        <translation>Sesi değiştir</translation>
    </message>
    <message>
        <source>Play sound effect</source>
        <translation>Ses efekti çal</translation>
    </message>
    <message>
        <source>Hear myself</source>
        <translation>Kendimi duy</translation>
    </message>
    <message>
        <source>Gift leaderboard (KICKs)</source>
        <translation>Hediye sıralaması (KICKs)</translation>
    </message>
    <message>
        <source>Look up users</source>
        <translation>Kullanıcılara bak</translation>
    </message>
    <message>
        <source>Find a user by name</source>
        <translation>Kullanıcıyı adıyla bul</translation>
    </message>
    <message>
        <source>Channel-point rewards</source>
        <translation>Kanal puanı ödülleri</translation>
    </message>
    <message>
        <source>Create reward</source>
        <translation>Ödül oluştur</translation>
    </message>
    <message>
        <source>Edit reward</source>
        <translation>Ödülü düzenle</translation>
    </message>
    <message>
        <source>Delete reward</source>
        <translation>Ödülü sil</translation>
    </message>
    <message>
        <source>Reward redemptions</source>
        <translation>Ödül kullanımları</translation>
    </message>
    <message>
        <source>Accept redemptions</source>
        <translation>Kullanımları kabul et</translation>
    </message>
    <message>
        <source>Reject redemptions</source>
        <translation>Kullanımları reddet</translation>
    </message>
    <message>
        <source>Live event subscriptions</source>
        <translation>Canlı olay abonelikleri</translation>
    </message>
    <message>
        <source>Subscribe to live events</source>
        <translation>Canlı olaylara abone ol</translation>
    </message>
    <message>
        <source>Unsubscribe from live events</source>
        <translation>Canlı olay aboneliğini bırak</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Sunucu durumu</translation>
    </message>
    <message>
        <source>Viewers over time</source>
        <translation>Zaman içinde izleyiciler</translation>
    </message>
    <message>
        <source>Disconnect the broadcaster</source>
        <translation>Yayıncının bağlantısını kes</translation>
    </message>
    <message>
        <source>Connected chat clients</source>
        <translation>Bağlı sohbet istemcileri</translation>
    </message>
    <message>
        <source>Disabled chat users</source>
        <translation>Devre dışı sohbet kullanıcıları</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderatörler</translation>
    </message>
    <message>
        <source>Enable or disable a chat user</source>
        <translation>Sohbet kullanıcısını etkinleştir veya devre dışı bırak</translation>
    </message>
    <message>
        <source>Make or unmake a moderator</source>
        <translation>Moderatör yap veya moderatörlüğü al</translation>
    </message>
    <message>
        <source>Banned IP addresses</source>
        <translation>Yasaklı IP adresleri</translation>
    </message>
    <message>
        <source>Ban an IP address</source>
        <translation>IP adresini yasakla</translation>
    </message>
    <message>
        <source>Remove an IP ban</source>
        <translation>IP yasağını kaldır</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Takipçiler</translation>
    </message>
    <message>
        <source>Follow requests</source>
        <translation>Takip istekleri</translation>
    </message>
    <message>
        <source>Approve or reject a follow</source>
        <translation>Takibi onayla veya reddet</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook'lar</translation>
    </message>
    <message>
        <source>Create a webhook</source>
        <translation>Webhook oluştur</translation>
    </message>
    <message>
        <source>Delete a webhook</source>
        <translation>Webhook sil</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Erişim belirteçleri</translation>
    </message>
    <message>
        <source>Create an access token</source>
        <translation>Erişim belirteci oluştur</translation>
    </message>
    <message>
        <source>Delete an access token</source>
        <translation>Erişim belirtecini sil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Bot in the channel</source>
        <translation>Kanaldaki bot</translation>
    </message>
    <message>
        <source>Bring the bot into the channel</source>
        <translation>Botu kanala getir</translation>
    </message>
    <message>
        <source>Make the bot leave the channel</source>
        <translation>Botu kanaldan çıkar</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Komutlar</translation>
    </message>
    <message>
        <source>The service's own commands</source>
        <translation>Hizmetin kendi komutları</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Komutu çalıştır</translation>
    </message>
    <message>
        <source>Turn command on or off</source>
        <translation>Komutu aç veya kapat</translation>
    </message>
    <message>
        <source>Create command</source>
        <translation>Komut oluştur</translation>
    </message>
    <message>
        <source>Edit command</source>
        <translation>Komutu düzenle</translation>
    </message>
    <message>
        <source>Delete command</source>
        <translation>Komutu sil</translation>
    </message>
    <message>
        <source>Command cooldowns</source>
        <translation>Komut bekleme süreleri</translation>
    </message>
    <message>
        <source>Command platforms</source>
        <translation>Komut platformları</translation>
    </message>
    <message>
        <source>Change one of the service's own commands</source>
        <translation>Hizmetin kendi komutlarından birini değiştir</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Zamanlayıcılar</translation>
    </message>
    <message>
        <source>Create timer</source>
        <translation>Zamanlayıcı oluştur</translation>
    </message>
    <message>
        <source>Edit timer</source>
        <translation>Zamanlayıcıyı düzenle</translation>
    </message>
    <message>
        <source>Delete timer</source>
        <translation>Zamanlayıcıyı sil</translation>
    </message>
    <message>
        <source>AI bot settings</source>
        <translation>Yapay zekâ botu ayarları</translation>
    </message>
    <message>
        <source>Clear AI history</source>
        <translation>Yapay zekâ geçmişini temizle</translation>
    </message>
    <message>
        <source>Bot settings</source>
        <translation>Bot ayarları</translation>
    </message>
    <message>
        <source>Change a bot setting</source>
        <translation>Bir bot ayarını değiştir</translation>
    </message>
    <message>
        <source>Bot status</source>
        <translation>Bot durumu</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Alıntılar</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Alıntı ekle</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Alıntıyı düzenle</translation>
    </message>
    <message>
        <source>Delete quote</source>
        <translation>Alıntıyı sil</translation>
    </message>
    <message>
        <source>8-ball answers</source>
        <translation>Sihirli 8 top yanıtları</translation>
    </message>
    <message>
        <source>Set 8-ball answers</source>
        <translation>Sihirli 8 top yanıtlarını ayarla</translation>
    </message>
    <message>
        <source>Start auction</source>
        <translation>Açık artırma başlat</translation>
    </message>
    <message>
        <source>Rank scheme</source>
        <translation>Rütbe düzeni</translation>
    </message>
    <message>
        <source>Set rank scheme</source>
        <translation>Rütbe düzenini ayarla</translation>
    </message>
    <message>
        <source>Reset rank scheme</source>
        <translation>Rütbe düzenini sıfırla</translation>
    </message>
    <message>
        <source>Viewer hours</source>
        <translation>İzleyici saatleri</translation>
    </message>
    <message>
        <source>Discord bot status</source>
        <translation>Discord bot durumu</translation>
    </message>
    <message>
        <source>Discord message</source>
        <translation>Discord mesajı</translation>
    </message>
    <message>
        <source>Discord linked users</source>
        <translation>Discord bağlı kullanıcılar</translation>
    </message>
    <message>
        <source>Voice channels and members</source>
        <translation>Ses kanalları ve üyeler</translation>
    </message>
    <message>
        <source>Disconnect from voice</source>
        <translation>Sesten çıkar</translation>
    </message>
    <message>
        <source>Move to voice channel</source>
        <translation>Ses kanalına taşı</translation>
    </message>
    <message>
        <source>Mute / unmute in voice</source>
        <translation>Seste sustur / sesini aç</translation>
    </message>
    <message>
        <source>Mute everyone in channel</source>
        <translation>Kanaldaki herkesi sustur</translation>
    </message>
    <message>
        <source>Unmute everyone in channel</source>
        <translation>Kanaldaki herkesin sesini aç</translation>
    </message>
    <message>
        <source>Pull everyone into channel</source>
        <translation>Herkesi kanala çek</translation>
    </message>
    <message>
        <source>Send message as broadcaster</source>
        <translation>Yayıncı olarak mesaj gönder</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Message text (1-500 characters)</source>
        <translation>Mesaj metni (1-500 karakter)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Target platform: Kick, Twitch (default Kick)</source>
        <translation>Hedef platform: Kick, Twitch (varsayılan Kick)</translation>
    </message>
    <message>
        <source>Send message as bot</source>
        <translation>Bot olarak mesaj gönder</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <source>Text to speak (1-500 characters)</source>
        <translation>Seslendirilecek metin (1-500 karakter)</translation>
    </message>
    <message>
        <source>Name shown on screen (default API)</source>
        <translation>Ekranda görünen ad (varsayılan API)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Clip title</source>
        <translation>Klip başlığı</translation>
    </message>
    <message>
        <source>Clip length in seconds (5-180, default 30)</source>
        <translation>Klip uzunluğu, saniye (5-180, varsayılan 30)</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Kategoriyi değiştir</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Oyun</translation>
    </message>
    <message>
        <source>Game or category name</source>
        <translation>Oyun veya kategori adı</translation>
    </message>
    <message>
        <source>Kick category ID</source>
        <translation>Kick kategori kimliği</translation>
    </message>
    <message>
        <source>Kick category ID (wins over game)</source>
        <translation>Kick kategori kimliği (oyundan önceliklidir)</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Game or category to search (2-100 characters)</source>
        <translation>Aranacak oyun veya kategori (2-100 karakter)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Sınır</translation>
    </message>
    <message>
        <source>Row count (1-50, default 10)</source>
        <translation>Satır sayısı (1-50, varsayılan 10)</translation>
    </message>
    <message>
        <source>Min similarity</source>
        <translation>En az benzerlik</translation>
    </message>
    <message>
        <source>Minimum similarity score (0-100, default 25)</source>
        <translation>En düşük benzerlik puanı (0-100, varsayılan 25)</translation>
    </message>
    <message>
        <source>Change title</source>
        <translation>Başlığı değiştir</translation>
    </message>
    <message>
        <source>New stream title (1-140 characters)</source>
        <translation>Yeni yayın başlığı (1-140 karakter)</translation>
    </message>
    <message>
        <source>Get stream info</source>
        <translation>Yayın bilgisini al</translation>
    </message>
    <message>
        <source>Set title and category</source>
        <translation>Başlığı ve kategoriyi ayarla</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Uyarılar</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Kimlik</translation>
    </message>
    <message>
        <source>Audio alert ID (give id or name)</source>
        <translation>Sesli uyarı kimliği (kimlik veya ad verin)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Audio alert name (give id or name)</source>
        <translation>Sesli uyarı adı (kimlik veya ad verin)</translation>
    </message>
    <message>
        <source>Name shown on the alert (default API)</source>
        <translation>Uyarıda görünen ad (varsayılan API)</translation>
    </message>
    <message>
        <source>List audio alerts</source>
        <translation>Sesli uyarıları listele</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Filter (default all)</source>
        <translation>Filtre (varsayılan hepsi)</translation>
    </message>
    <message>
        <source>Row count (1-200, default 50)</source>
        <translation>Satır sayısı (1-200, varsayılan 50)</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Start offset (0-based, default 0)</source>
        <translation>Başlangıç konumu (0'dan başlar, varsayılan 0)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>Donation provider</source>
        <translation>Bağış sağlayıcısı</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Tutar</translation>
    </message>
    <message>
        <source>Donation amount (positive)</source>
        <translation>Bağış tutarı (pozitif)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Currency, e.g. $, EUR, TRY</source>
        <translation>Para birimi, ör. $, EUR, TRY</translation>
    </message>
    <message>
        <source>Donor username (default api_donor)</source>
        <translation>Bağışçı kullanıcı adı (varsayılan api_donor)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <source>Donor display name</source>
        <translation>Bağışçının görünen adı</translation>
    </message>
    <message>
        <source>Donation message</source>
        <translation>Bağış mesajı</translation>
    </message>
    <message>
        <source>Donor user ID</source>
        <translation>Bağışçı kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Rows per list (1-20, default 5)</source>
        <translation>Liste başına satır (1-20, varsayılan 5)</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efektler</translation>
    </message>
    <message>
        <source>Overlay ID</source>
        <translation>Katman kimliği</translation>
    </message>
    <message>
        <source>Effect overlay ID (give overlay_id or overlay_ids)</source>
        <translation>Efekt katmanı kimliği (overlay_id veya overlay_ids verin)</translation>
    </message>
    <message>
        <source>Overlay IDs</source>
        <translation>Katman kimlikleri</translation>
    </message>
    <message>
        <source>Several overlay IDs (at most 20)</source>
        <translation>Birkaç katman kimliği (en çok 20)</translation>
    </message>
    <message>
        <source>Default userstate platform (default Kick)</source>
        <translation>Varsayılan kullanıcı durumu platformu (varsayılan Kick)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veri</translation>
    </message>
    <message>
        <source>Custom JSON object passed to the effect code</source>
        <translation>Efekt koduna geçirilen özel JSON nesnesi</translation>
    </message>
    <message>
        <source>Kick subscribers</source>
        <translation>Kick aboneleri</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Topluluk</translation>
    </message>
    <message>
        <source>Include expired</source>
        <translation>Süresi dolanları da al</translation>
    </message>
    <message>
        <source>Include expired subscribers (1/0)</source>
        <translation>Süresi dolan aboneleri de al (1/0)</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Şarkılar</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Puan ekle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puanlar</translation>
    </message>
    <message>
        <source>Target user ID (looked up first)</source>
        <translation>Hedef kullanıcı kimliği (önce buna bakılır)</translation>
    </message>
    <message>
        <source>Target username without @ (fallback)</source>
        <translation>@ olmadan hedef kullanıcı adı (yedek)</translation>
    </message>
    <message>
        <source>Points to add (1-99,999,999)</source>
        <translation>Eklenecek puan (1-99.999.999)</translation>
    </message>
    <message>
        <source>Platform: Kick, Twitch, YouTube or TikTok</source>
        <translation>Platform: Kick, Twitch, YouTube veya TikTok</translation>
    </message>
    <message>
        <source>Remove points</source>
        <translation>Puan sil</translation>
    </message>
    <message>
        <source>Points to remove (1-99,999,999)</source>
        <translation>Silinecek puan (1-99.999.999)</translation>
    </message>
    <message>
        <source>Get points</source>
        <translation>Puanları al</translation>
    </message>
    <message>
        <source>Row count (1-100, default 20)</source>
        <translation>Satır sayısı (1-100, varsayılan 20)</translation>
    </message>
    <message>
        <source>New points value (0-99,999,999)</source>
        <translation>Yeni puan değeri (0-99.999.999)</translation>
    </message>
    <message>
        <source>From user ID</source>
        <translation>Gönderen kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Sender user ID (looked up first)</source>
        <translation>Gönderen kullanıcı kimliği (önce buna bakılır)</translation>
    </message>
    <message>
        <source>From username</source>
        <translation>Gönderen kullanıcı adı</translation>
    </message>
    <message>
        <source>Sender username without @ (fallback)</source>
        <translation>@ olmadan gönderen kullanıcı adı (yedek)</translation>
    </message>
    <message>
        <source>To user ID</source>
        <translation>Alan kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Receiver user ID (looked up first)</source>
        <translation>Alan kullanıcı kimliği (önce buna bakılır)</translation>
    </message>
    <message>
        <source>To username</source>
        <translation>Alan kullanıcı adı</translation>
    </message>
    <message>
        <source>Receiver username without @ (fallback)</source>
        <translation>@ olmadan alan kullanıcı adı (yedek)</translation>
    </message>
    <message>
        <source>Points to move (1-99,999,999)</source>
        <translation>Aktarılacak puan (1-99.999.999)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>add, remove or set</source>
        <translation>ekle, sil veya ayarla</translation>
    </message>
    <message>
        <source>Minutes (1+ for add/remove, 0+ for set)</source>
        <translation>Dakika (ekle/sil için 1+, ayarla için 0+)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Day YYYY-MM-DD (omitted: totals only)</source>
        <translation>Gün YYYY-AA-GG (boşsa: yalnızca toplamlar)</translation>
    </message>
    <message>
        <source>Get watch time</source>
        <translation>İzleme süresini al</translation>
    </message>
    <message>
        <source>One day YYYY-MM-DD</source>
        <translation>Bir gün YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Date from</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>Range start YYYY-MM-DD (with date_to)</source>
        <translation>Aralık başı YYYY-AA-GG (date_to ile)</translation>
    </message>
    <message>
        <source>Date to</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Range end YYYY-MM-DD (with date_from)</source>
        <translation>Aralık sonu YYYY-AA-GG (date_from ile)</translation>
    </message>
    <message>
        <source>Default minutes for rows without amount</source>
        <translation>Tutarı olmayan satırlar için varsayılan dakika</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>1-100 rows of {userid or username, amount}</source>
        <translation>1-100 satır {userid veya username, amount}</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <source>Command name, e.g. !hello (give command or id)</source>
        <translation>Komut adı, ör. !merhaba (komut veya kimlik verin)</translation>
    </message>
    <message>
        <source>Command ID (give command or id)</source>
        <translation>Komut kimliği (komut veya kimlik verin)</translation>
    </message>
    <message>
        <source>Arguments appended to the command</source>
        <translation>Komuta eklenen bağımsız değişkenler</translation>
    </message>
    <message>
        <source>Who runs it (default: broadcaster)</source>
        <translation>Kim çalıştırıyor (varsayılan: yayıncı)</translation>
    </message>
    <message>
        <source>List commands</source>
        <translation>Komutları listele</translation>
    </message>
    <message>
        <source>Toggle command</source>
        <translation>Komutu aç/kapat</translation>
    </message>
    <message>
        <source>on, off or toggle</source>
        <translation>aç, kapat veya değiştir</translation>
    </message>
    <message>
        <source>Command name (at most 50 characters)</source>
        <translation>Komut adı (en çok 50 karakter)</translation>
    </message>
    <message>
        <source>Command response</source>
        <translation>Komut yanıtı</translation>
    </message>
    <message>
        <source>New response</source>
        <translation>Yeni yanıt</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>New aliases (comma separated or a list)</source>
        <translation>Yeni takma adlar (virgülle ayrılmış veya liste)</translation>
    </message>
    <message>
        <source>Set command cooldown</source>
        <translation>Komut bekleme süresini ayarla</translation>
    </message>
    <message>
        <source>Cooldown global seconds</source>
        <translation>Genel bekleme (saniye)</translation>
    </message>
    <message>
        <source>Global cooldown seconds (0-86400)</source>
        <translation>Genel bekleme süresi, saniye (0-86400)</translation>
    </message>
    <message>
        <source>Cooldown user seconds</source>
        <translation>Kullanıcı başına bekleme (saniye)</translation>
    </message>
    <message>
        <source>Per-user cooldown seconds (0-86400)</source>
        <translation>Kullanıcı başına bekleme süresi, saniye (0-86400)</translation>
    </message>
    <message>
        <source>Set command platforms</source>
        <translation>Komut platformlarını ayarla</translation>
    </message>
    <message>
        <source>Platform kick</source>
        <translation>Kick platformu</translation>
    </message>
    <message>
        <source>Kick on (1) or off (0)</source>
        <translation>Kick açık (1) veya kapalı (0)</translation>
    </message>
    <message>
        <source>Platform twitch</source>
        <translation>Twitch platformu</translation>
    </message>
    <message>
        <source>Twitch on (1) or off (0)</source>
        <translation>Twitch açık (1) veya kapalı (0)</translation>
    </message>
    <message>
        <source>Platform tiktok</source>
        <translation>TikTok platformu</translation>
    </message>
    <message>
        <source>TikTok on (1) or off (0)</source>
        <translation>TikTok açık (1) veya kapalı (0)</translation>
    </message>
    <message>
        <source>Platform youtube</source>
        <translation>YouTube platformu</translation>
    </message>
    <message>
        <source>YouTube on (1) or off (0)</source>
        <translation>YouTube açık (1) veya kapalı (0)</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>Yapay zekâ</translation>
    </message>
    <message>
        <source>Gemini aktif</source>
        <translation>Gemini aktif</translation>
    </message>
    <message>
        <source>AI bot on, off or toggle</source>
        <translation>Yapay zekâ botu aç, kapat veya değiştir</translation>
    </message>
    <message>
        <source>AI sadece abone</source>
        <translation>Yapay zekâ yalnızca abonelere</translation>
    </message>
    <message>
        <source>Subscriber-only on, off or toggle</source>
        <translation>Yalnızca aboneler: aç, kapat veya değiştir</translation>
    </message>
    <message>
        <source>AI text</source>
        <translation>Yapay zekâ metni</translation>
    </message>
    <message>
        <source>Prompt (at most 12000 characters; changing it clears history)</source>
        <translation>Yönerge (en çok 12000 karakter; değiştirmek geçmişi temizler)</translation>
    </message>
    <message>
        <source>Timeout user</source>
        <translation>Kullanıcıya zaman aşımı ver</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderasyon</translation>
    </message>
    <message>
        <source>User to time out</source>
        <translation>Zaman aşımı verilecek kullanıcı</translation>
    </message>
    <message>
        <source>Minutes (1-525600, default 1)</source>
        <translation>Dakika (1-525600, varsayılan 1)</translation>
    </message>
    <message>
        <source>Ban user</source>
        <translation>Kullanıcıyı yasakla</translation>
    </message>
    <message>
        <source>User to ban</source>
        <translation>Yasaklanacak kullanıcı</translation>
    </message>
    <message>
        <source>User ID (used first when given)</source>
        <translation>Kullanıcı kimliği (verilirse önce bu kullanılır)</translation>
    </message>
    <message>
        <source>on, off or toggle (default toggle)</source>
        <translation>aç, kapat veya değiştir (varsayılan değiştir)</translation>
    </message>
    <message>
        <source>Shield-ban lookback in minutes (when turning on)</source>
        <translation>Kalkan yasağının geriye bakış süresi, dakika (açarken)</translation>
    </message>
    <message>
        <source>Set moderation feature</source>
        <translation>Moderasyon özelliğini ayarla</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Özellik</translation>
    </message>
    <message>
        <source>Moderation feature</source>
        <translation>Moderasyon özelliği</translation>
    </message>
    <message>
        <source>Username filter</source>
        <translation>Kullanıcı adı filtresi</translation>
    </message>
    <message>
        <source>Spam protection</source>
        <translation>Spam koruması</translation>
    </message>
    <message>
        <source>Link protection</source>
        <translation>Bağlantı koruması</translation>
    </message>
    <message>
        <source>Profanity filter</source>
        <translation>Küfür filtresi</translation>
    </message>
    <message>
        <source>Caps filter</source>
        <translation>Büyük harf filtresi</translation>
    </message>
    <message>
        <source>Flood protection</source>
        <translation>Flood koruması</translation>
    </message>
    <message>
        <source>Multi-account spam</source>
        <translation>Çoklu hesap spamı</translation>
    </message>
    <message>
        <source>Visitor check</source>
        <translation>Ziyaretçi denetimi</translation>
    </message>
    <message>
        <source>Moderation status</source>
        <translation>Moderasyon durumu</translation>
    </message>
    <message>
        <source>Only this feature</source>
        <translation>Yalnızca bu özellik</translation>
    </message>
    <message>
        <source>Only this platform (optional filter)</source>
        <translation>Yalnızca bu platform (isteğe bağlı filtre)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Row count (1-50, default 25)</source>
        <translation>Satır sayısı (1-50, varsayılan 25)</translation>
    </message>
    <message>
        <source>Unban user</source>
        <translation>Kullanıcının yasağını kaldır</translation>
    </message>
    <message>
        <source>User to unban</source>
        <translation>Yasağı kaldırılacak kullanıcı</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>ban or timeout</source>
        <translation>yasak veya zaman aşımı</translation>
    </message>
    <message>
        <source>Start position, 1 = most recent (default 1)</source>
        <translation>Başlangıç sırası, 1 = en yeni (varsayılan 1)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <source>How many followers (1-10, default 1)</source>
        <translation>Kaç takipçi (1-10, varsayılan 1)</translation>
    </message>
    <message>
        <source>Timeout minutes (1-525600; timeout only)</source>
        <translation>Zaman aşımı dakikası (1-525600; yalnızca zaman aşımında)</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Guild ID</source>
        <translation>Sunucu kimliği</translation>
    </message>
    <message>
        <source>Guild ID (default: from settings)</source>
        <translation>Sunucu kimliği (varsayılan: ayarlardan)</translation>
    </message>
    <message>
        <source>Channel ID</source>
        <translation>Kanal kimliği</translation>
    </message>
    <message>
        <source>Message channel to check</source>
        <translation>Denetlenecek mesaj kanalı</translation>
    </message>
    <message>
        <source>Log channel ID</source>
        <translation>Kayıt kanalı kimliği</translation>
    </message>
    <message>
        <source>Log channel to check</source>
        <translation>Denetlenecek kayıt kanalı</translation>
    </message>
    <message>
        <source>Channel ID in your guild</source>
        <translation>Sunucunuzdaki kanal kimliği</translation>
    </message>
    <message>
        <source>Text (at most 2000 characters)</source>
        <translation>Metin (en çok 2000 karakter)</translation>
    </message>
    <message>
        <source>Embed title</source>
        <translation>Gömme başlığı</translation>
    </message>
    <message>
        <source>Embed title (at most 256 characters)</source>
        <translation>Gömme başlığı (en çok 256 karakter)</translation>
    </message>
    <message>
        <source>Embed description</source>
        <translation>Gömme açıklaması</translation>
    </message>
    <message>
        <source>Embed description (at most 4096 characters)</source>
        <translation>Gömme açıklaması (en çok 4096 karakter)</translation>
    </message>
    <message>
        <source>Embed color</source>
        <translation>Gömme rengi</translation>
    </message>
    <message>
        <source>Embed colour: #FF5733 or 16721715</source>
        <translation>Gömme rengi: #FF5733 veya 16721715</translation>
    </message>
    <message>
        <source>Discord voice</source>
        <translation>Discord ses</translation>
    </message>
    <message>
        <source>Only this voice channel</source>
        <translation>Yalnızca bu ses kanalı</translation>
    </message>
    <message>
        <source>Discord ID</source>
        <translation>Discord kimliği</translation>
    </message>
    <message>
        <source>Discord user ID</source>
        <translation>Discord kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Target channel ID</source>
        <translation>Hedef kanal kimliği</translation>
    </message>
    <message>
        <source>Target voice channel ID</source>
        <translation>Hedef ses kanalı kimliği</translation>
    </message>
    <message>
        <source>Voice channel ID</source>
        <translation>Ses kanalı kimliği</translation>
    </message>
    <message>
        <source>From channel ID</source>
        <translation>Kaynak kanal kimliği</translation>
    </message>
    <message>
        <source>Only from this channel (default: all)</source>
        <translation>Yalnızca bu kanaldan (varsayılan: hepsi)</translation>
    </message>
    <message>
        <source>Voicemod voice</source>
        <translation>Voicemod sesi</translation>
    </message>
    <message>
        <source>Voicemod</source>
        <translation>Voicemod</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Voice name, e.g. baby, deep</source>
        <translation>Ses adı, ör. baby, deep</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Bekleme süresi</translation>
    </message>
    <message>
        <source>Seconds (default 60)</source>
        <translation>Saniye (varsayılan 60)</translation>
    </message>
    <message>
        <source>Original voice</source>
        <translation>Özgün ses</translation>
    </message>
    <message>
        <source>Return to original voice afterwards (1/0)</source>
        <translation>Sonra özgün sese dön (1/0)</translation>
    </message>
    <message>
        <source>Voicemod sound</source>
        <translation>Voicemod efekti</translation>
    </message>
    <message>
        <source>Sound effect name</source>
        <translation>Ses efekti adı</translation>
    </message>
    <message>
        <source>Voicemod hear myself</source>
        <translation>Voicemod kendimi duy</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ayar</translation>
    </message>
    <message>
        <source>Which setting (not donated, channel, chanid)</source>
        <translation>Hangi ayar (donated, channel, chanid değil)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>New value: 1/0 for switches, a number, or text</source>
        <translation>Yeni değer: anahtarlar için 1/0, bir sayı veya metin</translation>
    </message>
    <message>
        <source>Chat filter</source>
        <translation>Sohbet filtresi</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Word to ban</source>
        <translation>Yasaklanacak kelime</translation>
    </message>
    <message>
        <source>Word to allow again</source>
        <translation>Yeniden izin verilecek kelime</translation>
    </message>
    <message>
        <source>Your channel's numeric id (chanid in the settings)</source>
        <translation>Kanalınızın sayısal kimliği (ayarlardaki chanid)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Kim söyledi</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Ne söyledi</translation>
    </message>
    <message>
        <source>Quote number</source>
        <translation>Alıntı numarası</translation>
    </message>
    <message>
        <source>The new text</source>
        <translation>Yeni metin</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Oyunlar</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Dizi</translation>
    </message>
    <message>
        <source>Every answer, one per item (empty: the bot's defaults)</source>
        <translation>Her yanıt, öğe başına bir tane (boşsa: botun varsayılanları)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <source>What is auctioned</source>
        <translation>Açık artırmadaki şey</translation>
    </message>
    <message>
        <source>Starting bid</source>
        <translation>Başlangıç teklifi</translation>
    </message>
    <message>
        <source>Starting bid in points</source>
        <translation>Puan olarak başlangıç teklifi</translation>
    </message>
    <message>
        <source>Whisper to the winner</source>
        <translation>Kazanana fısılda</translation>
    </message>
    <message>
        <source>Whispered to the winner (e.g. a game key)</source>
        <translation>Kazanana fısıldanır (ör. bir oyun anahtarı)</translation>
    </message>
    <message>
        <source>The viewer's numeric id on ScottyBot</source>
        <translation>İzleyicinin ScottyBot'taki sayısal kimliği</translation>
    </message>
    <message>
        <source>How many points</source>
        <translation>Kaç puan</translation>
    </message>
    <message>
        <source>Points each viewer gets</source>
        <translation>Her izleyicinin aldığı puan</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>İzleyiciler</translation>
    </message>
    <message>
        <source>Your channel's name or numeric id</source>
        <translation>Kanalınızın adı veya sayısal kimliği</translation>
    </message>
    <message>
        <source>Ranks</source>
        <translation>Rütbeler</translation>
    </message>
    <message>
        <source>Hours to rank name, e.g. {"0": "Newbie"}</source>
        <translation>Saatten rütbe adına, ör. {"0": "Çaylak"}</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Make the bot speak</source>
        <translation>Botu konuştur</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>Söyle</translation>
    </message>
    <message>
        <source>What the bot says in chat</source>
        <translation>Botun sohbette söylediği</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Make Nightbot join the channel</source>
        <translation>Nightbot'u kanala kat</translation>
    </message>
    <message>
        <source>Make Nightbot leave the channel</source>
        <translation>Nightbot'u kanaldan çıkar</translation>
    </message>
    <message>
        <source>Send chat message as Nightbot</source>
        <translation>Nightbot olarak sohbete mesaj gönder</translation>
    </message>
    <message>
        <source>At most 400 characters</source>
        <translation>En çok 400 karakter</translation>
    </message>
    <message>
        <source>Chat ID</source>
        <translation>Sohbet kimliği</translation>
    </message>
    <message>
        <source>One chat room (YouTube channels with several); default all</source>
        <translation>Tek bir sohbet odası (birden çok odası olan YouTube kanalları); varsayılan hepsi</translation>
    </message>
    <message>
        <source>Custom commands</source>
        <translation>Özel komutlar</translation>
    </message>
    <message>
        <source>Create custom command</source>
        <translation>Özel komut oluştur</translation>
    </message>
    <message>
        <source>Usually starts with !</source>
        <translation>Genellikle ! ile başlar</translation>
    </message>
    <message>
        <source>The answer (variables allowed), at most 400</source>
        <translation>Yanıt (değişkenler kullanılabilir), en çok 400</translation>
    </message>
    <message>
        <source>Cool down</source>
        <translation>Bekleme süresi</translation>
    </message>
    <message>
        <source>Seconds between uses</source>
        <translation>Kullanımlar arası saniye</translation>
    </message>
    <message>
        <source>User level</source>
        <translation>Kullanıcı düzeyi</translation>
    </message>
    <message>
        <source>Who may use it</source>
        <translation>Kimler kullanabilir</translation>
    </message>
    <message>
        <source>Custom command</source>
        <translation>Özel komut</translation>
    </message>
    <message>
        <source>A 24-character id, as Nightbot gives it</source>
        <translation>Nightbot'un verdiği 24 karakterlik kimlik</translation>
    </message>
    <message>
        <source>Edit custom command</source>
        <translation>Özel komutu düzenle</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Kullanım sayısı</translation>
    </message>
    <message>
        <source>Delete custom command</source>
        <translation>Özel komutu sil</translation>
    </message>
    <message>
        <source>Default commands</source>
        <translation>Varsayılan komutlar</translation>
    </message>
    <message>
        <source>Default command</source>
        <translation>Varsayılan komut</translation>
    </message>
    <message>
        <source>The command's _name, e.g. commands (not !commands)</source>
        <translation>Komutun _name değeri, ör. commands (!commands değil)</translation>
    </message>
    <message>
        <source>Edit default command</source>
        <translation>Varsayılan komutu düzenle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>On or off</source>
        <translation>Açık veya kapalı</translation>
    </message>
    <message>
        <source>Account and sign-in</source>
        <translation>Hesap ve giriş</translation>
    </message>
    <message>
        <source>At most this many (1-100)</source>
        <translation>En çok bu kadar (1-100)</translation>
    </message>
    <message>
        <source>Skip this many</source>
        <translation>Bu kadarını atla</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Search the names</source>
        <translation>Adlarda ara</translation>
    </message>
    <message>
        <source>Username (YouTube: the channel URL)</source>
        <translation>Kullanıcı adı (YouTube: kanal URL'si)</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Müdavim</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Sınırlar</translation>
    </message>
    <message>
        <source>AutoDJ playlist (one of the settings' playlists)</source>
        <translation>AutoDJ çalma listesi (ayarlardaki listelerden biri)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Sağlayıcılar</translation>
    </message>
    <message>
        <source>Where songs may come from</source>
        <translation>Şarkıların gelebileceği yerler</translation>
    </message>
    <message>
        <source>Search provider</source>
        <translation>Arama sağlayıcısı</translation>
    </message>
    <message>
        <source>Where a search looks</source>
        <translation>Aramanın baktığı yer</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Ses düzeyi</translation>
    </message>
    <message>
        <source>AutoDJ volume (0-100)</source>
        <translation>AutoDJ ses düzeyi (0-100)</translation>
    </message>
    <message>
        <source>Youtube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sıralama</translation>
    </message>
    <message>
        <source>Sort by (default date)</source>
        <translation>Sıralama (varsayılan tarih)</translation>
    </message>
    <message>
        <source>A song's URL, or words to search for</source>
        <translation>Şarkının URL'si veya aranacak kelimeler</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A playlist's URL</source>
        <translation>Bir çalma listesinin URL'si</translation>
    </message>
    <message>
        <source>Playlist item</source>
        <translation>Çalma listesi öğesi</translation>
    </message>
    <message>
        <source>Clear the queue</source>
        <translation>Kuyruğu temizle</translation>
    </message>
    <message>
        <source>Queue item</source>
        <translation>Kuyruk öğesi</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Kuyruktan çıkar</translation>
    </message>
    <message>
        <source>Move to the front of the queue</source>
        <translation>Kuyruğun en önüne al</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Spam filtresi</translation>
    </message>
    <message>
        <source>The filter's _type, e.g. blacklist</source>
        <translation>Filtrenin _type değeri, ör. blacklist</translation>
    </message>
    <message>
        <source>Change spam filter</source>
        <translation>Spam filtresini değiştir</translation>
    </message>
    <message>
        <source>Exempt user level</source>
        <translation>Muaf kullanıcı düzeyi</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Uzunluk</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Saniye olarak zaman aşımı</translation>
    </message>
    <message>
        <source>The filter's threshold (within its _limitMin.._limitMax)</source>
        <translation>Filtrenin eşiği (_limitMin.._limitMax aralığında)</translation>
    </message>
    <message>
        <source>Said on a timeout (empty: Nightbot's own quotes)</source>
        <translation>Zaman aşımında söylenen (boşsa: Nightbot'un kendi sözleri)</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Time out without a message</source>
        <translation>Mesaj vermeden zaman aşımı ver</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Kara liste</translation>
    </message>
    <message>
        <source>One entry a line: * is a wildcard, ~/pattern/flags a regex</source>
        <translation>Her satırda bir kayıt: * joker karakterdir, ~/desen/bayraklar düzenli ifadedir</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>İzin listesi</translation>
    </message>
    <message>
        <source>One entry a line (the link filter reads host names)</source>
        <translation>Her satırda bir kayıt (bağlantı filtresi alan adlarını okur)</translation>
    </message>
    <message>
        <source>Nightbot subscribers</source>
        <translation>Nightbot aboneleri</translation>
    </message>
    <message>
        <source>Add Nightbot subscriber</source>
        <translation>Nightbot abonesi ekle</translation>
    </message>
    <message>
        <source>Nightbot subscriber</source>
        <translation>Nightbot abonesi</translation>
    </message>
    <message>
        <source>Remove Nightbot subscriber</source>
        <translation>Nightbot abonesini çıkar</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>Cron, at most once every 5 minutes, e.g. */15 * * * *</source>
        <translation>Cron, en sık 5 dakikada bir, ör. */15 * * * *</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Satırlar</translation>
    </message>
    <message>
        <source>Chat lines needed in 5 minutes</source>
        <translation>5 dakikada gereken sohbet satırı</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zamanlayıcı</translation>
    </message>
    <message>
        <source>Cron, at most once every 5 minutes</source>
        <translation>Cron, en sık 5 dakikada bir</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Public web config</source>
        <translation>Herkese açık web ayarları</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Send a system message to one client</source>
        <translation>Bir istemciye sistem mesajı gönder</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>İstemci kimliği</translation>
    </message>
    <message>
        <source>Send a user message (deprecated)</source>
        <translation>Kullanıcı mesajı gönder (eskimiş)</translation>
    </message>
    <message>
        <source>Send chat message as the integration</source>
        <translation>Entegrasyon olarak sohbete mesaj gönder</translation>
    </message>
    <message>
        <source>Hide or show chat messages</source>
        <translation>Sohbet mesajlarını gizle veya göster</translation>
    </message>
    <message>
        <source>ID array</source>
        <translation>Kimlik dizisi</translation>
    </message>
    <message>
        <source>Message ids</source>
        <translation>Mesaj kimlikleri</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Görünür</translation>
    </message>
    <message>
        <source>Set the stream title</source>
        <translation>Yayın başlığını ayarla</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Sohbet geçmişi</translation>
    </message>
    <message>
        <source>A chat user's details (moderator chat token)</source>
        <translation>Bir sohbet kullanıcısının ayrıntıları (moderatör sohbet belirteci)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Erişim belirteci</translation>
    </message>
    <message>
        <source>A moderator's chat access token</source>
        <translation>Bir moderatörün sohbet erişim belirteci</translation>
    </message>
    <message>
        <source>Server status and broadcaster</source>
        <translation>Sunucu durumu ve yayıncı</translation>
    </message>
    <message>
        <source>Server configuration</source>
        <translation>Sunucu yapılandırması</translation>
    </message>
    <message>
        <source>Window start</source>
        <translation>Pencere başlangıcı</translation>
    </message>
    <message>
        <source>Start, in unix time</source>
        <translation>Başlangıç, unix zamanı olarak</translation>
    </message>
    <message>
        <source>Active viewers</source>
        <translation>Etkin izleyiciler</translation>
    </message>
    <message>
        <source>Hardware stats</source>
        <translation>Donanım istatistikleri</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Günlükler</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Uyarılar ve hatalar</translation>
    </message>
    <message>
        <source>Video playback metrics</source>
        <translation>Video oynatma ölçümleri</translation>
    </message>
    <message>
        <source>Update options</source>
        <translation>Güncelleme seçenekleri</translation>
    </message>
    <message>
        <source>Start the update</source>
        <translation>Güncellemeyi başlat</translation>
    </message>
    <message>
        <source>Quit and restart the server</source>
        <translation>Sunucuyu kapatıp yeniden başlat</translation>
    </message>
    <message>
        <source>Reset the directory registration</source>
        <translation>Dizin kaydını sıfırla</translation>
    </message>
    <message>
        <source>Prometheus API (GET)</source>
        <translation>Prometheus API (GET)</translation>
    </message>
    <message>
        <source>Prometheus API (POST)</source>
        <translation>Prometheus API (POST)</translation>
    </message>
    <message>
        <source>Prometheus API (PUT)</source>
        <translation>Prometheus API (PUT)</translation>
    </message>
    <message>
        <source>Prometheus API (DELETE)</source>
        <translation>Prometheus API (DELETE)</translation>
    </message>
    <message>
        <source>Connected chat clients (admin)</source>
        <translation>Bağlı sohbet istemcileri (yönetici)</translation>
    </message>
    <message>
        <source>All chat messages, hidden too</source>
        <translation>Tüm sohbet mesajları, gizliler de</translation>
    </message>
    <message>
        <source>Hide or show chat messages (admin)</source>
        <translation>Sohbet mesajlarını gizle veya göster (yönetici)</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>Bir IPv4 veya IPv6 adresi</translation>
    </message>
    <message>
        <source>Is moderator</source>
        <translation>Moderatör mü</translation>
    </message>
    <message>
        <source>Upload a custom emoji</source>
        <translation>Özel emoji yükle</translation>
    </message>
    <message>
        <source>The image as a data: URL</source>
        <translation>Görüntü, data: URL'si olarak</translation>
    </message>
    <message>
        <source>Delete a custom emoji</source>
        <translation>Özel emojiyi sil</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosyal</translation>
    </message>
    <message>
        <source>Rejected and blocked follows</source>
        <translation>Reddedilen ve engellenen takipler</translation>
    </message>
    <message>
        <source>Actor iri</source>
        <translation>Aktör IRI</translation>
    </message>
    <message>
        <source>A web address starting with http:// or https://</source>
        <translation>http:// veya https:// ile başlayan bir web adresi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Onaylandı</translation>
    </message>
    <message>
        <source>Post to the fediverse</source>
        <translation>Fediverse'e gönderi paylaş</translation>
    </message>
    <message>
        <source>Fediverse activity</source>
        <translation>Fediverse etkinliği</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Entegrasyonlar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>One or more of: CHAT, USER_JOINED, USER_PARTED, NAME_CHANGE, VISIBILITY-UPDATE, PING, PONG, STREAM_STARTED, STREAM_STOPPED, STREAM_TITLE_UPDATED, SYSTEM, CHAT_ACTION</source>
        <translation>Şunlardan biri veya birkaçı: CHAT, USER_JOINED, USER_PARTED, NAME_CHANGE, VISIBILITY-UPDATE, PING, PONG, STREAM_STARTED, STREAM_STOPPED, STREAM_TITLE_UPDATED, SYSTEM, CHAT_ACTION</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>Of: CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES, HAS_ADMIN_ACCESS</source>
        <translation>Şunlardan: CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES, HAS_ADMIN_ACCESS</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Belirteç</translation>
    </message>
    <message>
        <source>Stream title</source>
        <translation>Yayın başlığı</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Sunucu adı</translation>
    </message>
    <message>
        <source>Server summary</source>
        <translation>Sunucu özeti</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Çevrimdışı mesajı</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Karşılama mesajı</translation>
    </message>
    <message>
        <source>Extra page content (Markdown)</source>
        <translation>Ek sayfa içeriği (Markdown)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>NSFW</source>
        <translation>NSFW</translation>
    </message>
    <message>
        <source>Listed in the Owncast directory</source>
        <translation>Owncast dizininde listelensin</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Sunucu URL'si</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Social handles</source>
        <translation>Sosyal hesaplar</translation>
    </message>
    <message>
        <source>Hide the viewer count</source>
        <translation>İzleyici sayısını gizle</translation>
    </message>
    <message>
        <source>Keep out of search engines</source>
        <translation>Arama motorlarından uzak tut</translation>
    </message>
    <message>
        <source>Chat off</source>
        <translation>Sohbet kapalı</translation>
    </message>
    <message>
        <source>Join messages</source>
        <translation>Katılma mesajları</translation>
    </message>
    <message>
        <source>Established-user mode</source>
        <translation>Yerleşik kullanıcı modu</translation>
    </message>
    <message>
        <source>Forbidden usernames</source>
        <translation>Yasak kullanıcı adları</translation>
    </message>
    <message>
        <source>Suggested usernames</source>
        <translation>Önerilen kullanıcı adları</translation>
    </message>
    <message>
        <source>Slur filter</source>
        <translation>Hakaret filtresi</translation>
    </message>
    <message>
        <source>External actions</source>
        <translation>Dış eylemler</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Custom styles (CSS)</source>
        <translation>Özel stiller (CSS)</translation>
    </message>
    <message>
        <source>Custom JavaScript</source>
        <translation>Özel JavaScript</translation>
    </message>
    <message>
        <source>Colours and style variables</source>
        <translation>Renkler ve stil değişkenleri</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Federasyon</translation>
    </message>
    <message>
        <source>Private federation activity</source>
        <translation>Özel federasyon etkinliği</translation>
    </message>
    <message>
        <source>Show fediverse engagement in chat</source>
        <translation>Fediverse etkileşimini sohbette göster</translation>
    </message>
    <message>
        <source>Federated username</source>
        <translation>Federasyon kullanıcı adı</translation>
    </message>
    <message>
        <source>Federated go-live message</source>
        <translation>Federasyon yayına başlama mesajı</translation>
    </message>
    <message>
        <source>Blocked fediverse domains</source>
        <translation>Engellenen fediverse alan adları</translation>
    </message>
    <message>
        <source>Discord notifications</source>
        <translation>Discord bildirimleri</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Bildirimler</translation>
    </message>
    <message>
        <source>Browser notifications</source>
        <translation>Tarayıcı bildirimleri</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Yönetici parolası</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Gelişmiş</translation>
    </message>
    <message>
        <source>Stream keys</source>
        <translation>Yayın anahtarları</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Video kodeği</translation>
    </message>
    <message>
        <source>Latency level</source>
        <translation>Gecikme düzeyi</translation>
    </message>
    <message>
        <source>0 (lowest latency) to 4 (most buffer)</source>
        <translation>0 (en düşük gecikme) ile 4 (en çok arabellek) arası</translation>
    </message>
    <message>
        <source>Output variants</source>
        <translation>Çıkış varyantları</translation>
    </message>
    <message>
        <source>FFmpeg path</source>
        <translation>FFmpeg yolu</translation>
    </message>
    <message>
        <source>Web server port</source>
        <translation>Web sunucusu portu</translation>
    </message>
    <message>
        <source>Web server address</source>
        <translation>Web sunucusu adresi</translation>
    </message>
    <message>
        <source>RTMP port</source>
        <translation>RTMP portu</translation>
    </message>
    <message>
        <source>Chat socket address</source>
        <translation>Sohbet soketi adresi</translation>
    </message>
    <message>
        <source>Video serving address</source>
        <translation>Video sunum adresi</translation>
    </message>
    <message>
        <source>S3 storage</source>
        <translation>S3 depolama</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategoriler</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>İmleç</translation>
    </message>
    <message>
        <source>1-1000 (default 25)</source>
        <translation>1-1000 (varsayılan 25)</translation>
    </message>
    <message>
        <source>Names, 3-100 characters each</source>
        <translation>Adlar, her biri 3-100 karakter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Tags, 3-100 characters each</source>
        <translation>Etiketler, her biri 3-100 karakter</translation>
    </message>
    <message>
        <source>Category ids</source>
        <translation>Kategori kimlikleri</translation>
    </message>
    <message>
        <source>Search categories (v1)</source>
        <translation>Kategori ara (v1)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <source>Category (v1)</source>
        <translation>Kategori (v1)</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>Kategori kimliği</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanallar</translation>
    </message>
    <message>
        <source>Broadcaster user ID</source>
        <translation>Yayıncı kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Up to 50 user ids</source>
        <translation>En çok 50 kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <source>Up to 50 slugs, 25 characters each</source>
        <translation>En çok 50 kısa ad, her biri 25 karakter</translation>
    </message>
    <message>
        <source>Change title, category and tags</source>
        <translation>Başlığı, kategoriyi ve etiketleri değiştir</translation>
    </message>
    <message>
        <source>Custom tags</source>
        <translation>Özel etiketler</translation>
    </message>
    <message>
        <source>Livestreams</source>
        <translation>Canlı yayınlar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sıralama</translation>
    </message>
    <message>
        <source>Livestream stats</source>
        <translation>Canlı yayın istatistikleri</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Bedel</translation>
    </message>
    <message>
        <source>Background color</source>
        <translation>Arka plan rengi</translation>
    </message>
    <message>
        <source>A colour like #53FC18</source>
        <translation>#53FC18 gibi bir renk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Find your API key in the MissXss panel under &lt;i&gt;API&lt;/i&gt;.</source>
        <translation>API anahtarınızı MissXss panelinde &lt;i&gt;API&lt;/i&gt; bölümünde bulabilirsiniz.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Paste your API key from the MissXss panel</source>
        <translation>MissXss panelindeki API anahtarınızı yapıştırın</translation>
    </message>
    <message>
        <source>ScottyBot's API dates from the Mixer era (Mixer closed in 2020): its ids are ScottyBot's own numbers. Deck checks that it answers with its public status before using it.</source>
        <translation>ScottyBot'un API'si Mixer döneminden kalma (Mixer 2020'de kapandı): kimlikleri ScottyBot'un kendi numaralarıdır. Deck kullanmadan önce herkese açık durumuyla yanıt verdiğini denetler.</translation>
    </message>
    <message>
        <source>Sign in to ScottyGUI and copy the &lt;i&gt;Authkey&lt;/i&gt; it shows. It travels in every request's address, so Deck removes it from every address it logs or shows.</source>
        <translation>ScottyGUI'ye giriş yapın ve gösterdiği &lt;i&gt;Authkey&lt;/i&gt;'i kopyalayın. Her isteğin adresinde gider; bu yüzden Deck onu kaydettiği veya gösterdiği her adresten çıkarır.</translation>
    </message>
    <message>
        <source>Authkey</source>
        <translation>Authkey</translation>
    </message>
    <message>
        <source>Paste the authkey from ScottyGUI</source>
        <translation>ScottyGUI'deki authkey'i yapıştırın</translation>
    </message>
    <message>
        <source>Deck signs in to Nightbot with your own Nightbot app, so your chat bot answers only to you. Sign-ins last 30 days and are renewed before they run out.</source>
        <translation>Deck, Nightbot'a kendi Nightbot uygulamanızla giriş yapar; böylece sohbet botunuz yalnızca size yanıt verir. Girişler 30 gün sürer ve dolmadan yenilenir.</translation>
    </message>
    <message>
        <source>In Nightbot's control panel open Account → Applications, press New App, paste the redirect URI below, save, then press New Secret.</source>
        <translation>Nightbot kontrol panelinde Hesap → Uygulamalar'ı açın, Yeni Uygulama'ya basın, aşağıdaki yönlendirme URI'sini yapıştırıp kaydedin, sonra Yeni Gizli Anahtar'a basın.</translation>
    </message>
    <message>
        <source>see the channel and make Nightbot join or leave it</source>
        <translation>kanalı görmek ve Nightbot'u kanala katmak ya da çıkarmak</translation>
    </message>
    <message>
        <source>send chat messages as Nightbot</source>
        <translation>Nightbot olarak sohbete mesaj göndermek</translation>
    </message>
    <message>
        <source>see and change custom commands</source>
        <translation>özel komutları görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change default commands</source>
        <translation>varsayılan komutları görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change regulars</source>
        <translation>müdavimleri görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change song request settings</source>
        <translation>şarkı isteği ayarlarını görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change the song queue</source>
        <translation>şarkı kuyruğunu görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change the playlist</source>
        <translation>çalma listesini görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change spam filters</source>
        <translation>spam filtrelerini görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change Nightbot subscribers</source>
        <translation>Nightbot abonelerini görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>see and change timers</source>
        <translation>zamanlayıcıları görmek ve değiştirmek</translation>
    </message>
    <message>
        <source>From your app's page</source>
        <translation>Uygulamanızın sayfasından</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>İstemci gizli anahtarı</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kuyruk</translation>
    </message>
    <message>
        <source>Shield bans</source>
        <translation>Kalkan yasaklar</translation>
    </message>
    <message>
        <source>Shield look-back</source>
        <translation>Kalkan geriye bakışı</translation>
    </message>
    <message>
        <source>Bot in chat</source>
        <translation>Bot sohbette</translation>
    </message>
    <message>
        <source>Only while live</source>
        <translation>Yalnızca yayındayken</translation>
    </message>
    <message>
        <source>Answer by whisper</source>
        <translation>Fısıltıyla yanıtla</translation>
    </message>
    <message>
        <source>Whisper warnings</source>
        <translation>Fısıltıyla uyar</translation>
    </message>
    <message>
        <source>Broadcast messages</source>
        <translation>Yayın mesajları</translation>
    </message>
    <message>
        <source>Delete command messages</source>
        <translation>Komut mesajlarını sil</translation>
    </message>
    <message>
        <source>Never clear chat</source>
        <translation>Sohbeti asla temizleme</translation>
    </message>
    <message>
        <source>Command cooldown (s)</source>
        <translation>Komut bekleme süresi (sn)</translation>
    </message>
    <message>
        <source>Repeat messages</source>
        <translation>Tekrarlanan mesajlar</translation>
    </message>
    <message>
        <source>Repeat every (s)</source>
        <translation>Tekrar aralığı (sn)</translation>
    </message>
    <message>
        <source>Points system</source>
        <translation>Puan sistemi</translation>
    </message>
    <message>
        <source>Points name</source>
        <translation>Puanın adı</translation>
    </message>
    <message>
        <source>Points for new viewers</source>
        <translation>Yeni izleyicilere puan</translation>
    </message>
    <message>
        <source>Points while idle</source>
        <translation>Boştayken puan</translation>
    </message>
    <message>
        <source>Points while chatting</source>
        <translation>Sohbet ederken puan</translation>
    </message>
    <message>
        <source>Extra points for subscribers</source>
        <translation>Abonelere ek puan</translation>
    </message>
    <message>
        <source>Subscriber bonus</source>
        <translation>Abone bonusu</translation>
    </message>
    <message>
        <source>Points to be whitelisted</source>
        <translation>İzin listesine girmek için puan</translation>
    </message>
    <message>
        <source>Viewers whitelist themselves</source>
        <translation>İzleyiciler kendilerini izin listesine ekler</translation>
    </message>
    <message>
        <source>Points per donation</source>
        <translation>Bağış başına puan</translation>
    </message>
    <message>
        <source>Welcome text</source>
        <translation>Karşılama metni</translation>
    </message>
    <message>
        <source>Greet joins</source>
        <translation>Katılanları selamla</translation>
    </message>
    <message>
        <source>Announce joins</source>
        <translation>Katılanları duyur</translation>
    </message>
    <message>
        <source>Announce leaves</source>
        <translation>Ayrılanları duyur</translation>
    </message>
    <message>
        <source>Thank followers</source>
        <translation>Takipçilere teşekkür et</translation>
    </message>
    <message>
        <source>Follow text</source>
        <translation>Takip metni</translation>
    </message>
    <message>
        <source>Subscriber alert</source>
        <translation>Abone uyarısı</translation>
    </message>
    <message>
        <source>Subscriber text</source>
        <translation>Abone metni</translation>
    </message>
    <message>
        <source>Stream start/stop alert</source>
        <translation>Yayın başlama/bitiş uyarısı</translation>
    </message>
    <message>
        <source>Announce hosts</source>
        <translation>Ev sahipliklerini duyur</translation>
    </message>
    <message>
        <source>Announce donations</source>
        <translation>Bağışları duyur</translation>
    </message>
    <message>
        <source>Donation text</source>
        <translation>Bağış metni</translation>
    </message>
    <message>
        <source>Block links</source>
        <translation>Bağlantıları engelle</translation>
    </message>
    <message>
        <source>Block URLs</source>
        <translation>URL'leri engelle</translation>
    </message>
    <message>
        <source>Limit capitals</source>
        <translation>Büyük harfleri sınırla</translation>
    </message>
    <message>
        <source>Capitals allowed (%)</source>
        <translation>İzin verilen büyük harf (%)</translation>
    </message>
    <message>
        <source>Limit symbols</source>
        <translation>Sembolleri sınırla</translation>
    </message>
    <message>
        <source>Symbols allowed</source>
        <translation>İzin verilen sembol</translation>
    </message>
    <message>
        <source>Limit emoji</source>
        <translation>Emojiyi sınırla</translation>
    </message>
    <message>
        <source>Emoji allowed</source>
        <translation>İzin verilen emoji</translation>
    </message>
    <message>
        <source>Limit message length</source>
        <translation>Mesaj uzunluğunu sınırla</translation>
    </message>
    <message>
        <source>Characters allowed</source>
        <translation>İzin verilen karakter</translation>
    </message>
    <message>
        <source>Block gibberish</source>
        <translation>Anlamsız yazıyı engelle</translation>
    </message>
    <message>
        <source>Filter timeout (s)</source>
        <translation>Filtre zaman aşımı (sn)</translation>
    </message>
    <message>
        <source>Roulette</source>
        <translation>Rulet</translation>
    </message>
    <message>
        <source>Roulette command</source>
        <translation>Rulet komutu</translation>
    </message>
    <message>
        <source>Spin</source>
        <translation>Çevir</translation>
    </message>
    <message>
        <source>Spin cooldown (s)</source>
        <translation>Çevirme bekleme süresi (sn)</translation>
    </message>
    <message>
        <source>Raffles</source>
        <translation>Çekilişler</translation>
    </message>
    <message>
        <source>Raffle length (s)</source>
        <translation>Çekiliş süresi (sn)</translation>
    </message>
    <message>
        <source>Bank heist</source>
        <translation>Banka soygunu</translation>
    </message>
    <message>
        <source>Bank heist command</source>
        <translation>Banka soygunu komutu</translation>
    </message>
    <message>
        <source>Last one standing</source>
        <translation>Ayakta kalan son kişi</translation>
    </message>
    <message>
        <source>Cleverbot replies</source>
        <translation>Cleverbot yanıtları</translation>
    </message>
    <message>
        <source>Chuck Norris facts</source>
        <translation>Chuck Norris gerçekleri</translation>
    </message>
    <message>
        <source>Yoda speak</source>
        <translation>Yoda konuşması</translation>
    </message>
    <message>
        <source>Leet speak</source>
        <translation>Leet konuşması</translation>
    </message>
    <message>
        <source>Urban Dictionary</source>
        <translation>Urban Dictionary</translation>
    </message>
    <message>
        <source>Wikipedia</source>
        <translation>Vikipedi</translation>
    </message>
    <message>
        <source>/me replies</source>
        <translation>/me yanıtları</translation>
    </message>
    <message>
        <source>Viewer queue</source>
        <translation>İzleyici kuyruğu</translation>
    </message>
    <message>
        <source>Queue cost</source>
        <translation>Kuyruk bedeli</translation>
    </message>
    <message>
        <source>Queue removal cost</source>
        <translation>Kuyruktan çıkma bedeli</translation>
    </message>
    <message>
        <source>Queue: subscribers only</source>
        <translation>Kuyruk: yalnızca aboneler</translation>
    </message>
    <message>
        <source>Queue timeout (s)</source>
        <translation>Kuyruk zaman aşımı (sn)</translation>
    </message>
    <message>
        <source>Sub list cost</source>
        <translation>Abone listesi bedeli</translation>
    </message>
    <message>
        <source>Sub list !me</source>
        <translation>Abone listesi !me</translation>
    </message>
    <message>
        <source>Discord role for regulars</source>
        <translation>Müdavimler için Discord rolü</translation>
    </message>
    <message>
        <source>Discord role for subscribers</source>
        <translation>Aboneler için Discord rolü</translation>
    </message>
    <message>
        <source>Pushbullet</source>
        <translation>Pushbullet</translation>
    </message>
    <message>
        <source>Tweet when live</source>
        <translation>Yayına başlayınca tweet at</translation>
    </message>
    <message>
        <source>Tweet text</source>
        <translation>Tweet metni</translation>
    </message>
    <message>
        <source>Moderators may tweet</source>
        <translation>Moderatörler tweet atabilir</translation>
    </message>
    <message>
        <source>Last.fm user</source>
        <translation>Last.fm kullanıcısı</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>Greetings and alerts</source>
        <translation>Karşılamalar ve uyarılar</translation>
    </message>
    <message>
        <source>Fun commands</source>
        <translation>Eğlence komutları</translation>
    </message>
    <message>
        <source>Songs in the queue</source>
        <translation>Kuyruktaki şarkılar</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Songs per viewer</source>
        <translation>İzleyici başına şarkı</translation>
    </message>
    <message>
        <source>Playlist only</source>
        <translation>Yalnızca çalma listesi</translation>
    </message>
    <message>
        <source>Only songs from the playlist</source>
        <translation>Yalnızca çalma listesindeki şarkılar</translation>
    </message>
    <message>
        <source>Who the limits spare</source>
        <translation>Sınırların muaf tuttuğu</translation>
    </message>
    <message>
        <source>Limit to music</source>
        <translation>Yalnızca müzik</translation>
    </message>
    <message>
        <source>Limit to liked videos</source>
        <translation>Yalnızca beğenilen videolar</translation>
    </message>
    <message>
        <source>Enter your Owncast server's address. For chat as a bot and moderation, create an access token in Owncast's admin under &lt;i&gt;Integrations&lt;/i&gt; with all three scopes, or give the admin password and let Deck create one. The admin password also opens the server's settings.</source>
        <translation>Owncast sunucunuzun adresini girin. Bot olarak sohbet ve moderasyon için Owncast yönetiminde &lt;i&gt;Integrations&lt;/i&gt; altında üç izinle bir erişim belirteci oluşturun ya da yönetici parolasını verin, Deck oluştursun. Yönetici parolası sunucunun ayarlarını da açar.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Create Deck's access token with the admin password</source>
        <translation>Deck'in erişim belirtecini yönetici parolasıyla oluştur</translation>
    </message>
    <message>
        <source>An integration access token (Admin → Integrations)</source>
        <translation>Bir entegrasyon erişim belirteci (Yönetim → Integrations)</translation>
    </message>
    <message>
        <source>Optional: the server's admin password, for admin features</source>
        <translation>İsteğe bağlı: yönetim özellikleri için sunucunun yönetici parolası</translation>
    </message>
    <message>
        <source>Icon</source>
        <translation>Simge</translation>
    </message>
    <message>
        <source>Html</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Open externally</source>
        <translation>Dışarıda aç</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Go live message</source>
        <translation>Yayına başlama mesajı</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Anahtar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <source>Video passthrough</source>
        <translation>Videoyu olduğu gibi geçir</translation>
    </message>
    <message>
        <source>Audio passthrough</source>
        <translation>Sesi olduğu gibi geçir</translation>
    </message>
    <message>
        <source>Video bitrate</source>
        <translation>Video bit hızı</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Audio bitrate</source>
        <translation>Ses bit hızı</translation>
    </message>
    <message>
        <source>Scaled width</source>
        <translation>Ölçekli genişlik</translation>
    </message>
    <message>
        <source>Scaled height</source>
        <translation>Ölçekli yükseklik</translation>
    </message>
    <message>
        <source>Framerate</source>
        <translation>Kare hızı</translation>
    </message>
    <message>
        <source>Cpu usage level</source>
        <translation>İşlemci kullanım düzeyi</translation>
    </message>
    <message>
        <source>1 (least) to 5</source>
        <translation>1 (en az) ile 5 arası</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Uç nokta</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Erişim anahtarı</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Gizli anahtar</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Kova</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bölge</translation>
    </message>
    <message>
        <source>Acl</source>
        <translation>ACL</translation>
    </message>
    <message>
        <source>Path prefix</source>
        <translation>Yol ön eki</translation>
    </message>
    <message>
        <source>Force path style</source>
        <translation>Yol biçimini zorla</translation>
    </message>
    <message>
        <source>Deck signs in to Kick with your own Kick app, so what you do on Kick through Deck is under your own login.</source>
        <translation>Deck, Kick'e kendi Kick uygulamanızla giriş yapar; böylece Deck aracılığıyla Kick'te yaptıklarınız kendi girişinizle olur.</translation>
    </message>
    <message>
        <source>On Kick open Settings → Developer (two-factor authentication must be on there), create an app, add the redirect URI below and copy the client ID and secret.</source>
        <translation>Kick'te Ayarlar → Geliştirici'yi açın (orada iki adımlı doğrulama açık olmalı), bir uygulama oluşturun, aşağıdaki yönlendirme URI'sini ekleyin ve istemci kimliğiyle gizli anahtarı kopyalayın.</translation>
    </message>
    <message>
        <source>see your user information (name, user id)</source>
        <translation>kullanıcı bilgilerinizi görmek (ad, kullanıcı kimliği)</translation>
    </message>
    <message>
        <source>see your channel (description, category…)</source>
        <translation>kanalınızı görmek (açıklama, kategori…)</translation>
    </message>
    <message>
        <source>change your stream's title, category and tags</source>
        <translation>yayınınızın başlığını, kategorisini ve etiketlerini değiştirmek</translation>
    </message>
    <message>
        <source>see your channel-point rewards and redemptions</source>
        <translation>kanal puanı ödüllerinizi ve kullanımları görmek</translation>
    </message>
    <message>
        <source>create, edit and delete rewards, accept and reject redemptions</source>
        <translation>ödül oluşturmak, düzenlemek, silmek; kullanımları kabul ve reddetmek</translation>
    </message>
    <message>
        <source>send chat messages as you or as your bot</source>
        <translation>sohbete siz veya botunuz olarak mesaj göndermek</translation>
    </message>
    <message>
        <source>read your stream URL and stream key</source>
        <translation>yayın URL'nizi ve yayın anahtarınızı okumak</translation>
    </message>
    <message>
        <source>subscribe to your channel's live events (follows, subs, chat…)</source>
        <translation>kanalınızın canlı olaylarına abone olmak (takipler, abonelikler, sohbet…)</translation>
    </message>
    <message>
        <source>ban, time out and unban in your chat</source>
        <translation>sohbetinizde yasaklamak, zaman aşımı vermek ve yasak kaldırmak</translation>
    </message>
    <message>
        <source>delete chat messages</source>
        <translation>sohbet mesajlarını silmek</translation>
    </message>
    <message>
        <source>see your KICKs leaderboard</source>
        <translation>KICKs sıralamanızı görmek</translation>
    </message>
    <message>
        <source>Is enabled</source>
        <translation>Etkin mi</translation>
    </message>
    <message>
        <source>Is user input required</source>
        <translation>Kullanıcı girdisi gerekli mi</translation>
    </message>
    <message>
        <source>Should redemptions skip request queue</source>
        <translation>Kullanımlar istek kuyruğunu atlasın mı</translation>
    </message>
    <message>
        <source>The reward's id</source>
        <translation>Ödülün kimliği</translation>
    </message>
    <message>
        <source>Is paused</source>
        <translation>Duraklatıldı mı</translation>
    </message>
    <message>
        <source>Reward ID</source>
        <translation>Ödül kimliği</translation>
    </message>
    <message>
        <source>Redemption ids (alone: no other filter with them)</source>
        <translation>Kullanım kimlikleri (tek başına: başka filtreyle birlikte değil)</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>Kimlikler</translation>
    </message>
    <message>
        <source>Up to 25 redemption ids</source>
        <translation>En çok 25 kullanım kimliği</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Required as the user; ignored as the bot</source>
        <translation>Kullanıcı olarak gerekli; bot olarak yok sayılır</translation>
    </message>
    <message>
        <source>Reply to message ID</source>
        <translation>Yanıtlanan mesaj kimliği</translation>
    </message>
    <message>
        <source>The message's id</source>
        <translation>Mesajın kimliği</translation>
    </message>
    <message>
        <source>Ban or time out</source>
        <translation>Yasakla veya zaman aşımı ver</translation>
    </message>
    <message>
        <source>The channel's user id</source>
        <translation>Kanalın kullanıcı kimliği</translation>
    </message>
    <message>
        <source>The viewer's Kick user id</source>
        <translation>İzleyicinin Kick kullanıcı kimliği</translation>
    </message>
    <message>
        <source>Minutes of timeout; none bans</source>
        <translation>Zaman aşımı dakikası; boşsa yasaklar</translation>
    </message>
    <message>
        <source>Unban or end a timeout</source>
        <translation>Yasağı veya zaman aşımını kaldır</translation>
    </message>
    <message>
        <source>KICKs leaderboard</source>
        <translation>KICKs sıralaması</translation>
    </message>
    <message>
        <source>KICKs</source>
        <translation>KICKs</translation>
    </message>
    <message>
        <source>Needs the MissXss overlay open in OBS.</source>
        <translation>OBS'te MissXss katmanının açık olmasını gerektirir.</translation>
    </message>
    <message>
        <source>Kick through the MissXss extension, Twitch through its API. The stream must be live. Needs the MissXss browser extension for Kick.</source>
        <translation>Kick için MissXss eklentisi, Twitch için kendi API'si kullanılır. Yayının açık olması gerekir. Kick için MissXss tarayıcı eklentisi gerekir.</translation>
    </message>
    <message>
        <source>Updates Kick and Twitch at once.</source>
        <translation>Kick ve Twitch'i aynı anda günceller.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Etkin değil</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Yasaklar</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Susturmalar</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Sustur</translation>
    </message>
    <message>
        <source>ScottyBot queues the line; it does not know whether its chat connection is up.</source>
        <translation>ScottyBot satırı sıraya alır; sohbet bağlantısının açık olup olmadığını bilmez.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sahip</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatör</translation>
    </message>
    <message>
        <source>Twitch VIP</source>
        <translation>Twitch VIP</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abone</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation>Artan</translation>
    </message>
    <message>
        <source>Descending</source>
        <translation>Azalan</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Sanatçı</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Rastgele</translation>
    </message>
    <message>
        <source>server settings, disabling users, IP bans, webhooks and tokens</source>
        <translation>sunucu ayarları, kullanıcıları devre dışı bırakma, IP yasakları, web kancaları ve belirteçler</translation>
    </message>
    <message>
        <source>The stream stops for every viewer until the broadcaster reconnects.</source>
        <translation>Yayıncı yeniden bağlanana kadar yayın her izleyici için durur.</translation>
    </message>
    <message>
        <source>The server downloads and installs a new Owncast; it restarts after.</source>
        <translation>Sunucu yeni bir Owncast indirip kurar; ardından yeniden başlar.</translation>
    </message>
    <message>
        <source>The server quits: the stream and chat stop until it is back.</source>
        <translation>Sunucu kapanır: geri gelene kadar yayın ve sohbet durur.</translation>
    </message>
    <message>
        <source>The server leaves the Owncast directory and registers again.</source>
        <translation>Sunucu Owncast dizininden çıkar ve yeniden kaydolur.</translation>
    </message>
    <message>
        <source>Passes through to the server's Prometheus API.</source>
        <translation>Sunucunun Prometheus API'sine olduğu gibi iletilir.</translation>
    </message>
    <message>
        <source>Disabling a user also bans the IP addresses of their connected clients.</source>
        <translation>Bir kullanıcıyı devre dışı bırakmak, bağlı istemcilerinin IP adreslerini de yasaklar.</translation>
    </message>
    <message>
        <source>Whatever uses this token stops working.</source>
        <translation>Bu belirteci kullanan her şey çalışmayı bırakır.</translation>
    </message>
    <message>
        <source>Deck and everything else that signs in as admin needs the new password afterwards.</source>
        <translation>Deck ve yönetici olarak giriş yapan her şey bundan sonra yeni parolaya ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>A broadcaster streaming with a removed key is cut off and cannot reconnect.</source>
        <translation>Kaldırılan bir anahtarla yayın yapan yayıncının bağlantısı kesilir ve yeniden bağlanamaz.</translation>
    </message>
    <message>
        <source>Owncast restarts its video processing: viewers see the stream stop and start again.</source>
        <translation>Owncast video işlemeyi yeniden başlatır: izleyiciler yayının durup yeniden başladığını görür.</translation>
    </message>
    <message>
        <source>Owncast restarts its video processing with the new qualities: the stream stops and starts again.</source>
        <translation>Owncast video işlemeyi yeni kalitelerle yeniden başlatır: yayın durur ve yeniden başlar.</translation>
    </message>
    <message>
        <source>A wrong path stops all video processing.</source>
        <translation>Yanlış bir yol tüm video işlemeyi durdurur.</translation>
    </message>
    <message>
        <source>After a restart the server answers on the new port only: Deck and viewers need the new address.</source>
        <translation>Yeniden başlatmadan sonra sunucu yalnızca yeni bağlantı noktasında yanıt verir: Deck ve izleyiciler yeni adrese ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>After a restart the server listens on the new address only.</source>
        <translation>Yeniden başlatmadan sonra sunucu yalnızca yeni adreste dinler.</translation>
    </message>
    <message>
        <source>The broadcaster must stream to the new port after a restart.</source>
        <translation>Yeniden başlatmadan sonra yayıncı yeni bağlantı noktasına yayın yapmalıdır.</translation>
    </message>
    <message>
        <source>Video segments move to the new storage: a wrong setting stops playback for everyone.</source>
        <translation>Video parçaları yeni depolamaya taşınır: yanlış bir ayar herkes için oynatmayı durdurur.</translation>
    </message>
    <message>
        <source>Kick delivers events only to a public &lt;b&gt;https&lt;/b&gt; address. Deck listens on this computer alone, so run a tunnel to it — for example &lt;code&gt;cloudflared tunnel --url http://127.0.0.1:PORT&lt;/code&gt; or &lt;code&gt;ngrok http PORT&lt;/code&gt; — and enter the tunnel's address as the Webhook URL of your app at &lt;a href="https://kick.com/settings/developer"&gt;kick.com/settings/developer&lt;/a&gt;, with webhooks switched on. Deck checks every delivery's signature with Kick's public key and ignores repeats.</source>
        <translation>Kick olayları yalnızca herkese açık bir &lt;b&gt;https&lt;/b&gt; adresine gönderir. Deck yalnızca bu bilgisayarda dinler; bu yüzden ona bir tünel açın — örneğin &lt;code&gt;cloudflared tunnel --url http://127.0.0.1:PORT&lt;/code&gt; ya da &lt;code&gt;ngrok http PORT&lt;/code&gt; — ve tünelin adresini &lt;a href="https://kick.com/settings/developer"&gt;kick.com/settings/developer&lt;/a&gt; adresindeki uygulamanızda Webhook URL olarak, web kancaları açıkken girin. Deck her teslimatın imzasını Kick'in açık anahtarıyla denetler ve yinelenenleri yok sayar.</translation>
    </message>
    <message>
        <source>chat messages</source>
        <translation>sohbet mesajları</translation>
    </message>
    <message>
        <source>follows</source>
        <translation>takipler</translation>
    </message>
    <message>
        <source>new subscriptions</source>
        <translation>yeni abonelikler</translation>
    </message>
    <message>
        <source>renewed subscriptions</source>
        <translation>yenilenen abonelikler</translation>
    </message>
    <message>
        <source>gifted subscriptions</source>
        <translation>hediye abonelikler</translation>
    </message>
    <message>
        <source>reward redemptions</source>
        <translation>ödül kullanımları</translation>
    </message>
    <message>
        <source>bans and timeouts</source>
        <translation>yasaklar ve susturmalar</translation>
    </message>
    <message>
        <source>the stream going live or ending</source>
        <translation>yayının başlaması veya bitmesi</translation>
    </message>
    <message>
        <source>title and category changes</source>
        <translation>başlık ve kategori değişiklikleri</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Başlangıç zamanı</translation>
    </message>
    <message>
        <source>Its pending redemptions can no longer be accepted or rejected from Deck.</source>
        <translation>Bekleyen ödül kullanımları artık Deck'ten kabul edilemez ya da reddedilemez.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedildi</translation>
    </message>
    <message>
        <source>As you</source>
        <translation>Siz olarak</translation>
    </message>
    <message>
        <source>As the bot</source>
        <translation>Bot olarak</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>İlk</translation>
    </message>
    <message>
        <source>Exempt level</source>
        <translation>Muaf seviye</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Bekleme süresi</translation>
    </message>
    <message>
        <source>User cooldown</source>
        <translation>Kullanıcı bekleme süresi</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Platformlar</translation>
    </message>
    <message>
        <source>Subscribers only</source>
        <translation>Yalnızca aboneler</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Talimat</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Üye kimliği</translation>
    </message>
    <message>
        <source>1-100 (default 10)</source>
        <translation>1-100 (varsayılan 10)</translation>
    </message>
    <message>
        <source>Event subscriptions</source>
        <translation>Olay abonelikleri</translation>
    </message>
    <message>
        <source>Subscribe to events</source>
        <translation>Olaylara abone ol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Yöntem</translation>
    </message>
    <message>
        <source>Only with an app token</source>
        <translation>Yalnızca uygulama belirteciyle</translation>
    </message>
    <message>
        <source>Unsubscribe from events</source>
        <translation>Olay aboneliğini bırak</translation>
    </message>
    <message>
        <source>Subscription ids</source>
        <translation>Abonelik kimlikleri</translation>
    </message>
    <message>
        <source>Kick's public key for event signatures</source>
        <translation>Kick'in olay imzaları için açık anahtarı</translation>
    </message>
    <message>
        <source>Token introspection (v1)</source>
        <translation>Belirteç incelemesi (v1)</translation>
    </message>
    <message>
        <source>Scenes, sources, audio, streaming and recording in OBS Studio on this computer.</source>
        <translation>Bu bilgisayardaki OBS Studio'da sahneler, kaynaklar, ses, yayın ve kayıt.</translation>
    </message>
    <message>
        <source>In OBS, open &lt;b&gt;Tools → WebSocket Server Settings&lt;/b&gt;, tick &lt;i&gt;Enable WebSocket server&lt;/i&gt;, then &lt;i&gt;Show Connect Info&lt;/i&gt;: the port goes in the address, the password here. OBS 28 and newer have the server built in.</source>
        <translation>OBS'te &lt;b&gt;Araçlar → WebSocket Sunucu Ayarları&lt;/b&gt;'nı açın, &lt;i&gt;WebSocket sunucusunu etkinleştir&lt;/i&gt;'i işaretleyin, sonra &lt;i&gt;Bağlantı Bilgilerini Göster&lt;/i&gt;: port adrese, parola buraya yazılır. OBS 28 ve sonrasında sunucu yerleşiktir.</translation>
    </message>
    <message>
        <source>WebSocket address</source>
        <translation>WebSocket adresi</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Sunucu parolası</translation>
    </message>
    <message>
        <source>OBS → Tools → WebSocket Server Settings → Show Connect Info</source>
        <translation>OBS → Araçlar → WebSocket Sunucu Ayarları → Bağlantı Bilgilerini Göster</translation>
    </message>
    <message>
        <source>Get canvas list</source>
        <translation>Tuval listesini al</translation>
    </message>
    <message>
        <source>Canvases</source>
        <translation>Tuvaller</translation>
    </message>
    <message>
        <source>Gets an array of canvases in OBS. (obs-websocket 5.7.0 and newer)</source>
        <translation>OBS'teki tuvallerin bir dizisini alır. (obs-websocket 5.7.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Get persistent data</source>
        <translation>Kalıcı veriyi al</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Yapılandırma</translation>
    </message>
    <message>
        <source>Gets the value of a "slot" from the selected persistent data realm.</source>
        <translation>Seçili kalıcı veri alanından bir "yuvanın" değerini alır.</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Alan</translation>
    </message>
    <message>
        <source>The data realm to select. OBS_WEBSOCKET_DATA_REALM_GLOBAL or OBS_WEBSOCKET_DATA_REALM_PROFILE</source>
        <translation>Seçilecek veri alanı. OBS_WEBSOCKET_DATA_REALM_GLOBAL veya OBS_WEBSOCKET_DATA_REALM_PROFILE</translation>
    </message>
    <message>
        <source>Slot name</source>
        <translation>Yuva adı</translation>
    </message>
    <message>
        <source>The name of the slot to retrieve data from</source>
        <translation>Verinin alınacağı yuvanın adı</translation>
    </message>
    <message>
        <source>Set persistent data</source>
        <translation>Kalıcı veriyi ayarla</translation>
    </message>
    <message>
        <source>Sets the value of a "slot" from the selected persistent data realm.</source>
        <translation>Seçili kalıcı veri alanındaki bir "yuvanın" değerini ayarlar.</translation>
    </message>
    <message>
        <source>Slot value</source>
        <translation>Yuva değeri</translation>
    </message>
    <message>
        <source>The value to apply to the slot</source>
        <translation>Yuvaya uygulanacak değer</translation>
    </message>
    <message>
        <source>Get scene collection list</source>
        <translation>Sahne koleksiyonu listesini al</translation>
    </message>
    <message>
        <source>Gets an array of all scene collections</source>
        <translation>Tüm sahne koleksiyonlarının bir dizisini alır</translation>
    </message>
    <message>
        <source>Set current scene collection</source>
        <translation>Geçerli sahne koleksiyonunu ayarla</translation>
    </message>
    <message>
        <source>Switches to a scene collection.

Note: This will block until the collection has finished changing.</source>
        <translation>Bir sahne koleksiyonuna geçer.

Not: Koleksiyon değişimi bitene kadar bekler.</translation>
    </message>
    <message>
        <source>Scene collection name</source>
        <translation>Sahne koleksiyonu adı</translation>
    </message>
    <message>
        <source>Name of the scene collection to switch to</source>
        <translation>Geçilecek sahne koleksiyonunun adı</translation>
    </message>
    <message>
        <source>Create scene collection</source>
        <translation>Sahne koleksiyonu oluştur</translation>
    </message>
    <message>
        <source>Creates a new scene collection, switching to it in the process.

Note: This will block until the collection has finished changing.</source>
        <translation>Yeni bir sahne koleksiyonu oluşturur ve ona geçer.

Not: Koleksiyon değişimi bitene kadar bekler.</translation>
    </message>
    <message>
        <source>Name for the new scene collection</source>
        <translation>Yeni sahne koleksiyonunun adı</translation>
    </message>
    <message>
        <source>Get profile list</source>
        <translation>Profil listesini al</translation>
    </message>
    <message>
        <source>Gets an array of all profiles</source>
        <translation>Tüm profillerin bir dizisini alır</translation>
    </message>
    <message>
        <source>Set current profile</source>
        <translation>Geçerli profili ayarla</translation>
    </message>
    <message>
        <source>Switches to a profile.</source>
        <translation>Bir profile geçer.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profil adı</translation>
    </message>
    <message>
        <source>Name of the profile to switch to</source>
        <translation>Geçilecek profilin adı</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil oluştur</translation>
    </message>
    <message>
        <source>Creates a new profile, switching to it in the process</source>
        <translation>Yeni bir profil oluşturur ve ona geçer</translation>
    </message>
    <message>
        <source>Name for the new profile</source>
        <translation>Yeni profilin adı</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profili kaldır</translation>
    </message>
    <message>
        <source>Removes a profile. If the current profile is chosen, it will change to a different profile first.</source>
        <translation>Bir profili kaldırır. Geçerli profil seçilirse önce başka bir profile geçilir.</translation>
    </message>
    <message>
        <source>Name of the profile to remove</source>
        <translation>Kaldırılacak profilin adı</translation>
    </message>
    <message>
        <source>Get profile parameter</source>
        <translation>Profil parametresini al</translation>
    </message>
    <message>
        <source>Gets a parameter from the current profile's configuration.</source>
        <translation>Geçerli profilin yapılandırmasından bir parametre alır.</translation>
    </message>
    <message>
        <source>Parameter category</source>
        <translation>Parametre kategorisi</translation>
    </message>
    <message>
        <source>Category of the parameter to get</source>
        <translation>Alınacak parametrenin kategorisi</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametre adı</translation>
    </message>
    <message>
        <source>Name of the parameter to get</source>
        <translation>Alınacak parametrenin adı</translation>
    </message>
    <message>
        <source>Set profile parameter</source>
        <translation>Profil parametresini ayarla</translation>
    </message>
    <message>
        <source>Sets the value of a parameter in the current profile's configuration.</source>
        <translation>Geçerli profilin yapılandırmasındaki bir parametrenin değerini ayarlar.</translation>
    </message>
    <message>
        <source>Category of the parameter to set</source>
        <translation>Ayarlanacak parametrenin kategorisi</translation>
    </message>
    <message>
        <source>Name of the parameter to set</source>
        <translation>Ayarlanacak parametrenin adı</translation>
    </message>
    <message>
        <source>Parameter value</source>
        <translation>Parametre değeri</translation>
    </message>
    <message>
        <source>Value of the parameter to set. Use null to delete</source>
        <translation>Ayarlanacak parametrenin değeri. Silmek için null kullanın</translation>
    </message>
    <message>
        <source>Get video settings</source>
        <translation>Video ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the current video settings.

Note: To get the true FPS value, divide the FPS numerator by the FPS denominator. Example: 60000/1001</source>
        <translation>Geçerli video ayarlarını alır.

Not: Gerçek FPS değerini bulmak için FPS payını FPS paydasına bölün. Örnek: 60000/1001</translation>
    </message>
    <message>
        <source>Set video settings</source>
        <translation>Video ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the current video settings.

Note: Fields must be specified in pairs. For example, you cannot set only baseWidth without needing to specify baseHeight.</source>
        <translation>Geçerli video ayarlarını ayarlar.

Not: Alanlar çiftler hâlinde verilmelidir. Örneğin baseHeight vermeden yalnızca baseWidth ayarlanamaz.</translation>
    </message>
    <message>
        <source>Fps numerator</source>
        <translation>FPS payı</translation>
    </message>
    <message>
        <source>Numerator of the fractional FPS value</source>
        <translation>Kesirli FPS değerinin payı</translation>
    </message>
    <message>
        <source>Fps denominator</source>
        <translation>FPS paydası</translation>
    </message>
    <message>
        <source>Denominator of the fractional FPS value</source>
        <translation>Kesirli FPS değerinin paydası</translation>
    </message>
    <message>
        <source>Base width</source>
        <translation>Temel genişlik</translation>
    </message>
    <message>
        <source>Width of the base (canvas) resolution in pixels</source>
        <translation>Temel (tuval) çözünürlüğün piksel genişliği</translation>
    </message>
    <message>
        <source>Base height</source>
        <translation>Temel yükseklik</translation>
    </message>
    <message>
        <source>Height of the base (canvas) resolution in pixels</source>
        <translation>Temel (tuval) çözünürlüğün piksel yüksekliği</translation>
    </message>
    <message>
        <source>Output width</source>
        <translation>Çıkış genişliği</translation>
    </message>
    <message>
        <source>Width of the output resolution in pixels</source>
        <translation>Çıkış çözünürlüğünün piksel genişliği</translation>
    </message>
    <message>
        <source>Output height</source>
        <translation>Çıkış yüksekliği</translation>
    </message>
    <message>
        <source>Height of the output resolution in pixels</source>
        <translation>Çıkış çözünürlüğünün piksel yüksekliği</translation>
    </message>
    <message>
        <source>Get stream service settings</source>
        <translation>Yayın hizmeti ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the current stream service settings (stream destination).</source>
        <translation>Geçerli yayın hizmeti ayarlarını (yayın hedefini) alır.</translation>
    </message>
    <message>
        <source>Set stream service settings</source>
        <translation>Yayın hizmeti ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the current stream service settings (stream destination).

Note: Simple RTMP settings can be set with type rtmp_custom and the settings fields server and key.</source>
        <translation>Geçerli yayın hizmeti ayarlarını (yayın hedefini) ayarlar.

Not: Basit RTMP ayarları rtmp_custom türü ile server ve key alanları kullanılarak ayarlanabilir.</translation>
    </message>
    <message>
        <source>Stream service type</source>
        <translation>Yayın hizmeti türü</translation>
    </message>
    <message>
        <source>Type of stream service to apply. Example: rtmp_common or rtmp_custom</source>
        <translation>Uygulanacak yayın hizmeti türü. Örnek: rtmp_common veya rtmp_custom</translation>
    </message>
    <message>
        <source>Stream service settings</source>
        <translation>Yayın hizmeti ayarları</translation>
    </message>
    <message>
        <source>Settings to apply to the service</source>
        <translation>Hizmete uygulanacak ayarlar</translation>
    </message>
    <message>
        <source>Get record directory</source>
        <translation>Kayıt klasörünü al</translation>
    </message>
    <message>
        <source>Gets the current directory that the record output is set to.</source>
        <translation>Kayıt çıkışının ayarlı olduğu geçerli klasörü alır.</translation>
    </message>
    <message>
        <source>Set record directory</source>
        <translation>Kayıt klasörünü belirle</translation>
    </message>
    <message>
        <source>Sets the current directory that the record output writes files to. (obs-websocket 5.3.0 and newer)</source>
        <translation>Kayıt çıkışının dosyaları yazdığı geçerli klasörü ayarlar. (obs-websocket 5.3.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Record directory</source>
        <translation>Kayıt klasörü</translation>
    </message>
    <message>
        <source>Output directory</source>
        <translation>Çıkış klasörü</translation>
    </message>
    <message>
        <source>Get source filter kind list</source>
        <translation>Kaynak filtresi türlerini al</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtreler</translation>
    </message>
    <message>
        <source>Gets an array of all available source filter kinds.

Similar to GetInputKindList (obs-websocket 5.4.0 and newer)</source>
        <translation>Kullanılabilir tüm kaynak filtresi türlerinin bir dizisini alır.

GetInputKindList'e benzer (obs-websocket 5.4.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Get source filter list</source>
        <translation>Kaynak filtrelerini al</translation>
    </message>
    <message>
        <source>Gets an array of all of a source's filters.</source>
        <translation>Bir kaynağın tüm filtrelerinin bir dizisini alır.</translation>
    </message>
    <message>
        <source>Canvas uuid</source>
        <translation>Tuval UUID'si</translation>
    </message>
    <message>
        <source>UUID of the canvas the source is in, if using the sourceName field</source>
        <translation>sourceName alanı kullanılıyorsa kaynağın bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Kaynak adı</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Kaynağın adı</translation>
    </message>
    <message>
        <source>Source uuid</source>
        <translation>Kaynak UUID'si</translation>
    </message>
    <message>
        <source>UUID of the source</source>
        <translation>Kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Get source filter default settings</source>
        <translation>Kaynak filtresinin varsayılan ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the default settings for a filter kind.</source>
        <translation>Bir filtre türünün varsayılan ayarlarını alır.</translation>
    </message>
    <message>
        <source>Filter kind</source>
        <translation>Filtre türü</translation>
    </message>
    <message>
        <source>Filter kind to get the default settings for</source>
        <translation>Varsayılan ayarları alınacak filtre türü</translation>
    </message>
    <message>
        <source>Create source filter</source>
        <translation>Kaynak filtresi oluştur</translation>
    </message>
    <message>
        <source>Creates a new filter, adding it to the specified source.</source>
        <translation>Yeni bir filtre oluşturur ve belirtilen kaynağa ekler.</translation>
    </message>
    <message>
        <source>Name of the source to add the filter to</source>
        <translation>Filtrenin ekleneceği kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source to add the filter to</source>
        <translation>Filtrenin ekleneceği kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Filtre adı</translation>
    </message>
    <message>
        <source>Name of the new filter to be created</source>
        <translation>Oluşturulacak yeni filtrenin adı</translation>
    </message>
    <message>
        <source>The kind of filter to be created</source>
        <translation>Oluşturulacak filtrenin türü</translation>
    </message>
    <message>
        <source>Filter settings</source>
        <translation>Filtre ayarları</translation>
    </message>
    <message>
        <source>Settings object to initialize the filter with</source>
        <translation>Filtrenin başlangıç ayarları nesnesi</translation>
    </message>
    <message>
        <source>Remove source filter</source>
        <translation>Kaynak filtresini kaldır</translation>
    </message>
    <message>
        <source>Removes a filter from a source.</source>
        <translation>Bir kaynaktan bir filtreyi kaldırır.</translation>
    </message>
    <message>
        <source>Name of the source the filter is on</source>
        <translation>Filtrenin bulunduğu kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source the filter is on</source>
        <translation>Filtrenin bulunduğu kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Name of the filter to remove</source>
        <translation>Kaldırılacak filtrenin adı</translation>
    </message>
    <message>
        <source>Set source filter name</source>
        <translation>Kaynak filtresinin adını belirle</translation>
    </message>
    <message>
        <source>Sets the name of a source filter (rename).</source>
        <translation>Bir kaynak filtresinin adını ayarlar (yeniden adlandırma).</translation>
    </message>
    <message>
        <source>Current name of the filter</source>
        <translation>Filtrenin şu anki adı</translation>
    </message>
    <message>
        <source>New filter name</source>
        <translation>Yeni filtre adı</translation>
    </message>
    <message>
        <source>New name for the filter</source>
        <translation>Filtrenin yeni adı</translation>
    </message>
    <message>
        <source>Get source filter</source>
        <translation>Kaynak filtresini al</translation>
    </message>
    <message>
        <source>Gets the info for a specific source filter.</source>
        <translation>Belirli bir kaynak filtresinin bilgilerini alır.</translation>
    </message>
    <message>
        <source>Name of the filter</source>
        <translation>Filtrenin adı</translation>
    </message>
    <message>
        <source>Set source filter index</source>
        <translation>Kaynak filtresinin sırasını belirle</translation>
    </message>
    <message>
        <source>Sets the index position of a filter on a source.</source>
        <translation>Bir filtrenin kaynaktaki sıra konumunu ayarlar.</translation>
    </message>
    <message>
        <source>Filter index</source>
        <translation>Filtre sırası</translation>
    </message>
    <message>
        <source>New index position of the filter</source>
        <translation>Filtrenin yeni sırası</translation>
    </message>
    <message>
        <source>Set source filter settings</source>
        <translation>Kaynak filtresi ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the settings of a source filter.</source>
        <translation>Bir kaynak filtresinin ayarlarını ayarlar.</translation>
    </message>
    <message>
        <source>Name of the filter to set the settings of</source>
        <translation>Ayarları belirlenecek filtrenin adı</translation>
    </message>
    <message>
        <source>Object of settings to apply</source>
        <translation>Uygulanacak ayarlar nesnesi</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Üzerine yaz</translation>
    </message>
    <message>
        <source>True == apply the settings on top of existing ones, False == reset the input to its defaults, then apply settings.</source>
        <translation>True == ayarları var olanların üzerine uygula, False == girişi varsayılanlarına döndür, sonra ayarları uygula.</translation>
    </message>
    <message>
        <source>Set source filter enabled</source>
        <translation>Kaynak filtresini aç/kapat</translation>
    </message>
    <message>
        <source>Sets the enable state of a source filter.</source>
        <translation>Bir kaynak filtresinin etkinlik durumunu ayarlar.</translation>
    </message>
    <message>
        <source>Filter enabled</source>
        <translation>Filtre açık</translation>
    </message>
    <message>
        <source>New enable state of the filter</source>
        <translation>Filtrenin yeni açık/kapalı durumu</translation>
    </message>
    <message>
        <source>Get version</source>
        <translation>Sürümü al</translation>
    </message>
    <message>
        <source>Gets data about the current plugin and RPC version.</source>
        <translation>Geçerli eklenti ve RPC sürümü hakkında bilgi alır.</translation>
    </message>
    <message>
        <source>Get stats</source>
        <translation>İstatistikleri al</translation>
    </message>
    <message>
        <source>Gets statistics about OBS, obs-websocket, and the current session.</source>
        <translation>OBS, obs-websocket ve geçerli oturum hakkında istatistikleri alır.</translation>
    </message>
    <message>
        <source>Broadcast custom event</source>
        <translation>Özel olay yayınla</translation>
    </message>
    <message>
        <source>Broadcasts a CustomEvent to all WebSocket clients. Receivers are clients which are identified and subscribed.</source>
        <translation>Tüm WebSocket istemcilerine bir CustomEvent yayınlar. Alıcılar, kimliği doğrulanmış ve abone olmuş istemcilerdir.</translation>
    </message>
    <message>
        <source>Event data</source>
        <translation>Olay verisi</translation>
    </message>
    <message>
        <source>Data payload to emit to all receivers</source>
        <translation>Tüm alıcılara gönderilecek veri</translation>
    </message>
    <message>
        <source>Call vendor request</source>
        <translation>Eklenti isteği çağır</translation>
    </message>
    <message>
        <source>Call a request registered to a vendor.

A vendor is a unique name registered by a third-party plugin or script, which allows for custom requests and events to be added to obs-websocket.
If a plugin or script implements vendor requests or events, documentation is expected to be provided with them.</source>
        <translation>Bir sağlayıcıya kayıtlı bir isteği çağırır.

Sağlayıcı, üçüncü taraf bir eklenti veya betik tarafından kaydedilen ve obs-websocket'e özel istekler ve olaylar eklenmesini sağlayan benzersiz bir addır.
Bir eklenti veya betik sağlayıcı istekleri ya da olayları sunuyorsa bunların belgelenmesi beklenir.</translation>
    </message>
    <message>
        <source>Vendor name</source>
        <translation>Eklenti adı</translation>
    </message>
    <message>
        <source>Name of the vendor to use</source>
        <translation>Kullanılacak eklentinin adı</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation>İstek türü</translation>
    </message>
    <message>
        <source>The request type to call</source>
        <translation>Çağrılacak istek türü</translation>
    </message>
    <message>
        <source>Request data</source>
        <translation>İstek verisi</translation>
    </message>
    <message>
        <source>Object containing appropriate request data</source>
        <translation>Uygun istek verisini içeren nesne</translation>
    </message>
    <message>
        <source>Get hotkey list</source>
        <translation>Kısayol listesini al</translation>
    </message>
    <message>
        <source>Gets an array of all hotkey names in OBS.

Note: Hotkey functionality in obs-websocket comes as-is, and we do not guarantee support if things are broken. In 9/10 usages of hotkey requests, there exists a better, more reliable method via other requests.</source>
        <translation>OBS'teki tüm kısayol tuşu adlarının bir dizisini alır.

Not: obs-websocket'teki kısayol tuşu işlevi olduğu gibi sunulur ve bir şey bozulursa destek garanti edilmez. Kısayol isteklerinin 10 kullanımından 9'unda, başka isteklerle daha iyi ve daha güvenilir bir yol vardır.</translation>
    </message>
    <message>
        <source>Trigger hotkey by name</source>
        <translation>Kısayolu adıyla tetikle</translation>
    </message>
    <message>
        <source>Triggers a hotkey using its name. See GetHotkeyList.

Note: Hotkey functionality in obs-websocket comes as-is, and we do not guarantee support if things are broken. In 9/10 usages of hotkey requests, there exists a better, more reliable method via other requests.</source>
        <translation>Bir kısayol tuşunu adıyla tetikler. Bkz. GetHotkeyList.

Not: obs-websocket'teki kısayol tuşu işlevi olduğu gibi sunulur ve bir şey bozulursa destek garanti edilmez. Kısayol isteklerinin 10 kullanımından 9'unda, başka isteklerle daha iyi ve daha güvenilir bir yol vardır.</translation>
    </message>
    <message>
        <source>Hotkey name</source>
        <translation>Kısayol adı</translation>
    </message>
    <message>
        <source>Name of the hotkey to trigger</source>
        <translation>Tetiklenecek kısayolun adı</translation>
    </message>
    <message>
        <source>Context name</source>
        <translation>Bağlam adı</translation>
    </message>
    <message>
        <source>Name of context of the hotkey to trigger</source>
        <translation>Tetiklenecek kısayolun bağlam adı</translation>
    </message>
    <message>
        <source>Trigger hotkey by key sequence</source>
        <translation>Kısayolu tuş dizisiyle tetikle</translation>
    </message>
    <message>
        <source>Triggers a hotkey using a sequence of keys.

Note: Hotkey functionality in obs-websocket comes as-is, and we do not guarantee support if things are broken. In 9/10 usages of hotkey requests, there exists a better, more reliable method via other requests.</source>
        <translation>Bir kısayol tuşunu bir tuş dizisiyle tetikler.

Not: obs-websocket'teki kısayol tuşu işlevi olduğu gibi sunulur ve bir şey bozulursa destek garanti edilmez. Kısayol isteklerinin 10 kullanımından 9'unda, başka isteklerle daha iyi ve daha güvenilir bir yol vardır.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Tuş kimliği</translation>
    </message>
    <message>
        <source>The OBS key ID to use. See https://github.com/obsproject/obs-studio/blob/master/libobs/obs-hotkeys.h</source>
        <translation>Kullanılacak OBS tuş kimliği. Bkz. https://github.com/obsproject/obs-studio/blob/master/libobs/obs-hotkeys.h</translation>
    </message>
    <message>
        <source>Key modifiers</source>
        <translation>Değiştirici tuşlar</translation>
    </message>
    <message>
        <source>Object containing key modifiers to apply</source>
        <translation>Uygulanacak değiştirici tuşları içeren nesne</translation>
    </message>
    <message>
        <source>Key modifiers › shift</source>
        <translation>Değiştirici tuşlar › Shift</translation>
    </message>
    <message>
        <source>Press Shift</source>
        <translation>Shift'e bas</translation>
    </message>
    <message>
        <source>Key modifiers › control</source>
        <translation>Değiştirici tuşlar › Control</translation>
    </message>
    <message>
        <source>Press CTRL</source>
        <translation>CTRL'ye bas</translation>
    </message>
    <message>
        <source>Key modifiers › alt</source>
        <translation>Değiştirici tuşlar › Alt</translation>
    </message>
    <message>
        <source>Press ALT</source>
        <translation>ALT'a bas</translation>
    </message>
    <message>
        <source>Key modifiers › command</source>
        <translation>Değiştirici tuşlar › Command</translation>
    </message>
    <message>
        <source>Press CMD (Mac)</source>
        <translation>CMD'ye bas (Mac)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Bekle</translation>
    </message>
    <message>
        <source>Sleeps for a time duration or number of frames. Only available in request batches with types SERIAL_REALTIME or SERIAL_FRAME.</source>
        <translation>Bir süre ya da kare sayısı kadar bekler. Yalnızca SERIAL_REALTIME veya SERIAL_FRAME türündeki istek toplu işlerinde kullanılabilir.</translation>
    </message>
    <message>
        <source>Sleep millis</source>
        <translation>Bekleme (ms)</translation>
    </message>
    <message>
        <source>Number of milliseconds to sleep for (if SERIAL_REALTIME mode)</source>
        <translation>Beklenecek milisaniye (SERIAL_REALTIME modunda)</translation>
    </message>
    <message>
        <source>Sleep frames</source>
        <translation>Bekleme (kare)</translation>
    </message>
    <message>
        <source>Number of frames to sleep for (if SERIAL_FRAME mode)</source>
        <translation>Beklenecek kare sayısı (SERIAL_FRAME modunda)</translation>
    </message>
    <message>
        <source>Get input list</source>
        <translation>Giriş listesini al</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Girişler</translation>
    </message>
    <message>
        <source>Gets an array of all inputs in OBS.</source>
        <translation>OBS'teki tüm girdilerin bir dizisini alır.</translation>
    </message>
    <message>
        <source>Input kind</source>
        <translation>Giriş türü</translation>
    </message>
    <message>
        <source>Restrict the array to only inputs of the specified kind</source>
        <translation>Listeyi yalnızca belirtilen türdeki girişlerle sınırla</translation>
    </message>
    <message>
        <source>Get input kind list</source>
        <translation>Giriş türlerini al</translation>
    </message>
    <message>
        <source>Gets an array of all available input kinds in OBS.</source>
        <translation>OBS'teki kullanılabilir tüm girdi türlerinin bir dizisini alır.</translation>
    </message>
    <message>
        <source>Unversioned</source>
        <translation>Sürümsüz</translation>
    </message>
    <message>
        <source>True == Return all kinds as unversioned, False == Return with version suffixes (if available)</source>
        <translation>True == tüm türleri sürümsüz döndür, False == sürüm ekleriyle döndür (varsa)</translation>
    </message>
    <message>
        <source>Get special inputs</source>
        <translation>Özel girişleri al</translation>
    </message>
    <message>
        <source>Gets the names of all special inputs.</source>
        <translation>Tüm özel girdilerin adlarını alır.</translation>
    </message>
    <message>
        <source>Create input</source>
        <translation>Giriş oluştur</translation>
    </message>
    <message>
        <source>Creates a new input, adding it as a scene item to the specified scene.</source>
        <translation>Yeni bir girdi oluşturur ve belirtilen sahneye sahne öğesi olarak ekler.</translation>
    </message>
    <message>
        <source>UUID of the canvas the scene is in, if using the sceneName field</source>
        <translation>sceneName alanı kullanılıyorsa sahnenin bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Scene name</source>
        <translation>Sahne adı</translation>
    </message>
    <message>
        <source>Name of the scene to add the input to as a scene item</source>
        <translation>Girişin sahne öğesi olarak ekleneceği sahnenin adı</translation>
    </message>
    <message>
        <source>Scene uuid</source>
        <translation>Sahne UUID'si</translation>
    </message>
    <message>
        <source>UUID of the scene to add the input to as a scene item</source>
        <translation>Girişin sahne öğesi olarak ekleneceği sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Input name</source>
        <translation>Giriş adı</translation>
    </message>
    <message>
        <source>Name of the new input to created</source>
        <translation>Oluşturulacak yeni girişin adı</translation>
    </message>
    <message>
        <source>The kind of input to be created</source>
        <translation>Oluşturulacak girişin türü</translation>
    </message>
    <message>
        <source>Input settings</source>
        <translation>Giriş ayarları</translation>
    </message>
    <message>
        <source>Settings object to initialize the input with</source>
        <translation>Girişin başlangıç ayarları nesnesi</translation>
    </message>
    <message>
        <source>Scene item enabled</source>
        <translation>Sahne öğesi görünür</translation>
    </message>
    <message>
        <source>Whether to set the created scene item to enabled or disabled</source>
        <translation>Oluşturulan sahne öğesinin görünür mü gizli mi olacağı</translation>
    </message>
    <message>
        <source>Remove input</source>
        <translation>Girişi kaldır</translation>
    </message>
    <message>
        <source>Removes an existing input.

Note: Will immediately remove all associated scene items.</source>
        <translation>Var olan bir girdiyi kaldırır.

Not: İlişkili tüm sahne öğelerini hemen kaldırır.</translation>
    </message>
    <message>
        <source>Name of the input to remove</source>
        <translation>Kaldırılacak girişin adı</translation>
    </message>
    <message>
        <source>Input uuid</source>
        <translation>Giriş UUID'si</translation>
    </message>
    <message>
        <source>UUID of the input to remove</source>
        <translation>Kaldırılacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input name</source>
        <translation>Giriş adını belirle</translation>
    </message>
    <message>
        <source>Sets the name of an input (rename).</source>
        <translation>Bir girdinin adını ayarlar (yeniden adlandırma).</translation>
    </message>
    <message>
        <source>Current input name</source>
        <translation>Girişin şu anki adı</translation>
    </message>
    <message>
        <source>Current input UUID</source>
        <translation>Girişin şu anki UUID'si</translation>
    </message>
    <message>
        <source>New input name</source>
        <translation>Yeni giriş adı</translation>
    </message>
    <message>
        <source>New name for the input</source>
        <translation>Girişin yeni adı</translation>
    </message>
    <message>
        <source>Get input default settings</source>
        <translation>Girişin varsayılan ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the default settings for an input kind.</source>
        <translation>Bir girdi türünün varsayılan ayarlarını alır.</translation>
    </message>
    <message>
        <source>Input kind to get the default settings for</source>
        <translation>Varsayılan ayarları alınacak giriş türü</translation>
    </message>
    <message>
        <source>Get input settings</source>
        <translation>Giriş ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the settings of an input.

Note: Does not include defaults. To create the entire settings object, overlay inputSettings over the defaultInputSettings provided by GetInputDefaultSettings.</source>
        <translation>Bir girdinin ayarlarını alır.

Not: Varsayılanları içermez. Ayarların tamamını elde etmek için inputSettings'i GetInputDefaultSettings'in verdiği defaultInputSettings'in üzerine yerleştirin.</translation>
    </message>
    <message>
        <source>Name of the input to get the settings of</source>
        <translation>Ayarları alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to get the settings of</source>
        <translation>Ayarları alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input settings</source>
        <translation>Giriş ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the settings of an input.</source>
        <translation>Bir girdinin ayarlarını ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the settings of</source>
        <translation>Ayarları belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the settings of</source>
        <translation>Ayarları belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Get input mute</source>
        <translation>Giriş sessiz mi</translation>
    </message>
    <message>
        <source>Gets the audio mute state of an input.</source>
        <translation>Bir girdinin ses sessize alma durumunu alır.</translation>
    </message>
    <message>
        <source>Name of input to get the mute state of</source>
        <translation>Sessiz durumu alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of input to get the mute state of</source>
        <translation>Sessiz durumu alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input mute</source>
        <translation>Girişi sustur</translation>
    </message>
    <message>
        <source>Sets the audio mute state of an input.</source>
        <translation>Bir girdinin ses sessize alma durumunu ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the mute state of</source>
        <translation>Sessiz durumu belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the mute state of</source>
        <translation>Sessiz durumu belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Input muted</source>
        <translation>Giriş sessiz</translation>
    </message>
    <message>
        <source>Whether to mute the input or not</source>
        <translation>Girişin susturulup susturulmayacağı</translation>
    </message>
    <message>
        <source>Toggle input mute</source>
        <translation>Giriş sesini aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the audio mute state of an input.</source>
        <translation>Bir girdinin ses sessize alma durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Name of the input to toggle the mute state of</source>
        <translation>Sessiz durumu değiştirilecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to toggle the mute state of</source>
        <translation>Sessiz durumu değiştirilecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Get input volume</source>
        <translation>Giriş ses düzeyini al</translation>
    </message>
    <message>
        <source>Gets the current volume setting of an input.</source>
        <translation>Bir girdinin geçerli ses düzeyi ayarını alır.</translation>
    </message>
    <message>
        <source>Name of the input to get the volume of</source>
        <translation>Ses düzeyi alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to get the volume of</source>
        <translation>Ses düzeyi alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input volume</source>
        <translation>Giriş ses düzeyini belirle</translation>
    </message>
    <message>
        <source>Sets the volume setting of an input.</source>
        <translation>Bir girdinin ses düzeyi ayarını ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the volume of</source>
        <translation>Ses düzeyi belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the volume of</source>
        <translation>Ses düzeyi belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Input volume mul</source>
        <translation>Giriş ses düzeyi (çarpan)</translation>
    </message>
    <message>
        <source>Volume setting in mul</source>
        <translation>Çarpan olarak ses düzeyi</translation>
    </message>
    <message>
        <source>Input volume db</source>
        <translation>Giriş ses düzeyi (dB)</translation>
    </message>
    <message>
        <source>Volume setting in dB</source>
        <translation>dB olarak ses düzeyi</translation>
    </message>
    <message>
        <source>Get input audio balance</source>
        <translation>Giriş ses dengesini al</translation>
    </message>
    <message>
        <source>Gets the audio balance of an input.</source>
        <translation>Bir girdinin ses dengesini alır.</translation>
    </message>
    <message>
        <source>Name of the input to get the audio balance of</source>
        <translation>Ses dengesi alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to get the audio balance of</source>
        <translation>Ses dengesi alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input audio balance</source>
        <translation>Giriş ses dengesini belirle</translation>
    </message>
    <message>
        <source>Sets the audio balance of an input.</source>
        <translation>Bir girdinin ses dengesini ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the audio balance of</source>
        <translation>Ses dengesi belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the audio balance of</source>
        <translation>Ses dengesi belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Input audio balance</source>
        <translation>Giriş ses dengesi</translation>
    </message>
    <message>
        <source>New audio balance value</source>
        <translation>Yeni ses dengesi değeri</translation>
    </message>
    <message>
        <source>Get input audio sync offset</source>
        <translation>Giriş ses eşitleme kaymasını al</translation>
    </message>
    <message>
        <source>Gets the audio sync offset of an input.

Note: The audio sync offset can be negative too!</source>
        <translation>Bir girdinin ses eşitleme kaymasını alır.

Not: Ses eşitleme kayması negatif de olabilir!</translation>
    </message>
    <message>
        <source>Name of the input to get the audio sync offset of</source>
        <translation>Ses eşitleme kayması alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to get the audio sync offset of</source>
        <translation>Ses eşitleme kayması alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input audio sync offset</source>
        <translation>Giriş ses eşitleme kaymasını belirle</translation>
    </message>
    <message>
        <source>Sets the audio sync offset of an input.</source>
        <translation>Bir girdinin ses eşitleme kaymasını ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the audio sync offset of</source>
        <translation>Ses eşitleme kayması belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the audio sync offset of</source>
        <translation>Ses eşitleme kayması belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Input audio sync offset</source>
        <translation>Giriş ses eşitleme kayması</translation>
    </message>
    <message>
        <source>New audio sync offset in milliseconds</source>
        <translation>Milisaniye olarak yeni ses eşitleme kayması</translation>
    </message>
    <message>
        <source>Get input audio monitor type</source>
        <translation>Giriş ses izleme türünü al</translation>
    </message>
    <message>
        <source>Gets the audio monitor type of an input.

The available audio monitor types are:

- OBS_MONITORING_TYPE_NONE
- OBS_MONITORING_TYPE_MONITOR_ONLY
- OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT</source>
        <translation>Bir girdinin ses izleme türünü alır.

Kullanılabilir ses izleme türleri:

- OBS_MONITORING_TYPE_NONE
- OBS_MONITORING_TYPE_MONITOR_ONLY
- OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT</translation>
    </message>
    <message>
        <source>Name of the input to get the audio monitor type of</source>
        <translation>Ses izleme türü alınacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to get the audio monitor type of</source>
        <translation>Ses izleme türü alınacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input audio monitor type</source>
        <translation>Giriş ses izleme türünü belirle</translation>
    </message>
    <message>
        <source>Sets the audio monitor type of an input.</source>
        <translation>Bir girdinin ses izleme türünü ayarlar.</translation>
    </message>
    <message>
        <source>Name of the input to set the audio monitor type of</source>
        <translation>Ses izleme türü belirlenecek girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to set the audio monitor type of</source>
        <translation>Ses izleme türü belirlenecek girişin UUID'si</translation>
    </message>
    <message>
        <source>Monitor type</source>
        <translation>İzleme türü</translation>
    </message>
    <message>
        <source>Audio monitor type</source>
        <translation>Ses izleme türü</translation>
    </message>
    <message>
        <source>Get input audio tracks</source>
        <translation>Giriş ses parçalarını al</translation>
    </message>
    <message>
        <source>Gets the enable state of all audio tracks of an input.</source>
        <translation>Bir girdinin tüm ses izlerinin etkinlik durumunu alır.</translation>
    </message>
    <message>
        <source>Name of the input</source>
        <translation>Girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input</source>
        <translation>Girişin UUID'si</translation>
    </message>
    <message>
        <source>Set input audio tracks</source>
        <translation>Giriş ses parçalarını belirle</translation>
    </message>
    <message>
        <source>Sets the enable state of audio tracks of an input.</source>
        <translation>Bir girdinin ses izlerinin etkinlik durumunu ayarlar.</translation>
    </message>
    <message>
        <source>Input audio tracks</source>
        <translation>Giriş ses parçaları</translation>
    </message>
    <message>
        <source>Track settings to apply</source>
        <translation>Uygulanacak parça ayarları</translation>
    </message>
    <message>
        <source>Get input deinterlace mode</source>
        <translation>Girişin serpiştirme giderme modunu al</translation>
    </message>
    <message>
        <source>Gets the deinterlace mode of an input.

Deinterlace Modes:

- OBS_DEINTERLACE_MODE_DISABLE
- OBS_DEINTERLACE_MODE_DISCARD
- OBS_DEINTERLACE_MODE_RETRO
- OBS_DEINTERLACE_MODE_BLEND
- OBS_DEINTERLACE_MODE_BLEND_2X
- OBS_DEINTERLACE_MODE_LINEAR
- OBS_DEINTERLACE_MODE_LINEAR_2X
- OBS_DEINTERLACE_MODE_YADIF
- OBS_DEINTERLACE_MODE_YADIF_2X

Note: Deinterlacing functionality is restricted to async inputs only. (obs-websocket 5.6.0 and newer)</source>
        <translation>Bir girdinin geçiş giderme (deinterlace) kipini alır.

Geçiş giderme kipleri:

- OBS_DEINTERLACE_MODE_DISABLE
- OBS_DEINTERLACE_MODE_DISCARD
- OBS_DEINTERLACE_MODE_RETRO
- OBS_DEINTERLACE_MODE_BLEND
- OBS_DEINTERLACE_MODE_BLEND_2X
- OBS_DEINTERLACE_MODE_LINEAR
- OBS_DEINTERLACE_MODE_LINEAR_2X
- OBS_DEINTERLACE_MODE_YADIF
- OBS_DEINTERLACE_MODE_YADIF_2X

Not: Geçiş giderme (deinterlace) işlevi yalnızca eşzamansız girdilerle sınırlıdır. (obs-websocket 5.6.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Set input deinterlace mode</source>
        <translation>Girişin serpiştirme giderme modunu belirle</translation>
    </message>
    <message>
        <source>Sets the deinterlace mode of an input.

Note: Deinterlacing functionality is restricted to async inputs only. (obs-websocket 5.6.0 and newer)</source>
        <translation>Bir girdinin geçiş giderme (deinterlace) kipini ayarlar.

Not: Geçiş giderme (deinterlace) işlevi yalnızca eşzamansız girdilerle sınırlıdır. (obs-websocket 5.6.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Input deinterlace mode</source>
        <translation>Serpiştirme giderme modu</translation>
    </message>
    <message>
        <source>Deinterlace mode for the input</source>
        <translation>Girişin serpiştirme giderme modu</translation>
    </message>
    <message>
        <source>Get input deinterlace field order</source>
        <translation>Girişin serpiştirme alan sırasını al</translation>
    </message>
    <message>
        <source>Gets the deinterlace field order of an input.

Deinterlace Field Orders:

- OBS_DEINTERLACE_FIELD_ORDER_TOP
- OBS_DEINTERLACE_FIELD_ORDER_BOTTOM

Note: Deinterlacing functionality is restricted to async inputs only. (obs-websocket 5.6.0 and newer)</source>
        <translation>Bir girdinin geçiş giderme alan sırasını alır.

Geçiş giderme alan sıraları:

- OBS_DEINTERLACE_FIELD_ORDER_TOP
- OBS_DEINTERLACE_FIELD_ORDER_BOTTOM

Not: Geçiş giderme (deinterlace) işlevi yalnızca eşzamansız girdilerle sınırlıdır. (obs-websocket 5.6.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Set input deinterlace field order</source>
        <translation>Girişin serpiştirme alan sırasını belirle</translation>
    </message>
    <message>
        <source>Sets the deinterlace field order of an input.

Note: Deinterlacing functionality is restricted to async inputs only. (obs-websocket 5.6.0 and newer)</source>
        <translation>Bir girdinin geçiş giderme alan sırasını ayarlar.

Not: Geçiş giderme (deinterlace) işlevi yalnızca eşzamansız girdilerle sınırlıdır. (obs-websocket 5.6.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Input deinterlace field order</source>
        <translation>Serpiştirme alan sırası</translation>
    </message>
    <message>
        <source>Deinterlace field order for the input</source>
        <translation>Girişin serpiştirme alan sırası</translation>
    </message>
    <message>
        <source>Get input properties list property items</source>
        <translation>Giriş özellik listesinin öğelerini al</translation>
    </message>
    <message>
        <source>Gets the items of a list property from an input's properties.

Note: Use this in cases where an input provides a dynamic, selectable list of items. For example, display capture, where it provides a list of available displays.</source>
        <translation>Bir girdinin özelliklerindeki bir liste özelliğinin öğelerini alır.

Not: Bir girdinin değişen, seçilebilir bir öğe listesi sunduğu durumlarda kullanın. Örneğin kullanılabilir ekranların listesini sunan ekran yakalama.</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Özellik adı</translation>
    </message>
    <message>
        <source>Name of the list property to get the items of</source>
        <translation>Öğeleri alınacak liste özelliğinin adı</translation>
    </message>
    <message>
        <source>Press input properties button</source>
        <translation>Giriş özellikleri düğmesine bas</translation>
    </message>
    <message>
        <source>Presses a button in the properties of an input.

Some known propertyName values are:

- refreshnocache - Browser source reload button

Note: Use this in cases where there is a button in the properties of an input that cannot be accessed in any other way. For example, browser sources, where there is a refresh button.</source>
        <translation>Bir girdinin özelliklerindeki bir düğmeye basar.

Bilinen bazı propertyName değerleri:

- refreshnocache - Tarayıcı kaynağının yeniden yükleme düğmesi

Not: Bir girdinin özelliklerinde başka hiçbir yolla erişilemeyen bir düğme olduğunda kullanın. Örneğin yenileme düğmesi olan tarayıcı kaynakları.</translation>
    </message>
    <message>
        <source>Name of the button property to press</source>
        <translation>Basılacak düğme özelliğinin adı</translation>
    </message>
    <message>
        <source>Get media input status</source>
        <translation>Medya girişi durumunu al</translation>
    </message>
    <message>
        <source>Media Inputs</source>
        <translation>Medya girişleri</translation>
    </message>
    <message>
        <source>Gets the status of a media input.

Media States:

- OBS_MEDIA_STATE_NONE
- OBS_MEDIA_STATE_PLAYING
- OBS_MEDIA_STATE_OPENING
- OBS_MEDIA_STATE_BUFFERING
- OBS_MEDIA_STATE_PAUSED
- OBS_MEDIA_STATE_STOPPED
- OBS_MEDIA_STATE_ENDED
- OBS_MEDIA_STATE_ERROR</source>
        <translation>Bir medya girdisinin durumunu alır.

Medya durumları:

- OBS_MEDIA_STATE_NONE
- OBS_MEDIA_STATE_PLAYING
- OBS_MEDIA_STATE_OPENING
- OBS_MEDIA_STATE_BUFFERING
- OBS_MEDIA_STATE_PAUSED
- OBS_MEDIA_STATE_STOPPED
- OBS_MEDIA_STATE_ENDED
- OBS_MEDIA_STATE_ERROR</translation>
    </message>
    <message>
        <source>Name of the media input</source>
        <translation>Medya girişinin adı</translation>
    </message>
    <message>
        <source>UUID of the media input</source>
        <translation>Medya girişinin UUID'si</translation>
    </message>
    <message>
        <source>Set media input cursor</source>
        <translation>Medya girişi konumunu belirle</translation>
    </message>
    <message>
        <source>Sets the cursor position of a media input.

This request does not perform bounds checking of the cursor position.</source>
        <translation>Bir medya girdisinin imleç konumunu ayarlar.

Bu istek imleç konumunun sınırlarını denetlemez.</translation>
    </message>
    <message>
        <source>Media cursor</source>
        <translation>Medya konumu</translation>
    </message>
    <message>
        <source>New cursor position to set</source>
        <translation>Ayarlanacak yeni konum</translation>
    </message>
    <message>
        <source>Offset media input cursor</source>
        <translation>Medya girişi konumunu kaydır</translation>
    </message>
    <message>
        <source>Offsets the current cursor position of a media input by the specified value.

This request does not perform bounds checking of the cursor position.</source>
        <translation>Bir medya girdisinin geçerli imleç konumunu belirtilen değer kadar kaydırır.

Bu istek imleç konumunun sınırlarını denetlemez.</translation>
    </message>
    <message>
        <source>Media cursor offset</source>
        <translation>Medya konumu kayması</translation>
    </message>
    <message>
        <source>Value to offset the current cursor position by</source>
        <translation>Şu anki konumun kaydırılacağı değer</translation>
    </message>
    <message>
        <source>Trigger media input action</source>
        <translation>Medya girişi eylemini tetikle</translation>
    </message>
    <message>
        <source>Triggers an action on a media input.</source>
        <translation>Bir medya girdisinde bir işlemi tetikler.</translation>
    </message>
    <message>
        <source>Media action</source>
        <translation>Medya eylemi</translation>
    </message>
    <message>
        <source>Identifier of the ObsMediaInputAction enum</source>
        <translation>ObsMediaInputAction değerinin tanımlayıcısı</translation>
    </message>
    <message>
        <source>Get virtual cam status</source>
        <translation>Sanal kamera durumunu al</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Çıkışlar</translation>
    </message>
    <message>
        <source>Gets the status of the virtualcam output.</source>
        <translation>Sanal kamera çıkışının durumunu alır.</translation>
    </message>
    <message>
        <source>Toggle virtual cam</source>
        <translation>Sanal kamerayı aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the state of the virtualcam output.</source>
        <translation>Sanal kamera çıkışının durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Start virtual cam</source>
        <translation>Sanal kamerayı başlat</translation>
    </message>
    <message>
        <source>Starts the virtualcam output.</source>
        <translation>Sanal kamera çıkışını başlatır.</translation>
    </message>
    <message>
        <source>Stop virtual cam</source>
        <translation>Sanal kamerayı durdur</translation>
    </message>
    <message>
        <source>Stops the virtualcam output.</source>
        <translation>Sanal kamera çıkışını durdurur.</translation>
    </message>
    <message>
        <source>Get replay buffer status</source>
        <translation>Tekrar arabelleği durumunu al</translation>
    </message>
    <message>
        <source>Gets the status of the replay buffer output.</source>
        <translation>Tekrar arabelleği çıkışının durumunu alır.</translation>
    </message>
    <message>
        <source>Toggle replay buffer</source>
        <translation>Tekrar arabelleğini aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the state of the replay buffer output.</source>
        <translation>Tekrar arabelleği çıkışının durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Start replay buffer</source>
        <translation>Tekrar arabelleğini başlat</translation>
    </message>
    <message>
        <source>Starts the replay buffer output.</source>
        <translation>Tekrar arabelleği çıkışını başlatır.</translation>
    </message>
    <message>
        <source>Stop replay buffer</source>
        <translation>Tekrar arabelleğini durdur</translation>
    </message>
    <message>
        <source>Stops the replay buffer output.</source>
        <translation>Tekrar arabelleği çıkışını durdurur.</translation>
    </message>
    <message>
        <source>Save replay buffer</source>
        <translation>Tekrar arabelleğini kaydet</translation>
    </message>
    <message>
        <source>Saves the contents of the replay buffer output.</source>
        <translation>Tekrar arabelleği çıkışının içeriğini kaydeder.</translation>
    </message>
    <message>
        <source>Get last replay buffer replay</source>
        <translation>Son tekrarı al</translation>
    </message>
    <message>
        <source>Gets the filename of the last replay buffer save file.</source>
        <translation>Son tekrar arabelleği kayıt dosyasının adını alır.</translation>
    </message>
    <message>
        <source>Get output list</source>
        <translation>Çıkış listesini al</translation>
    </message>
    <message>
        <source>Gets the list of available outputs.</source>
        <translation>Kullanılabilir çıkışların listesini alır.</translation>
    </message>
    <message>
        <source>Get output status</source>
        <translation>Çıkış durumunu al</translation>
    </message>
    <message>
        <source>Gets the status of an output.</source>
        <translation>Bir çıkışın durumunu alır.</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>Çıkış adı</translation>
    </message>
    <message>
        <source>Toggle output</source>
        <translation>Çıkışı aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the status of an output.</source>
        <translation>Bir çıkışın durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Start output</source>
        <translation>Çıkışı başlat</translation>
    </message>
    <message>
        <source>Starts an output.</source>
        <translation>Bir çıkışı başlatır.</translation>
    </message>
    <message>
        <source>Stop output</source>
        <translation>Çıkışı durdur</translation>
    </message>
    <message>
        <source>Stops an output.</source>
        <translation>Bir çıkışı durdurur.</translation>
    </message>
    <message>
        <source>Get output settings</source>
        <translation>Çıkış ayarlarını al</translation>
    </message>
    <message>
        <source>Gets the settings of an output.</source>
        <translation>Bir çıkışın ayarlarını alır.</translation>
    </message>
    <message>
        <source>Set output settings</source>
        <translation>Çıkış ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the settings of an output.</source>
        <translation>Bir çıkışın ayarlarını ayarlar.</translation>
    </message>
    <message>
        <source>Output settings</source>
        <translation>Çıkış ayarları</translation>
    </message>
    <message>
        <source>Get record status</source>
        <translation>Kayıt durumunu al</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Gets the status of the record output.</source>
        <translation>Kayıt çıkışının durumunu alır.</translation>
    </message>
    <message>
        <source>Toggle record</source>
        <translation>Kaydı aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the status of the record output.</source>
        <translation>Kayıt çıkışının durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Start record</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>Starts the record output.</source>
        <translation>Kayıt çıkışını başlatır.</translation>
    </message>
    <message>
        <source>Stop record</source>
        <translation>Kaydı durdur</translation>
    </message>
    <message>
        <source>Stops the record output.</source>
        <translation>Kayıt çıkışını durdurur.</translation>
    </message>
    <message>
        <source>Toggle record pause</source>
        <translation>Kaydı duraklat/sürdür</translation>
    </message>
    <message>
        <source>Toggles pause on the record output.</source>
        <translation>Kayıt çıkışında duraklatmayı tersine çevirir.</translation>
    </message>
    <message>
        <source>Pause record</source>
        <translation>Kaydı duraklat</translation>
    </message>
    <message>
        <source>Pauses the record output.</source>
        <translation>Kayıt çıkışını duraklatır.</translation>
    </message>
    <message>
        <source>Resume record</source>
        <translation>Kaydı sürdür</translation>
    </message>
    <message>
        <source>Resumes the record output.</source>
        <translation>Kayıt çıkışını sürdürür.</translation>
    </message>
    <message>
        <source>Split record file</source>
        <translation>Kayıt dosyasını böl</translation>
    </message>
    <message>
        <source>Splits the current file being recorded into a new file. (obs-websocket 5.5.0 and newer)</source>
        <translation>Kaydedilmekte olan geçerli dosyayı yeni bir dosyaya böler. (obs-websocket 5.5.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Create record chapter</source>
        <translation>Kayıt bölümü oluştur</translation>
    </message>
    <message>
        <source>Adds a new chapter marker to the file currently being recorded.

Note: As of OBS 30.2.0, the only file format supporting this feature is Hybrid MP4. (obs-websocket 5.5.0 and newer)</source>
        <translation>Kaydedilmekte olan dosyaya yeni bir bölüm işareti ekler.

Not: OBS 30.2.0 itibarıyla bu özelliği destekleyen tek dosya biçimi Hybrid MP4'tür. (obs-websocket 5.5.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Chapter name</source>
        <translation>Bölüm adı</translation>
    </message>
    <message>
        <source>Name of the new chapter</source>
        <translation>Yeni bölümün adı</translation>
    </message>
    <message>
        <source>Get scene item list</source>
        <translation>Sahne öğelerini al</translation>
    </message>
    <message>
        <source>Scene Items</source>
        <translation>Sahne öğeleri</translation>
    </message>
    <message>
        <source>Gets a list of all scene items in a scene.

Scenes only</source>
        <translation>Bir sahnedeki tüm sahne öğelerinin listesini alır.

Yalnızca sahneler</translation>
    </message>
    <message>
        <source>Name of the scene to get the items of</source>
        <translation>Öğeleri alınacak sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene to get the items of</source>
        <translation>Öğeleri alınacak sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Get group scene item list</source>
        <translation>Grup sahne öğelerini al</translation>
    </message>
    <message>
        <source>Basically GetSceneItemList, but for groups.

Using groups at all in OBS is discouraged, as they are very broken under the hood. Please use nested scenes instead.

Groups only</source>
        <translation>Temelde GetSceneItemList, ama gruplar için.

OBS'te grup kullanılması önerilmez, çünkü iç yapıları oldukça bozuktur. Lütfen bunun yerine iç içe sahneler kullanın.

Yalnızca gruplar</translation>
    </message>
    <message>
        <source>UUID of the canvas the group is in, if using the sceneName field</source>
        <translation>sceneName alanı kullanılıyorsa grubun bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Name of the group to get the items of</source>
        <translation>Öğeleri alınacak grubun adı</translation>
    </message>
    <message>
        <source>UUID of the group to get the items of</source>
        <translation>Öğeleri alınacak grubun UUID'si</translation>
    </message>
    <message>
        <source>Get scene item id</source>
        <translation>Sahne öğesi kimliğini al</translation>
    </message>
    <message>
        <source>Searches a scene for a source, and returns its id.

Scenes and Groups</source>
        <translation>Bir sahnede bir kaynağı arar ve kimliğini döndürür.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>UUID of the canvas the scene or group is in, if using the sceneName field</source>
        <translation>sceneName alanı kullanılıyorsa sahnenin veya grubun bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Name of the scene or group to search in</source>
        <translation>İçinde aranacak sahnenin veya grubun adı</translation>
    </message>
    <message>
        <source>UUID of the scene or group to search in</source>
        <translation>İçinde aranacak sahnenin veya grubun UUID'si</translation>
    </message>
    <message>
        <source>Name of the source to find</source>
        <translation>Bulunacak kaynağın adı</translation>
    </message>
    <message>
        <source>Search offset</source>
        <translation>Arama kayması</translation>
    </message>
    <message>
        <source>Number of matches to skip during search. &gt;= 0 means first forward. -1 means last (top) item</source>
        <translation>Aramada atlanacak eşleşme sayısı. &gt;= 0 baştan ileri, -1 son (en üstteki) öğe demektir</translation>
    </message>
    <message>
        <source>Get scene item source</source>
        <translation>Sahne öğesinin kaynağını al</translation>
    </message>
    <message>
        <source>Gets the source associated with a scene item. (obs-websocket 5.4.0 and newer)</source>
        <translation>Bir sahne öğesiyle ilişkili kaynağı alır. (obs-websocket 5.4.0 ve sonrası)</translation>
    </message>
    <message>
        <source>Name of the scene the item is in</source>
        <translation>Öğenin bulunduğu sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene the item is in</source>
        <translation>Öğenin bulunduğu sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Scene item ID</source>
        <translation>Sahne öğesi kimliği</translation>
    </message>
    <message>
        <source>Numeric ID of the scene item</source>
        <translation>Sahne öğesinin sayısal kimliği</translation>
    </message>
    <message>
        <source>Create scene item</source>
        <translation>Sahne öğesi oluştur</translation>
    </message>
    <message>
        <source>Creates a new scene item using a source.

Scenes only</source>
        <translation>Bir kaynak kullanarak yeni bir sahne öğesi oluşturur.

Yalnızca sahneler</translation>
    </message>
    <message>
        <source>Name of the scene to create the new item in</source>
        <translation>Yeni öğenin oluşturulacağı sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene to create the new item in</source>
        <translation>Yeni öğenin oluşturulacağı sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Name of the source to add to the scene</source>
        <translation>Sahneye eklenecek kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source to add to the scene</source>
        <translation>Sahneye eklenecek kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Enable state to apply to the scene item on creation</source>
        <translation>Sahne öğesinin oluşturulurken görünür olup olmayacağı</translation>
    </message>
    <message>
        <source>Remove scene item</source>
        <translation>Sahne öğesini kaldır</translation>
    </message>
    <message>
        <source>Removes a scene item from a scene.

Scenes only</source>
        <translation>Bir sahneden bir sahne öğesini kaldırır.

Yalnızca sahneler</translation>
    </message>
    <message>
        <source>Duplicate scene item</source>
        <translation>Sahne öğesini çoğalt</translation>
    </message>
    <message>
        <source>Duplicates a scene item, copying all transform and crop info.

Scenes only</source>
        <translation>Bir sahne öğesini, tüm dönüşüm ve kırpma bilgileriyle birlikte çoğaltır.

Yalnızca sahneler</translation>
    </message>
    <message>
        <source>Destination scene name</source>
        <translation>Hedef sahne adı</translation>
    </message>
    <message>
        <source>Name of the scene to create the duplicated item in</source>
        <translation>Çoğaltılan öğenin oluşturulacağı sahnenin adı</translation>
    </message>
    <message>
        <source>Destination scene uuid</source>
        <translation>Hedef sahne UUID'si</translation>
    </message>
    <message>
        <source>UUID of the scene to create the duplicated item in</source>
        <translation>Çoğaltılan öğenin oluşturulacağı sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Get scene item transform</source>
        <translation>Sahne öğesi dönüşümünü al</translation>
    </message>
    <message>
        <source>Gets the transform and crop info of a scene item.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin dönüşüm ve kırpma bilgilerini alır.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Set scene item transform</source>
        <translation>Sahne öğesi dönüşümünü belirle</translation>
    </message>
    <message>
        <source>Sets the transform and crop info of a scene item.</source>
        <translation>Bir sahne öğesinin dönüşüm ve kırpma bilgilerini ayarlar.</translation>
    </message>
    <message>
        <source>Scene item transform</source>
        <translation>Sahne öğesi dönüşümü</translation>
    </message>
    <message>
        <source>Object containing scene item transform info to update</source>
        <translation>Güncellenecek sahne öğesi dönüşüm bilgisini içeren nesne</translation>
    </message>
    <message>
        <source>Get scene item enabled</source>
        <translation>Sahne öğesi görünür mü</translation>
    </message>
    <message>
        <source>Gets the enable state of a scene item.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin etkinlik durumunu alır.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Set scene item enabled</source>
        <translation>Sahne öğesini göster/gizle</translation>
    </message>
    <message>
        <source>Sets the enable state of a scene item.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin etkinlik durumunu ayarlar.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>New enable state of the scene item</source>
        <translation>Sahne öğesinin yeni görünürlük durumu</translation>
    </message>
    <message>
        <source>Get scene item locked</source>
        <translation>Sahne öğesi kilitli mi</translation>
    </message>
    <message>
        <source>Gets the lock state of a scene item.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin kilit durumunu alır.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Set scene item locked</source>
        <translation>Sahne öğesini kilitle/aç</translation>
    </message>
    <message>
        <source>Sets the lock state of a scene item.

Scenes and Group</source>
        <translation>Bir sahne öğesinin kilit durumunu ayarlar.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Scene item locked</source>
        <translation>Sahne öğesi kilitli</translation>
    </message>
    <message>
        <source>New lock state of the scene item</source>
        <translation>Sahne öğesinin yeni kilit durumu</translation>
    </message>
    <message>
        <source>Get scene item index</source>
        <translation>Sahne öğesi sırasını al</translation>
    </message>
    <message>
        <source>Gets the index position of a scene item in a scene.

An index of 0 is at the bottom of the source list in the UI.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin sahnedeki sıra konumunu alır.

0 sırası, arayüzdeki kaynak listesinin en altındadır.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Set scene item index</source>
        <translation>Sahne öğesi sırasını belirle</translation>
    </message>
    <message>
        <source>Sets the index position of a scene item in a scene.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin sahnedeki sıra konumunu ayarlar.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Scene item index</source>
        <translation>Sahne öğesi sırası</translation>
    </message>
    <message>
        <source>New index position of the scene item</source>
        <translation>Sahne öğesinin yeni sırası</translation>
    </message>
    <message>
        <source>Get scene item blend mode</source>
        <translation>Sahne öğesi karışım modunu al</translation>
    </message>
    <message>
        <source>Gets the blend mode of a scene item.

Blend modes:

- OBS_BLEND_NORMAL
- OBS_BLEND_ADDITIVE
- OBS_BLEND_SUBTRACT
- OBS_BLEND_SCREEN
- OBS_BLEND_MULTIPLY
- OBS_BLEND_LIGHTEN
- OBS_BLEND_DARKEN

Scenes and Groups</source>
        <translation>Bir sahne öğesinin karıştırma kipini alır.

Karıştırma kipleri:

- OBS_BLEND_NORMAL
- OBS_BLEND_ADDITIVE
- OBS_BLEND_SUBTRACT
- OBS_BLEND_SCREEN
- OBS_BLEND_MULTIPLY
- OBS_BLEND_LIGHTEN
- OBS_BLEND_DARKEN

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Set scene item blend mode</source>
        <translation>Sahne öğesi karışım modunu belirle</translation>
    </message>
    <message>
        <source>Sets the blend mode of a scene item.

Scenes and Groups</source>
        <translation>Bir sahne öğesinin karıştırma kipini ayarlar.

Sahneler ve gruplar</translation>
    </message>
    <message>
        <source>Scene item blend mode</source>
        <translation>Sahne öğesi karışım modu</translation>
    </message>
    <message>
        <source>New blend mode</source>
        <translation>Yeni karışım modu</translation>
    </message>
    <message>
        <source>Get scene list</source>
        <translation>Sahne listesini al</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Sahneler</translation>
    </message>
    <message>
        <source>Gets an array of scenes in OBS.</source>
        <translation>OBS'teki sahnelerin bir dizisini alır.</translation>
    </message>
    <message>
        <source>UUID of the canvas the scenes are in</source>
        <translation>Sahnelerin bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Get group list</source>
        <translation>Grup listesini al</translation>
    </message>
    <message>
        <source>Gets an array of all groups in OBS.

Groups in OBS are actually scenes, but renamed and modified. In obs-websocket, we treat them as scenes where we can.</source>
        <translation>OBS'teki tüm grupların bir dizisini alır.

OBS'teki gruplar aslında yeniden adlandırılmış ve değiştirilmiş sahnelerdir. obs-websocket'te onları elden geldiğince sahne olarak ele alırız.</translation>
    </message>
    <message>
        <source>Get current program scene</source>
        <translation>Yayındaki sahneyi al</translation>
    </message>
    <message>
        <source>Gets the current program scene.

Note 1: This request is slated to have the currentProgram-prefixed fields removed from in an upcoming RPC version.

Note 2: Canvases do not have any concept of a program or preview scene, so this request does not support canvases.</source>
        <translation>Geçerli yayın (program) sahnesini alır.

Not 1: Bu isteğin currentProgram önekli alanlarının gelecek bir RPC sürümünde kaldırılması planlanıyor.

Not 2: Tuvallerde program ya da önizleme sahnesi kavramı yoktur, bu yüzden bu istek tuvalleri desteklemez.</translation>
    </message>
    <message>
        <source>Set current program scene</source>
        <translation>Yayındaki sahneyi belirle</translation>
    </message>
    <message>
        <source>Sets the current program scene.</source>
        <translation>Geçerli yayın (program) sahnesini ayarlar.</translation>
    </message>
    <message>
        <source>Scene name to set as the current program scene</source>
        <translation>Yayındaki sahne yapılacak sahnenin adı</translation>
    </message>
    <message>
        <source>Scene UUID to set as the current program scene</source>
        <translation>Yayındaki sahne yapılacak sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Get current preview scene</source>
        <translation>Önizleme sahnesini al</translation>
    </message>
    <message>
        <source>Gets the current preview scene.

Only available when studio mode is enabled.

Note: This request is slated to have the currentPreview-prefixed fields removed from in an upcoming RPC version.</source>
        <translation>Geçerli önizleme sahnesini alır.

Yalnızca stüdyo kipi açıkken kullanılabilir.

Not: Bu isteğin currentPreview önekli alanlarının gelecek bir RPC sürümünde kaldırılması planlanıyor.</translation>
    </message>
    <message>
        <source>Set current preview scene</source>
        <translation>Önizleme sahnesini belirle</translation>
    </message>
    <message>
        <source>Sets the current preview scene.

Only available when studio mode is enabled.</source>
        <translation>Geçerli önizleme sahnesini ayarlar.

Yalnızca stüdyo kipi açıkken kullanılabilir.</translation>
    </message>
    <message>
        <source>Scene name to set as the current preview scene</source>
        <translation>Önizleme sahnesi yapılacak sahnenin adı</translation>
    </message>
    <message>
        <source>Scene UUID to set as the current preview scene</source>
        <translation>Önizleme sahnesi yapılacak sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Create scene</source>
        <translation>Sahne oluştur</translation>
    </message>
    <message>
        <source>Creates a new scene in OBS.</source>
        <translation>OBS'te yeni bir sahne oluşturur.</translation>
    </message>
    <message>
        <source>UUID of the canvas to create the new scene in. Leave default to assume main canvas</source>
        <translation>Yeni sahnenin oluşturulacağı tuvalin UUID'si. Ana tuval için varsayılanı bırakın</translation>
    </message>
    <message>
        <source>Name for the new scene</source>
        <translation>Yeni sahnenin adı</translation>
    </message>
    <message>
        <source>Remove scene</source>
        <translation>Sahneyi kaldır</translation>
    </message>
    <message>
        <source>Removes a scene from OBS.</source>
        <translation>OBS'ten bir sahneyi kaldırır.</translation>
    </message>
    <message>
        <source>Name of the scene to remove</source>
        <translation>Kaldırılacak sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene to remove</source>
        <translation>Kaldırılacak sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Set scene name</source>
        <translation>Sahne adını belirle</translation>
    </message>
    <message>
        <source>Sets the name of a scene (rename).</source>
        <translation>Bir sahnenin adını ayarlar (yeniden adlandırma).</translation>
    </message>
    <message>
        <source>Name of the scene to be renamed</source>
        <translation>Adı değiştirilecek sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene to be renamed</source>
        <translation>Adı değiştirilecek sahnenin UUID'si</translation>
    </message>
    <message>
        <source>New scene name</source>
        <translation>Yeni sahne adı</translation>
    </message>
    <message>
        <source>New name for the scene</source>
        <translation>Sahnenin yeni adı</translation>
    </message>
    <message>
        <source>Get scene scene transition override</source>
        <translation>Sahnenin geçiş ayarını al</translation>
    </message>
    <message>
        <source>Gets the scene transition overridden for a scene.

Note: A transition UUID response field is not currently able to be implemented as of 2024-1-18.</source>
        <translation>Bir sahne için geçersiz kılınan sahne geçişini alır.

Not: 2024-1-18 itibarıyla yanıta bir geçiş UUID alanı eklenemiyor.</translation>
    </message>
    <message>
        <source>Name of the scene</source>
        <translation>Sahnenin adı</translation>
    </message>
    <message>
        <source>UUID of the scene</source>
        <translation>Sahnenin UUID'si</translation>
    </message>
    <message>
        <source>Set scene scene transition override</source>
        <translation>Sahnenin geçiş ayarını belirle</translation>
    </message>
    <message>
        <source>Sets the scene transition overridden for a scene.</source>
        <translation>Bir sahne için geçersiz kılınan sahne geçişini ayarlar.</translation>
    </message>
    <message>
        <source>Transition name</source>
        <translation>Geçiş adı</translation>
    </message>
    <message>
        <source>Name of the scene transition to use as override. Specify null to remove</source>
        <translation>Geçersiz kılmak için kullanılacak sahne geçişinin adı. Kaldırmak için null verin</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Geçiş süresi</translation>
    </message>
    <message>
        <source>Duration to use for any overridden transition. Specify null to remove</source>
        <translation>Geçersiz kılınan geçiş için süre. Kaldırmak için null verin</translation>
    </message>
    <message>
        <source>Get source active</source>
        <translation>Kaynak etkin mi</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Gets the active and show state of a source.

**Compatible with inputs and scenes.**</source>
        <translation>Bir kaynağın etkinlik ve gösterilme durumunu alır.

**Girdiler ve sahnelerle uyumludur.**</translation>
    </message>
    <message>
        <source>UUID of the canvas the source is in, if using sourceName field</source>
        <translation>sourceName alanı kullanılıyorsa kaynağın bulunduğu tuvalin UUID'si</translation>
    </message>
    <message>
        <source>Name of the source to get the active state of</source>
        <translation>Etkinlik durumu alınacak kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source to get the active state of</source>
        <translation>Etkinlik durumu alınacak kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Get source screenshot</source>
        <translation>Kaynak ekran görüntüsünü al</translation>
    </message>
    <message>
        <source>Gets a Base64-encoded screenshot of a source.

The imageWidth and imageHeight parameters are treated as "scale to inner", meaning the smallest ratio will be used and the aspect ratio of the original resolution is kept.
If imageWidth and imageHeight are not specified, the compressed image will use the full resolution of the source.

**Compatible with inputs and scenes.**</source>
        <translation>Bir kaynağın Base64 olarak kodlanmış ekran görüntüsünü alır.

imageWidth ve imageHeight parametreleri "içe sığdır" olarak ele alınır: en küçük oran kullanılır ve özgün çözünürlüğün en-boy oranı korunur.
imageWidth ve imageHeight verilmezse sıkıştırılmış görüntü kaynağın tam çözünürlüğünü kullanır.

**Girdiler ve sahnelerle uyumludur.**</translation>
    </message>
    <message>
        <source>Name of the source to take a screenshot of</source>
        <translation>Ekran görüntüsü alınacak kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source to take a screenshot of</source>
        <translation>Ekran görüntüsü alınacak kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Image format</source>
        <translation>Görüntü biçimi</translation>
    </message>
    <message>
        <source>Image compression format to use. Use GetVersion to get compatible image formats</source>
        <translation>Kullanılacak görüntü sıkıştırma biçimi. Uyumlu biçimler için GetVersion kullanın</translation>
    </message>
    <message>
        <source>Image width</source>
        <translation>Görüntü genişliği</translation>
    </message>
    <message>
        <source>Width to scale the screenshot to</source>
        <translation>Ekran görüntüsünün ölçekleneceği genişlik</translation>
    </message>
    <message>
        <source>Image height</source>
        <translation>Görüntü yüksekliği</translation>
    </message>
    <message>
        <source>Height to scale the screenshot to</source>
        <translation>Ekran görüntüsünün ölçekleneceği yükseklik</translation>
    </message>
    <message>
        <source>Image compression quality</source>
        <translation>Görüntü sıkıştırma kalitesi</translation>
    </message>
    <message>
        <source>Compression quality to use. 0 for high compression, 100 for uncompressed. -1 to use "default" (whatever that means, idk)</source>
        <translation>Sıkıştırma kalitesi. 0 yüksek sıkıştırma, 100 sıkıştırmasız, -1 "varsayılan"</translation>
    </message>
    <message>
        <source>Save source screenshot</source>
        <translation>Kaynak ekran görüntüsünü kaydet</translation>
    </message>
    <message>
        <source>Saves a screenshot of a source to the filesystem.

The imageWidth and imageHeight parameters are treated as "scale to inner", meaning the smallest ratio will be used and the aspect ratio of the original resolution is kept.
If imageWidth and imageHeight are not specified, the compressed image will use the full resolution of the source.

**Compatible with inputs and scenes.**</source>
        <translation>Bir kaynağın ekran görüntüsünü dosya sistemine kaydeder.

imageWidth ve imageHeight parametreleri "içe sığdır" olarak ele alınır: en küçük oran kullanılır ve özgün çözünürlüğün en-boy oranı korunur.
imageWidth ve imageHeight verilmezse sıkıştırılmış görüntü kaynağın tam çözünürlüğünü kullanır.

**Girdiler ve sahnelerle uyumludur.**</translation>
    </message>
    <message>
        <source>Image file path</source>
        <translation>Görüntü dosyası yolu</translation>
    </message>
    <message>
        <source>Path to save the screenshot file to. Eg. C:\Users\user\Desktop\screenshot.png</source>
        <translation>Ekran görüntüsü dosyasının kaydedileceği yol. Ör. C:\Users\user\Desktop\screenshot.png</translation>
    </message>
    <message>
        <source>Get stream status</source>
        <translation>Yayın durumunu al</translation>
    </message>
    <message>
        <source>Gets the status of the stream output.</source>
        <translation>Yayın çıkışının durumunu alır.</translation>
    </message>
    <message>
        <source>Toggle stream</source>
        <translation>Yayını aç/kapat</translation>
    </message>
    <message>
        <source>Toggles the status of the stream output.</source>
        <translation>Yayın çıkışının durumunu tersine çevirir.</translation>
    </message>
    <message>
        <source>Start stream</source>
        <translation>Yayını başlat</translation>
    </message>
    <message>
        <source>Starts the stream output.</source>
        <translation>Yayın çıkışını başlatır.</translation>
    </message>
    <message>
        <source>Stop stream</source>
        <translation>Yayını durdur</translation>
    </message>
    <message>
        <source>Stops the stream output.</source>
        <translation>Yayın çıkışını durdurur.</translation>
    </message>
    <message>
        <source>Send stream caption</source>
        <translation>Yayın altyazısı gönder</translation>
    </message>
    <message>
        <source>Sends CEA-608 caption text over the stream output.</source>
        <translation>Yayın çıkışı üzerinden CEA-608 altyazı metni gönderir.</translation>
    </message>
    <message>
        <source>Caption text</source>
        <translation>Altyazı metni</translation>
    </message>
    <message>
        <source>Get transition kind list</source>
        <translation>Geçiş türlerini al</translation>
    </message>
    <message>
        <source>Transitions</source>
        <translation>Geçişler</translation>
    </message>
    <message>
        <source>Gets an array of all available transition kinds.

Similar to GetInputKindList</source>
        <translation>Kullanılabilir tüm geçiş türlerinin bir dizisini alır.

GetInputKindList'e benzer</translation>
    </message>
    <message>
        <source>Get scene transition list</source>
        <translation>Sahne geçişlerini al</translation>
    </message>
    <message>
        <source>Gets an array of all scene transitions in OBS.</source>
        <translation>OBS'teki tüm sahne geçişlerinin bir dizisini alır.</translation>
    </message>
    <message>
        <source>Get current scene transition</source>
        <translation>Geçerli sahne geçişini al</translation>
    </message>
    <message>
        <source>Gets information about the current scene transition.</source>
        <translation>Geçerli sahne geçişi hakkında bilgi alır.</translation>
    </message>
    <message>
        <source>Set current scene transition</source>
        <translation>Geçerli sahne geçişini belirle</translation>
    </message>
    <message>
        <source>Sets the current scene transition.

Small note: While the namespace of scene transitions is generally unique, that uniqueness is not a guarantee as it is with other resources like inputs.</source>
        <translation>Geçerli sahne geçişini ayarlar.

Küçük not: Sahne geçişlerinin ad alanı genellikle benzersiz olsa da bu, girdiler gibi başka kaynaklardaki gibi garanti değildir.</translation>
    </message>
    <message>
        <source>Name of the transition to make active</source>
        <translation>Etkinleştirilecek geçişin adı</translation>
    </message>
    <message>
        <source>Set current scene transition duration</source>
        <translation>Geçerli sahne geçişinin süresini belirle</translation>
    </message>
    <message>
        <source>Sets the duration of the current scene transition, if it is not fixed.</source>
        <translation>Geçerli sahne geçişinin süresini, sabit değilse ayarlar.</translation>
    </message>
    <message>
        <source>Duration in milliseconds</source>
        <translation>Milisaniye olarak süre</translation>
    </message>
    <message>
        <source>Set current scene transition settings</source>
        <translation>Geçerli sahne geçişinin ayarlarını belirle</translation>
    </message>
    <message>
        <source>Sets the settings of the current scene transition.</source>
        <translation>Geçerli sahne geçişinin ayarlarını ayarlar.</translation>
    </message>
    <message>
        <source>Transition settings</source>
        <translation>Geçiş ayarları</translation>
    </message>
    <message>
        <source>Settings object to apply to the transition. Can be {}</source>
        <translation>Geçişe uygulanacak ayarlar nesnesi. {} olabilir</translation>
    </message>
    <message>
        <source>Whether to overlay over the current settings or replace them</source>
        <translation>Şu anki ayarların üzerine mi yazılacağı yoksa değiştirileceği mi</translation>
    </message>
    <message>
        <source>Get current scene transition cursor</source>
        <translation>Geçerli sahne geçişinin konumunu al</translation>
    </message>
    <message>
        <source>Gets the cursor position of the current scene transition.

Note: transitionCursor will return 1.0 when the transition is inactive.</source>
        <translation>Geçerli sahne geçişinin imleç konumunu alır.

Not: Geçiş etkin değilken transitionCursor 1.0 döndürür.</translation>
    </message>
    <message>
        <source>Trigger studio mode transition</source>
        <translation>Stüdyo modu geçişini tetikle</translation>
    </message>
    <message>
        <source>Triggers the current scene transition. Same functionality as the Transition button in studio mode.</source>
        <translation>Geçerli sahne geçişini tetikler. Stüdyo kipindeki Geçiş düğmesiyle aynı işlevi görür.</translation>
    </message>
    <message>
        <source>Set t bar position</source>
        <translation>T çubuğu konumunu belirle</translation>
    </message>
    <message>
        <source>Sets the position of the TBar.

**Very important note**: This will be deprecated and replaced in a future version of obs-websocket.</source>
        <translation>T-çubuğunun konumunu ayarlar.

**Çok önemli not**: Bu, obs-websocket'in gelecekteki bir sürümünde kullanımdan kaldırılıp yerine başka bir şey getirilecek.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Konum</translation>
    </message>
    <message>
        <source>New position</source>
        <translation>Yeni konum</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Bırak</translation>
    </message>
    <message>
        <source>Whether to release the TBar. Only set false if you know that you will be sending another position update</source>
        <translation>T çubuğunun bırakılıp bırakılmayacağı. Yalnızca başka bir konum güncellemesi göndereceğinizi biliyorsanız false verin</translation>
    </message>
    <message>
        <source>Get studio mode enabled</source>
        <translation>Stüdyo modu açık mı</translation>
    </message>
    <message>
        <source>Ui</source>
        <translation>Arayüz</translation>
    </message>
    <message>
        <source>Gets whether studio is enabled.</source>
        <translation>Stüdyo kipinin açık olup olmadığını alır.</translation>
    </message>
    <message>
        <source>Set studio mode enabled</source>
        <translation>Stüdyo modunu aç/kapat</translation>
    </message>
    <message>
        <source>Enables or disables studio mode</source>
        <translation>Stüdyo kipini açar ya da kapatır</translation>
    </message>
    <message>
        <source>Studio mode enabled</source>
        <translation>Stüdyo modu açık</translation>
    </message>
    <message>
        <source>True == Enabled, False == Disabled</source>
        <translation>True == Açık, False == Kapalı</translation>
    </message>
    <message>
        <source>Open input properties dialog</source>
        <translation>Giriş özellikleri penceresini aç</translation>
    </message>
    <message>
        <source>Opens the properties dialog of an input.</source>
        <translation>Bir girdinin özellikler penceresini açar.</translation>
    </message>
    <message>
        <source>Name of the input to open the dialog of</source>
        <translation>Penceresi açılacak girişin adı</translation>
    </message>
    <message>
        <source>UUID of the input to open the dialog of</source>
        <translation>Penceresi açılacak girişin UUID'si</translation>
    </message>
    <message>
        <source>Open input filters dialog</source>
        <translation>Giriş filtreleri penceresini aç</translation>
    </message>
    <message>
        <source>Opens the filters dialog of an input.</source>
        <translation>Bir girdinin filtreler penceresini açar.</translation>
    </message>
    <message>
        <source>Open input interact dialog</source>
        <translation>Giriş etkileşim penceresini aç</translation>
    </message>
    <message>
        <source>Opens the interact dialog of an input.</source>
        <translation>Bir girdinin etkileşim penceresini açar.</translation>
    </message>
    <message>
        <source>Get monitor list</source>
        <translation>Ekran listesini al</translation>
    </message>
    <message>
        <source>Gets a list of connected monitors and information about them.</source>
        <translation>Bağlı ekranların listesini ve onlarla ilgili bilgileri alır.</translation>
    </message>
    <message>
        <source>Open video mix projector</source>
        <translation>Video karışımı projektörünü aç</translation>
    </message>
    <message>
        <source>Opens a projector for a specific output video mix.

Mix types:

- OBS_WEBSOCKET_VIDEO_MIX_TYPE_PREVIEW
- OBS_WEBSOCKET_VIDEO_MIX_TYPE_PROGRAM
- OBS_WEBSOCKET_VIDEO_MIX_TYPE_MULTIVIEW

Note: This request serves to provide feature parity with 4.x. It is very likely to be changed/deprecated in a future release.</source>
        <translation>Belirli bir video çıkış karışımı için bir yansıtıcı açar.

Karışım türleri:

- OBS_WEBSOCKET_VIDEO_MIX_TYPE_PREVIEW
- OBS_WEBSOCKET_VIDEO_MIX_TYPE_PROGRAM
- OBS_WEBSOCKET_VIDEO_MIX_TYPE_MULTIVIEW

Not: Bu istek 4.x ile özellik eşitliği sağlamak için vardır. Gelecekteki bir sürümde büyük olasılıkla değiştirilecek ya da kullanımdan kaldırılacaktır.</translation>
    </message>
    <message>
        <source>Video mix type</source>
        <translation>Video karışımı türü</translation>
    </message>
    <message>
        <source>Type of mix to open</source>
        <translation>Açılacak karışım türü</translation>
    </message>
    <message>
        <source>Monitor index</source>
        <translation>Ekran sırası</translation>
    </message>
    <message>
        <source>Monitor index, use GetMonitorList to obtain index</source>
        <translation>Ekran sırası; sırayı almak için GetMonitorList kullanın</translation>
    </message>
    <message>
        <source>Projector geometry</source>
        <translation>Projektör geometrisi</translation>
    </message>
    <message>
        <source>Size/Position data for a windowed projector, in Qt Base64 encoded format. Mutually exclusive with monitorIndex</source>
        <translation>Pencereli projektörün boyut/konum verisi, Qt Base64 biçiminde. monitorIndex ile birlikte kullanılamaz</translation>
    </message>
    <message>
        <source>Open source projector</source>
        <translation>Kaynak projektörünü aç</translation>
    </message>
    <message>
        <source>Opens a projector for a source.

Note: This request serves to provide feature parity with 4.x. It is very likely to be changed/deprecated in a future release.</source>
        <translation>Bir kaynak için bir yansıtıcı açar.

Not: Bu istek 4.x ile özellik eşitliği sağlamak için vardır. Gelecekteki bir sürümde büyük olasılıkla değiştirilecek ya da kullanımdan kaldırılacaktır.</translation>
    </message>
    <message>
        <source>Name of the source to open a projector for</source>
        <translation>Projektörü açılacak kaynağın adı</translation>
    </message>
    <message>
        <source>UUID of the source to open a projector for</source>
        <translation>Projektörü açılacak kaynağın UUID'si</translation>
    </message>
    <message>
        <source>Request batch</source>
        <translation>İstek grubu</translation>
    </message>
    <message>
        <source>Several requests OBS runs one after another, sent as one message (obs-websocket's RequestBatch); each is checked against its own contract before anything is sent.</source>
        <translation>OBS'in art arda çalıştırdığı, tek bir mesaj olarak gönderilen birkaç istek (obs-websocket'in RequestBatch'i); bir şey gönderilmeden önce her biri kendi sözleşmesine göre denetlenir.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>İstekler</translation>
    </message>
    <message>
        <source>The requests, in order: each an OBS action and its parameters, [{"action": "obs.set-current-program-scene", "params": {"sceneName": "BRB"}}, …]</source>
        <translation>Sırayla istekler: her biri bir OBS eylemi ve parametreleri, [{"action": "obs.set-current-program-scene", "params": {"sceneName": "BRB"}}, …]</translation>
    </message>
    <message>
        <source>Halt on failure</source>
        <translation>Hatada dur</translation>
    </message>
    <message>
        <source>Stop at the first request that fails</source>
        <translation>Başarısız olan ilk istekte dur</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} / {limit} karakter</translation>
    </message>
</context>
<context>
    <name>Cron</name>
    <message>
        <source>Jan</source>
        <translation>Oca</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Şub</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Nis</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Haz</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Tem</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ağu</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Eyl</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Eki</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Paz</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pzt</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Çar</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Per</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Cmt</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>weekday</source>
        <translation>haftanın günü</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a number</source>
        <translation>{field}: “{text}” bir sayı değil</translation>
    </message>
    <message>
        <source>{field}: the step after / must be a number</source>
        <translation>{field}: / işaretinden sonraki adım bir sayı olmalı</translation>
    </message>
    <message>
        <source>{field} must be from {low} to {high}</source>
        <translation>{field} {low} ile {high} arasında olmalı</translation>
    </message>
    <message>
        <source>{field}: the step must be at least 1</source>
        <translation>{field}: adım en az 1 olmalı</translation>
    </message>
    <message>
        <source>write it as cron, five fields: minute hour day month weekday (e.g. */15 * * * *)</source>
        <translation>cron biçiminde, beş alan olarak yazın: dakika saat gün ay haftanın-günü (ör. */15 * * * *)</translation>
    </message>
    <message>
        <source>a field has characters cron does not use</source>
        <translation>bir alanda cron'un kullanmadığı karakterler var</translation>
    </message>
    <message>
        <source>At {times}</source>
        <translation>Saat {times}</translation>
    </message>
    <message>
        <source> or on day {days} of the month</source>
        <translation> ya da ayın {days}. gününde</translation>
    </message>
    <message>
        <source>, on day {days} of the month</source>
        <translation>, ayın {days}. gününde</translation>
    </message>
    <message>
        <source>, in {months}</source>
        <translation>, şu aylarda: {months}</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Her dakika</translation>
    </message>
    <message>
        <source>Every {step} minutes</source>
        <translation>{step} dakikada bir</translation>
    </message>
    <message>
        <source>, from :{minute}</source>
        <translation>, :{minute} dakikasından başlayarak</translation>
    </message>
    <message>
        <source>on the hour</source>
        <translation>saat başında</translation>
    </message>
    <message>
        <source>at :{minute}</source>
        <translation>:{minute} dakikasında</translation>
    </message>
    <message>
        <source>Every hour, {when}</source>
        <translation>Her saat, {when}</translation>
    </message>
    <message>
        <source>At {minutes} past each hour</source>
        <translation>Her saat {minutes} dakikalarında</translation>
    </message>
    <message>
        <source>from {start}:00 to {end}:59</source>
        <translation>{start}:00 ile {end}:59 arası</translation>
    </message>
    <message>
        <source>in the hours of {hours}</source>
        <translation>şu saatlerde: {hours}</translation>
    </message>
    <message>
        <source>in the hour of {hours}</source>
        <translation>şu saatte: {hours}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>yarın</translation>
    </message>
</context>
<context>
    <name>DeckControl</name>
    <message>
        <source>Could not save profile {name}: {error}</source>
        <translation>{name} profili kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>{name} cannot be imported: {exc}.</source>
        <translation>{name} içe aktarılamıyor: {exc}.</translation>
    </message>
    <message>
        <source>Could not read {name}: {value}</source>
        <translation>{name} okunamadı: {value}</translation>
    </message>
    <message>
        <source>{button} runs {count} steps; these cannot be undone: {risky}.</source>
        <translation>{button} {count} adım çalıştırır; bunlar geri alınamaz: {risky}.</translation>
    </message>
    <message>
        <source>This button</source>
        <translation>Bu düğme</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&lt;b&gt;{button}&lt;/b&gt; runs {count} steps; these cannot be undone: {names}.</source>
        <translation>&lt;b&gt;{button}&lt;/b&gt; {count} adım çalıştırır; bunlar geri alınamaz: {names}.</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Hepsini çalıştır</translation>
    </message>
    <message numerus="yes">
        <source>The other %n step(s) were not run.</source>
        <translation>
            <numerusform>Diğer %n adım çalıştırılmadı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DefaultProfile</name>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Clip 30 s</source>
        <translation>30 sn klip</translation>
    </message>
    <message>
        <source>Shield</source>
        <translation>Kalkan</translation>
    </message>
    <message>
        <source>Hello TTS</source>
        <translation>Merhaba TTS</translation>
    </message>
    <message>
        <source>Hello chat!</source>
        <translation>Merhaba sohbet!</translation>
    </message>
    <message>
        <source>Test donation</source>
        <translation>Deneme bağışı</translation>
    </message>
    <message>
        <source>Stream info</source>
        <translation>Yayın bilgisi</translation>
    </message>
    <message>
        <source>BRB</source>
        <translation>Hemen dönerim</translation>
    </message>
    <message>
        <source>Be right back!</source>
        <translation>Hemen dönüyorum!</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Hemen dönüyorum</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Sohbeti temizle</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderasyon</translation>
    </message>
    <message>
        <source>Shield on</source>
        <translation>Kalkan açık</translation>
    </message>
    <message>
        <source>Shield off</source>
        <translation>Kalkan kapalı</translation>
    </message>
    <message>
        <source>Link filter</source>
        <translation>Bağlantı filtresi</translation>
    </message>
    <message>
        <source>Spam filter</source>
        <translation>Spam filtresi</translation>
    </message>
    <message>
        <source>Mod status</source>
        <translation>Mod durumu</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Şarkılar</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Oynat / duraklat</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Discord voice</source>
        <translation>Discord ses</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Ses durumu</translation>
    </message>
    <message>
        <source>Bot status</source>
        <translation>Bot durumu</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Pause rec</source>
        <translation>Kaydı duraklat</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Tekrar</translation>
    </message>
    <message>
        <source>Save replay</source>
        <translation>Tekrarı kaydet</translation>
    </message>
    <message>
        <source>Mic</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Masaüstü</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>Stüdyo</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Geçiş</translation>
    </message>
    <message>
        <source>Virtual cam</source>
        <translation>Sanal kamera</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Varsayılan</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Paired devices</source>
        <translation>Eşleştirilmiş cihazlar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Eşleştirildi</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Son kullanım</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Cihazı kaldır</translation>
    </message>
    <message>
        <source>No device is paired.</source>
        <translation>Eşleştirilmiş cihaz yok.</translation>
    </message>
</context>
<context>
    <name>DiscordPanel</name>
    <message>
        <source>manage roles</source>
        <translation>rolleri yönet</translation>
    </message>
    <message>
        <source>manage channels</source>
        <translation>kanalları yönet</translation>
    </message>
    <message>
        <source>move members</source>
        <translation>üyeleri taşı</translation>
    </message>
    <message>
        <source>mute members</source>
        <translation>üyeleri sustur</translation>
    </message>
    <message>
        <source>deafen members</source>
        <translation>üyeleri sağırlaştır</translation>
    </message>
    <message>
        <source>view channels</source>
        <translation>kanalları gör</translation>
    </message>
    <message>
        <source>send messages</source>
        <translation>mesaj gönder</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>bağlan</translation>
    </message>
    <message>
        <source>speak</source>
        <translation>konuş</translation>
    </message>
    <message>
        <source>Bot status: …</source>
        <translation>Bot durumu: …</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Linked users</source>
        <translation>Bağlı kullanıcılar</translation>
    </message>
    <message>
        <source>Bot status unknown: {exc}</source>
        <translation>Bot durumu bilinmiyor: {exc}</translation>
    </message>
    <message>
        <source>Bot connected {bot} · server found {server}</source>
        <translation>Bot bağlı {bot} · sunucu bulundu {server}</translation>
    </message>
    <message>
        <source> · permissions: {permissions}</source>
        <translation> · izinler: {permissions}</translation>
    </message>
    <message>
        <source>No voice channels in this server.</source>
        <translation>Bu sunucuda ses kanalı yok.</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Sesini kapat</translation>
    </message>
    <message>
        <source>Mute member</source>
        <translation>Üyeyi sustur</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Sesini aç</translation>
    </message>
    <message>
        <source>Unmute member</source>
        <translation>Üyenin sesini aç</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Bağlantıyı kes</translation>
    </message>
    <message>
        <source>Disconnect member from voice</source>
        <translation>Üyenin ses bağlantısını kes</translation>
    </message>
    <message>
        <source>Mute all</source>
        <translation>Herkesin sesini kapat</translation>
    </message>
    <message>
        <source>Mute everyone in channel</source>
        <translation>Kanaldaki herkesi sustur</translation>
    </message>
    <message>
        <source>Unmute all</source>
        <translation>Herkesin sesini aç</translation>
    </message>
    <message>
        <source>Unmute everyone in channel</source>
        <translation>Kanaldaki herkesin sesini aç</translation>
    </message>
    <message>
        <source>Pull all here</source>
        <translation>Herkesi buraya çek</translation>
    </message>
    <message>
        <source>Pull everyone into channel</source>
        <translation>Herkesi kanala çek</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo last bulk action</source>
        <translation>Son toplu işlemi geri al</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Üye</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Drag a member onto a channel to move them.</source>
        <translation>Bir üyeyi taşımak için bir kanalın üstüne sürükleyin.</translation>
    </message>
    <message>
        <source>  — muted</source>
        <translation>  — susturulmuş</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Şuraya taşı</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Bağlantısını kes…</translation>
    </message>
    <message>
        <source>{name} muted ✓</source>
        <translation>{name} susturuldu ✓</translation>
    </message>
    <message>
        <source>{name} unmuted ✓</source>
        <translation>{name} sesi açıldı ✓</translation>
    </message>
    <message>
        <source>Moved {name} to {where} ✓</source>
        <translation>{name}, {where} kanalına taşındı ✓</translation>
    </message>
    <message>
        <source>Disconnect &lt;b&gt;{name}&lt;/b&gt; from voice?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; sesli kanaldan çıkarılsın mı?</translation>
    </message>
    <message>
        <source>Disconnected {name} ✓</source>
        <translation>{name} çıkarıldı ✓</translation>
    </message>
    <message numerus="yes">
        <source>Pull %n member(s) into {channel}</source>
        <translation>
            <numerusform>%n üyeyi {channel} kanalına çek</numerusform>
        </translation>
    </message>
    <message>
        <source>Mute everyone in {channel}</source>
        <translation>{channel} kanalındaki herkesi sustur</translation>
    </message>
    <message>
        <source>Unmute everyone in {channel}</source>
        <translation>{channel} kanalındaki herkesin sesini aç</translation>
    </message>
    <message>
        <source>{what}?&lt;br&gt;{who}&lt;br&gt;&lt;br&gt;You can undo this.</source>
        <translation>{what}?&lt;br&gt;{who}&lt;br&gt;&lt;br&gt;Bunu geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Nobody is affected.</source>
        <translation>Kimse etkilenmez.</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Geri al: {what}</translation>
    </message>
    <message>
        <source>Restoring… {done}/{count}</source>
        <translation>Geri yükleniyor… {done}/{count}</translation>
    </message>
    <message>
        <source>Restored {done} of {count}: </source>
        <translation>{count} içinden {done} geri yüklendi: </translation>
    </message>
    <message>
        <source>Undone ✓ Everyone is back where they were.</source>
        <translation>Geri alındı ✓ Herkes eski yerinde.</translation>
    </message>
    <message>
        <source>Nothing to undo: everyone is already where they were.</source>
        <translation>Geri alınacak bir şey yok: herkes zaten eski yerinde.</translation>
    </message>
    <message>
        <source>Channel ID — pick one with ▾ or type it</source>
        <translation>Kanal kimliği — ▾ ile seçin ya da yazın</translation>
    </message>
    <message>
        <source>Text channel ID</source>
        <translation>Yazı kanalı kimliği</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>bir kanal</translation>
    </message>
    <message>
        <source>Message (optional when sending an embed)</source>
        <translation>İleti (gömülü gönderirken isteğe bağlı)</translation>
    </message>
    <message>
        <source>Discord message</source>
        <translation>Discord iletisi</translation>
    </message>
    <message>
        <source>Embed title</source>
        <translation>Gömülü başlığı</translation>
    </message>
    <message>
        <source>Embed description</source>
        <translation>Gömülü açıklaması</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Renk…</translation>
    </message>
    <message>
        <source>Embed colour</source>
        <translation>Gömülü rengi</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Renksiz</translation>
    </message>
    <message>
        <source>Clear embed colour</source>
        <translation>Gömme rengini kaldır</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Send to Discord</source>
        <translation>Discord'a gönder</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gönderildi ✓</translation>
    </message>
    <message>
        <source>Embed</source>
        <translation>Gömülü</translation>
    </message>
    <message>
        <source>Discord ID</source>
        <translation>Discord kimliği</translation>
    </message>
    <message>
        <source>Kick ID</source>
        <translation>Kick kimliği</translation>
    </message>
    <message>
        <source>Twitch ID</source>
        <translation>Twitch kimliği</translation>
    </message>
    <message>
        <source>Nobody has linked their accounts yet.</source>
        <translation>Henüz kimse hesaplarını bağlamadı.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>no such action</source>
        <translation>böyle bir eylem yok</translation>
    </message>
    <message>
        <source> (`deck actions` lists them all)</source>
        <translation> (`deck actions` hepsini listeler)</translation>
    </message>
    <message>
        <source>; did you mean {words}?</source>
        <translation>; {words} mı demek istediniz?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <source>unexpected response: {detail}</source>
        <translation>beklenmeyen yanıt: {detail}</translation>
    </message>
    <message>
        <source>{service} is unreachable at {url}: {detail}</source>
        <translation>{service} hizmetine {url} adresinde ulaşılamıyor: {detail}</translation>
    </message>
    <message>
        <source>{service} is unreachable: {detail}</source>
        <translation>{service} hizmetine ulaşılamıyor: {detail}</translation>
    </message>
    <message>
        <source>Not signed in to {service}. Sign in under File → Accounts or with `deck login {name}` (or set {env}).</source>
        <translation>{service} girişi yapılmadı. Dosya → Hesaplar altından ya da `deck login {name}` ile giriş yapın (veya {env} değişkenini ayarlayın).</translation>
    </message>
    <message>
        <source>No {service} {what} is set. Add it under File → Accounts (or set {env}).</source>
        <translation>{service} için {what} girilmemiş. Dosya → Hesaplar altından ekleyin (veya {env} değişkenini ayarlayın).</translation>
    </message>
    <message>
        <source>{service} needs you to sign in again ({reason}). Sign in under File → Accounts or with `deck login {name}`.</source>
        <translation>{service} yeniden giriş yapmanızı istiyor ({reason}). Dosya → Hesaplar altından ya da `deck login {name}` ile giriş yapın.</translation>
    </message>
    <message>
        <source>The {service} {what} that is set has characters no {service} {what} has (spaces, accents or control characters). Paste it again under File → Accounts.</source>
        <translation>Ayarlı {service} {what} değerinde hiçbir {service} {what} değerinde olmayan karakterler var (boşluk, aksanlı harf veya denetim karakterleri). Dosya → Hesaplar altında yeniden yapıştırın.</translation>
    </message>
    <message>
        <source>{service}'s address {address} cannot be used: {problem}. Correct it under File → Accounts (or in {env}).</source>
        <translation>{service} adresi {address} kullanılamıyor: {problem}. Dosya → Hesaplar altında (veya {env} içinde) düzeltin.</translation>
    </message>
    <message>
        <source>{service}: Deck may not {what}: it was not allowed at sign-in. Allow it in Accounts and sign in again.</source>
        <translation>{service}: Deck şunu yapamaz: {what}; girişte izin verilmedi. Hesaplar'da izin verip yeniden giriş yapın.</translation>
    </message>
    <message>
        <source>{action}: cancelled</source>
        <translation>{action}: iptal edildi</translation>
    </message>
    <message>
        <source>answered {capability} in a form Deck does not understand</source>
        <translation>{capability} isteğini Deck'in anlamadığı bir biçimde yanıtladı</translation>
    </message>
    <message>
        <source>{service} does not offer {capability}</source>
        <translation>{service}, {capability} sunmuyor</translation>
    </message>
    <message>
        <source> (the service asks to wait {time}; not retrying)</source>
        <translation> (hizmet {time} beklemeyi istiyor; yeniden denenmiyor)</translation>
    </message>
    <message>
        <source>it is nested too deeply (more than {count} levels)</source>
        <translation>çok derin iç içe (en fazla {count} düzey)</translation>
    </message>
    <message>
        <source>Another Deck (the app or a command) has been busy with {what} for {time}; try again.</source>
        <translation>Başka bir Deck (uygulama ya da bir komut) {time} süredir {what} ile meşgul; yeniden deneyin.</translation>
    </message>
    <message>
        <source>the answer is larger than {size}; Deck did not read it</source>
        <translation>yanıt {size} boyutundan büyük; Deck onu okumadı</translation>
    </message>
    <message>
        <source>it is longer than {count} characters</source>
        <translation>{count} karakterden uzun</translation>
    </message>
    <message>
        <source>it has spaces, control or non-ASCII characters (write the host in its xn-- form)</source>
        <translation>boşluk, denetim ya da ASCII dışı karakterler içeriyor (sunucu adını xn-- biçiminde yazın)</translation>
    </message>
    <message>
        <source>it is not a web address ({why})</source>
        <translation>bir web adresi değil ({why})</translation>
    </message>
    <message>
        <source>it must start with {schemes}</source>
        <translation>{schemes} ile başlamalı</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>bir sunucu adı içermiyor</translation>
    </message>
    <message>
        <source>its port must be from 1 to 65535</source>
        <translation>bağlantı noktası 1 ile 65535 arasında olmalı</translation>
    </message>
    <message>
        <source>no complete answer within {time}</source>
        <translation>{time} içinde tam bir yanıt gelmedi</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>bağlanılamadı</translation>
    </message>
    <message>
        <source>timed out ({why})</source>
        <translation>zaman aşımı ({why})</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>zaman aşımı</translation>
    </message>
    <message>
        <source>Deck could not listen on 127.0.0.1:{port} for the sign-in ({why}). Close whatever uses that port, or pick another in Accounts.</source>
        <translation>Deck, giriş için 127.0.0.1:{port} adresini dinleyemedi ({why}). Bu bağlantı noktasını kullananı kapatın ya da Hesaplar'da başka birini seçin.</translation>
    </message>
    <message>
        <source>the saved sign-in could not be read</source>
        <translation>kayıtlı giriş okunamadı</translation>
    </message>
    <message>
        <source>Enter your {service} app's client ID under File → Accounts first.</source>
        <translation>{service} uygulamanızın istemci kimliğini önce Dosya → Hesaplar altında girin.</translation>
    </message>
    <message>
        <source>Enter your {service} app's client secret under File → Accounts first.</source>
        <translation>{service} uygulamanızın istemci gizli anahtarını önce Dosya → Hesaplar altında girin.</translation>
    </message>
    <message>
        <source>No answer from the browser within {time}; the sign-in to {service} was stopped. Try again.</source>
        <translation>{time} içinde tarayıcıdan yanıt gelmedi; {service} girişi durduruldu. Yeniden deneyin.</translation>
    </message>
    <message>
        <source>{service} did not sign you in: {reason}.</source>
        <translation>{service} girişinizi yapmadı: {reason}.</translation>
    </message>
    <message>
        <source>{service} sent no authorization code.</source>
        <translation>{service} bir yetkilendirme kodu göndermedi.</translation>
    </message>
    <message>
        <source>the sign-in has expired</source>
        <translation>girişin süresi doldu</translation>
    </message>
    <message>
        <source>there is no refresh token</source>
        <translation>yenileme belirteci yok</translation>
    </message>
    <message>
        <source>unexpected token answer: {problem}</source>
        <translation>beklenmeyen belirteç yanıtı: {problem}</translation>
    </message>
    <message>
        <source>no complete answer within {time} over {tries} tries</source>
        <translation>{tries} denemede, {time} içinde tam bir yanıt gelmedi</translation>
    </message>
    <message>
        <source> (the action may or may not have happened; check before repeating it)</source>
        <translation> (işlem gerçekleşmiş de olabilir, olmamış da; yinelemeden önce denetleyin)</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>yanıt boş</translation>
    </message>
    <message>
        <source>the body: {problem}</source>
        <translation>gövde: {problem}</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>gövde JSON değil</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>bir JSON nesnesi bekleniyordu</translation>
    </message>
    <message>
        <source>no answer within {time}</source>
        <translation>{time} içinde yanıt gelmedi</translation>
    </message>
    <message>
        <source>refused without a reason</source>
        <translation>gerekçe belirtilmeden reddedildi</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>port {port} cannot be used ({why}): pick another one</source>
        <translation>{port} bağlantı noktası kullanılamıyor ({why}): başka birini seçin</translation>
    </message>
    <message>
        <source>Not listening: {why}</source>
        <translation>Dinlenmiyor: {why}</translation>
    </message>
    <message>
        <source>{service} did not give its public key within {time}</source>
        <translation>{service}, {time} içinde açık anahtarını vermedi</translation>
    </message>
    <message>
        <source>the public key {service} gave cannot be used: {why}</source>
        <translation>{service} tarafından verilen açık anahtar kullanılamıyor: {why}</translation>
    </message>
    <message>
        <source>Refused a delivery: {why}</source>
        <translation>Bir teslimat reddedildi: {why}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>biri</translation>
    </message>
    <message>
        <source>{who} subscribed for {n} month</source>
        <translation>{who} {n} aylığına abone oldu</translation>
    </message>
    <message>
        <source>{who} subscribed for {n} months</source>
        <translation>{who} {n} aylığına abone oldu</translation>
    </message>
    <message>
        <source>{who} gifted {n} subscription to {names}</source>
        <translation>{who}, {names} için {n} abonelik hediye etti</translation>
    </message>
    <message>
        <source>{who} gifted {n} subscriptions to {names}</source>
        <translation>{who}, {names} için {n} abonelik hediye etti</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonim</translation>
    </message>
    <message>
        <source>{who} renewed their subscription for {n} month</source>
        <translation>{who} aboneliğini {n} ay için yeniledi</translation>
    </message>
    <message>
        <source>{who} renewed their subscription for {n} months</source>
        <translation>{who} aboneliğini {n} ay için yeniledi</translation>
    </message>
    <message>
        <source>Resubscription</source>
        <translation>Abonelik yenileme</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonelik</translation>
    </message>
    <message>
        <source>Gifted subscriptions</source>
        <translation>Hediye abonelikler</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>{reward} ({cost} points), {status}</source>
        <translation>{reward} ({cost} puan), {status}</translation>
    </message>
    <message>
        <source>a reward</source>
        <translation>bir ödül</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Ödül kullanımı</translation>
    </message>
    <message>
        <source>timed out for {n} minute by {who}</source>
        <translation>{who} tarafından {n} dakika susturuldu</translation>
    </message>
    <message>
        <source>timed out for {n} minutes by {who}</source>
        <translation>{who} tarafından {n} dakika susturuldu</translation>
    </message>
    <message>
        <source>banned by {who}</source>
        <translation>{who} tarafından yasaklandı</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Susturma</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasak</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>went live: {title}</source>
        <translation>yayına başladı: {title}</translation>
    </message>
    <message>
        <source>ended the stream</source>
        <translation>yayını bitirdi</translation>
    </message>
    <message>
        <source>Stream info</source>
        <translation>Yayın bilgisi</translation>
    </message>
    <message>
        <source>the public key cannot be read ({why})</source>
        <translation>açık anahtar okunamıyor ({why})</translation>
    </message>
    <message>
        <source>a delivery without its id, timestamp or signature</source>
        <translation>kimliği, zaman damgası ya da imzası olmayan bir teslimat</translation>
    </message>
    <message>
        <source>the signature does not match</source>
        <translation>imza eşleşmiyor</translation>
    </message>
    <message>
        <source>the timestamp {stamp} cannot be read</source>
        <translation>{stamp} zaman damgası okunamıyor</translation>
    </message>
    <message>
        <source>a stale delivery (sent more than 5 minutes from now): refused as a possible replay</source>
        <translation>eski bir teslimat (şu andan 5 dakikadan fazla uzakta gönderilmiş): olası bir yineleme saldırısı olarak reddedildi</translation>
    </message>
    <message>
        <source>the body is not JSON ({why})</source>
        <translation>gövde JSON değil ({why})</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>gövde JSON değil</translation>
    </message>
    <message>
        <source>Donation</source>
        <translation>Bağış</translation>
    </message>
    <message>
        <source>Kick bits</source>
        <translation>Kick bitleri</translation>
    </message>
    <message>
        <source>Twitch bits</source>
        <translation>Twitch bitleri</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>bu bir klasör, dosya değil</translation>
    </message>
    <message>
        <source>it is larger than {size}</source>
        <translation>{size} boyutundan büyük</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 metin değil</translation>
    </message>
    <message>
        <source>it is not valid JSON ({why})</source>
        <translation>geçerli JSON değil ({why})</translation>
    </message>
    <message>
        <source>{folder} was a file, not a folder; it was kept as {name}.</source>
        <translation>{folder} bir klasör değil, dosyaydı; {name} olarak saklandı.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder, and could not be moved aside.</source>
        <translation>{folder} bir klasör değil, dosya ve kenara taşınamadı.</translation>
    </message>
    <message>
        <source>Deck cannot create {folder} ({why}).</source>
        <translation>Deck {folder} klasörünü oluşturamıyor ({why}).</translation>
    </message>
    <message>
        <source>Deck cannot write in {folder}: changes to settings and profiles last until you quit.</source>
        <translation>Deck {folder} içine yazamıyor: ayarlarda ve profillerde yapılan değişiklikler yalnızca çıkana kadar geçerli.</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <source>line {n}: a regular expression is written ~/pattern/flags</source>
        <translation>{n}. satır: düzenli ifade ~/desen/bayraklar biçiminde yazılır</translation>
    </message>
    <message>
        <source>line {n}: {exc}</source>
        <translation>{n}. satır: {exc}</translation>
    </message>
    <message>
        <source>line {n}: unknown flag {names} (i, m, s, u, g, y)</source>
        <translation>{n}. satır: bilinmeyen bayrak {names} (i, m, s, u, g, y)</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>This service has no spam filters.</source>
        <translation>Bu hizmetin spam filtresi yok.</translation>
    </message>
    <message>
        <source>Pick a filter</source>
        <translation>Bir filtre seçin</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zaman aşımı</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Spam filtreleri</translation>
    </message>
    <message>
        <source>spam filters</source>
        <translation>spam filtreleri</translation>
    </message>
    <message>
        <source>Filter on</source>
        <translation>Filtre açık</translation>
    </message>
    <message>
        <source>time out for </source>
        <translation>zaman aşımı: </translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Timeout length in seconds</source>
        <translation>Susturma süresi (saniye)</translation>
    </message>
    <message>
        <source>Filter threshold</source>
        <translation>Filtre eşiği</translation>
    </message>
    <message>
        <source>Who the filter spares</source>
        <translation>Filtrenin dokunmadıkları</translation>
    </message>
    <message>
        <source>Silent (no message in chat)</source>
        <translation>Sessiz (sohbete mesaj yok)</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Timeout message (empty: the service's own lines)</source>
        <translation>Susturma iletisi (boş: hizmetin kendi iletileri)</translation>
    </message>
    <message>
        <source>Timeout message</source>
        <translation>Susturma iletisi</translation>
    </message>
    <message>
        <source>Blocked words and phrases</source>
        <translation>Engellenen kelimeler ve ifadeler</translation>
    </message>
    <message>
        <source>Allowed (the link filter reads host names, e.g. youtube.com)</source>
        <translation>İzin verilenler (bağlantı filtresi alan adlarını okur, ör. youtube.com)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filtreyi kaydet</translation>
    </message>
    <message>
        <source>&lt;a href="{doc}"&gt;How it works&lt;/a&gt;</source>
        <translation>&lt;a href="{doc}"&gt;Nasıl çalışır&lt;/a&gt;</translation>
    </message>
    <message>
        <source>From {limit_min} to {limit_max}</source>
        <translation>{limit_min} ile {limit_max} arası</translation>
    </message>
    <message>
        <source>{name} on ✓</source>
        <translation>{name} açık ✓</translation>
    </message>
    <message>
        <source>{name} off ✓</source>
        <translation>{name} kapalı ✓</translation>
    </message>
    <message>
        <source>{name} saved ✓</source>
        <translation>{name} kaydedildi ✓</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>Dokunmadıkları</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Done ✓</source>
        <translation>Tamam ✓</translation>
    </message>
</context>
<context>
    <name>Gifts</name>
    <message>
        <source>All time</source>
        <translation>Tüm zamanlar</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Bu hafta</translation>
    </message>
    <message>
        <source>top </source>
        <translation>ilk </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>İzleyici</translation>
    </message>
    <message>
        <source>KICKs</source>
        <translation>KICK'ler</translation>
    </message>
    <message>
        <source>KICKs leaderboard</source>
        <translation>KICKs sıralaması</translation>
    </message>
    <message>
        <source>No KICKs given yet.</source>
        <translation>Henüz KICK verilmedi.</translation>
    </message>
    <message>
        <source>User ids, comma separated</source>
        <translation>Kullanıcı kimlikleri, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>User ids to look up</source>
        <translation>Bakılacak kullanıcı kimlikleri</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Bak</translation>
    </message>
    <message>
        <source>Look up users</source>
        <translation>Kullanıcılara bak</translation>
    </message>
    <message>
        <source>Nobody with those ids.</source>
        <translation>Bu kimliklerle kimse yok.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Who is this?</source>
        <translation>Bu kim?</translation>
    </message>
</context>
<context>
    <name>GlobalKeys</name>
    <message>
        <source>macOS blocks global hotkeys until you allow Deck: System Settings → Privacy &amp; Security → Accessibility and → Input Monitoring, switch on Deck, then quit and reopen Deck. In-app shortcuts work meanwhile.</source>
        <translation>macOS, siz izin verene kadar genel kısayolları engeller: Sistem Ayarları → Gizlilik ve Güvenlik → Erişilebilirlik ve → Girdi İzleme'de Deck'i açın, sonra Deck'ten çıkıp yeniden açın. Uygulama içi kısayollar bu arada çalışır.</translation>
    </message>
    <message>
        <source>This Wayland desktop has no GlobalShortcuts portal, so apps cannot see keys pressed in other windows. In-app shortcuts work. For hotkeys while a game has focus, use a desktop that has the portal (KDE Plasma 6, GNOME 48 or later, Hyprland with xdg-desktop-portal-hyprland), log in to an X11 session, or bind a shortcut in your desktop's keyboard settings to a command such as `deck run missxss.clip`.</source>
        <translation>Bu Wayland masaüstünde GlobalShortcuts portalı yok; bu yüzden uygulamalar başka pencerelerde basılan tuşları göremez. Uygulama içi kısayollar çalışır. Bir oyun öndeyken kısayollar için portalı olan bir masaüstü kullanın (KDE Plasma 6, GNOME 48 veya sonrası, xdg-desktop-portal-hyprland ile Hyprland), bir X11 oturumuna giriş yapın ya da masaüstünüzün klavye ayarlarında `deck run missxss.clip` gibi bir komuta kısayol atayın.</translation>
    </message>
    <message>
        <source>Global hotkeys need an X server connection (DISPLAY is not set or the server refused). In-app shortcuts work.</source>
        <translation>Genel kısayollar bir X sunucusu bağlantısı gerektirir (DISPLAY ayarlı değil ya da sunucu reddetti). Uygulama içi kısayollar çalışır.</translation>
    </message>
    <message>
        <source>The desktop's shortcut dialog was closed without binding Deck's global hotkeys. Change a hotkey (or restart Deck) to be asked again; in-app shortcuts work.</source>
        <translation>Masaüstünün kısayol penceresi, Deck'in genel kısayol tuşları bağlanmadan kapatıldı. Yeniden sorulması için bir kısayol tuşunu değiştirin (ya da Deck'i yeniden başlatın); uygulama içi kısayollar çalışır.</translation>
    </message>
    <message>
        <source>Global hotkeys need the D-Bus session ({why}). In-app shortcuts work.</source>
        <translation>Genel kısayol tuşları D-Bus oturumuna ihtiyaç duyar ({why}). Uygulama içi kısayollar çalışır.</translation>
    </message>
    <message>
        <source>The desktop refused Deck's global hotkeys: {why}. In-app shortcuts work.</source>
        <translation>Masaüstü Deck'in genel kısayol tuşlarını reddetti: {why}. Uygulama içi kısayollar çalışır.</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ başarısız</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ tamam</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <source>Profile: pages, hotkeys and layout</source>
        <translation>Profil: sayfalar, kısayollar ve yerleşim</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Deck pages</source>
        <translation>Deck sayfaları</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Geri</translation>
    </message>
    <message>
        <source>Back to the page above</source>
        <translation>Üstteki sayfaya dön</translation>
    </message>
    <message>
        <source>Pages, profiles and hotkeys</source>
        <translation>Sayfalar, profiller ve kısayollar</translation>
    </message>
    <message>
        <source>Toggle: {kind}</source>
        <translation>Aç/kapat: {kind}</translation>
    </message>
    <message>
        <source>Opens {folder}</source>
        <translation>{folder} klasörünü açar</translation>
    </message>
    <message>
        <source>Opens a folder</source>
        <translation>Bir klasör açar</translation>
    </message>
    <message>
        <source>wait {ms} ms, </source>
        <translation>{ms} ms bekle, </translation>
    </message>
    <message>
        <source>Stops at the first error</source>
        <translation>İlk hatada durur</translation>
    </message>
    <message>
        <source>Goes on after errors</source>
        <translation>Hatalardan sonra devam eder</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Tuşlar: {keys}</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>Hız sınırı bekleniyor…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>&lt;span style='color:#e5484d'&gt;Failed: </source>
        <translation>&lt;span style='color:#e5484d'&gt;Başarısız: </translation>
    </message>
    <message>
        <source>Last read: {answer}</source>
        <translation>Son okunan: {answer}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Çalıştır</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Add button…</source>
        <translation>Buton ekle…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <source>Could not paste the button: {error}</source>
        <translation>Buton yapıştırılamadı: {error}</translation>
    </message>
    <message>
        <source>This page is full: make it bigger or use another page.</source>
        <translation>Bu sayfa dolu: büyütün ya da başka bir sayfa kullanın.</translation>
    </message>
    <message>
        <source>Delete the button &lt;b&gt;{value}&lt;/b&gt;?</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; düğmesi silinsin mi?</translation>
    </message>
    <message>
        <source>Add page…</source>
        <translation>Sayfa ekle…</translation>
    </message>
    <message>
        <source>Rename page…</source>
        <translation>Sayfayı yeniden adlandır…</translation>
    </message>
    <message>
        <source>Page size…</source>
        <translation>Sayfa boyutu…</translation>
    </message>
    <message>
        <source>Delete page…</source>
        <translation>Sayfayı sil…</translation>
    </message>
    <message>
        <source>Hotkeys…</source>
        <translation>Kısayol tuşları…</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Yeni profil…</translation>
    </message>
    <message>
        <source>Duplicate profile…</source>
        <translation>Profili çoğalt…</translation>
    </message>
    <message>
        <source>Rename profile…</source>
        <translation>Profili yeniden adlandır…</translation>
    </message>
    <message>
        <source>Delete profile…</source>
        <translation>Profili sil…</translation>
    </message>
    <message>
        <source>Export profile…</source>
        <translation>Profili dışa aktar…</translation>
    </message>
    <message>
        <source>Import profile…</source>
        <translation>Profili içe aktar…</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Sayfa ekle</translation>
    </message>
    <message>
        <source>Page name:</source>
        <translation>Sayfa adı:</translation>
    </message>
    <message>
        <source>Rename page</source>
        <translation>Sayfayı yeniden adlandır</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sayfa boyutu</translation>
    </message>
    <message>
        <source>Rows × columns (each 1–8):</source>
        <translation>Satır × sütun (her biri 1–8):</translation>
    </message>
    <message>
        <source>{text} is not a size like 3x5 (rows and columns 1–8).</source>
        <translation>{text}, 3x5 gibi bir boyut değil (satır ve sütun 1–8).</translation>
    </message>
    <message numerus="yes">
        <source>%n button(s) do not fit in {rows}×{cols} and will be deleted.</source>
        <translation>
            <numerusform>%n düğme {rows}×{cols} boyutuna sığmıyor ve silinecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Yeniden boyutlandır</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Sayfayı sil</translation>
    </message>
    <message>
        <source>A profile keeps at least one page.</source>
        <translation>Bir profilde en az bir sayfa kalır.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the page &lt;b&gt;{name}&lt;/b&gt; and its %n button(s)?</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; sayfası ve %n düğmesi silinsin mi?</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profili çoğalt</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Yeni profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profil adı:</translation>
    </message>
    <message>
        <source>{name} copy</source>
        <translation>{name} kopyası</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profili yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete the profile &lt;b&gt;{name}&lt;/b&gt; with its pages and hotkeys?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; profili, sayfaları ve kısayol tuşlarıyla birlikte silinsin mi?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profili sil</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Profili dışa aktar</translation>
    </message>
    <message>
        <source>Deck profile (*.json)</source>
        <translation>Deck profili (*.json)</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>{path} yazılamadı: {why}</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profili içe aktar</translation>
    </message>
    <message>
        <source>Deck profile (*.json);;All files (*)</source>
        <translation>Deck profili (*.json);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>{why}

Nothing was changed.</source>
        <translation>{why}

Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Imported profile {name}</source>
        <translation>{name} profili içe aktarıldı</translation>
    </message>
</context>
<context>
    <name>HotkeyEditor</name>
    <message>
        <source>Hotkey</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>In Deck only</source>
        <translation>Yalnızca Deck'te</translation>
    </message>
    <message>
        <source>Global: also while a game has focus</source>
        <translation>Genel: bir oyun öndeyken de</translation>
    </message>
    <message>
        <source>An action…</source>
        <translation>Bir eylem…</translation>
    </message>
    <message>
        <source>Button: {value} ({name})</source>
        <translation>Düğme: {value} ({name})</translation>
    </message>
    <message>
        <source>Nothing on release</source>
        <translation>Bırakınca hiçbir şey</translation>
    </message>
    <message>
        <source>Run an action on release (hold to talk)</source>
        <translation>Bırakınca bir eylem çalıştır (bas-konuş)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Çalıştığı yer</translation>
    </message>
    <message>
        <source>On press</source>
        <translation>Basınca</translation>
    </message>
    <message>
        <source>Press the keys to use.</source>
        <translation>Kullanılacak tuşlara basın.</translation>
    </message>
    <message>
        <source>{keys} already runs {what}.</source>
        <translation>{keys} zaten şunu çalıştırıyor: {what}.</translation>
    </message>
    <message>
        <source>On press: {problem}</source>
        <translation>Basınca: {problem}</translation>
    </message>
    <message>
        <source>On release: {problem}</source>
        <translation>Bırakınca: {problem}</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>Global hotkeys could not start: {error}. In-app shortcuts work.</source>
        <translation>Genel kısayollar başlatılamadı: {error}. Uygulama içi kısayollar çalışır.</translation>
    </message>
    <message>
        <source>Deck: {hotkey}</source>
        <translation>Deck: {hotkey}</translation>
    </message>
    <message>
        <source>nothing on release</source>
        <translation>bırakınca hiçbir şey</translation>
    </message>
</context>
<context>
    <name>HotkeysDialog</name>
    <message>
        <source>Hotkeys</source>
        <translation>Kısayollar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Çalıştığı yer</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Çalıştırdığı</translation>
    </message>
    <message>
        <source>On release</source>
        <translation>Bırakınca</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ekle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Live tester: press any hotkey (in Deck or, for global ones, in another app) and what Deck receives shows here.</source>
        <translation>Canlı deneme: herhangi bir kısayola basın (Deck'te ya da genel olanlar için başka bir uygulamada); Deck'in aldığı burada görünür.</translation>
    </message>
    <message>
        <source>Press keys here to see how Deck reads them</source>
        <translation>Deck'in tuşları nasıl okuduğunu görmek için buraya basın</translation>
    </message>
    <message>
        <source>keys typed here: {tostring}</source>
        <translation>burada yazılan tuşlar: {tostring}</translation>
    </message>
    <message>
        <source>Try keys:</source>
        <translation>Tuşları deneyin:</translation>
    </message>
    <message>
        <source>What Deck receives</source>
        <translation>Deck'in aldıkları</translation>
    </message>
    <message>
        <source>Global hotkeys: {problem}</source>
        <translation>Genel kısayollar: {problem}</translation>
    </message>
    <message>
        <source>Global hotkeys work (backend: {backend}). Keys are watched, never taken away from the game.</source>
        <translation>Genel kısayollar çalışıyor (arka uç: {backend}). Tuşlar yalnızca izlenir, oyundan asla alınmaz.</translation>
    </message>
    <message>
        <source>Button: {value}</source>
        <translation>Düğme: {value}</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>Genel</translation>
    </message>
    <message>
        <source>In Deck</source>
        <translation>Deck'te</translation>
    </message>
    <message>
        <source>These keys are bound more than once; only one of them runs.</source>
        <translation>Bu tuşlar birden çok kez atanmış; yalnızca biri çalışır.</translation>
    </message>
    <message>
        <source>Remove the hotkey &lt;b&gt;{keys}&lt;/b&gt;?</source>
        <translation>&lt;b&gt;{keys}&lt;/b&gt; kısayol tuşu kaldırılsın mı?</translation>
    </message>
    <message>
        <source>global</source>
        <translation>genel</translation>
    </message>
    <message>
        <source>in Deck</source>
        <translation>Deck'te</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>No system keychain is available, so Deck cannot store secrets safely. Install or unlock a keychain (on Linux: GNOME Keyring or KWallet with Secret Service), or keep this key in memory for this session only.</source>
        <translation>Kullanılabilir bir sistem anahtarlığı yok, bu yüzden Deck gizli bilgileri güvenle saklayamıyor. Bir anahtarlık kurun ya da kilidini açın (Linux'ta: Secret Service ile GNOME Keyring veya KWallet) ya da bu anahtarı yalnızca bu oturum için bellekte tutun.</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it (log in to your desktop again, or open your keychain app, e.g. Passwords and Keys, and unlock the Login keyring), then start Deck again</source>
        <translation>anahtarlık kilitli: kilidini açın (masaüstünüze yeniden giriş yapın ya da anahtarlık uygulamanızı, ör. Parolalar ve Anahtarlar'ı açıp Giriş anahtarlığının kilidini açın), sonra Deck'i yeniden başlatın</translation>
    </message>
    <message>
        <source>{name} is not a system keychain (it may keep secrets in a file)</source>
        <translation>{name} bir sistem anahtarlığı değil (gizli bilgileri bir dosyada tutabilir)</translation>
    </message>
    <message>
        <source>no usable system keychain (secrets can only be kept in memory)</source>
        <translation>kullanılabilir bir sistem anahtarlığı yok (gizli bilgiler yalnızca bellekte tutulabilir)</translation>
    </message>
    <message>
        <source>{why} (secrets can only be kept in memory)</source>
        <translation>{why} (gizli bilgiler yalnızca bellekte tutulabilir)</translation>
    </message>
    <message>
        <source>the keychain cannot be reached ({why})</source>
        <translation>anahtarlığa ulaşılamıyor ({why})</translation>
    </message>
    <message>
        <source>the keychain could not be read ({why})</source>
        <translation>anahtarlık okunamadı ({why})</translation>
    </message>
</context>
<context>
    <name>Kick</name>
    <message>
        <source>category: pick one from the search list (Kick sets a category by its id)</source>
        <translation>kategori: arama listesinden birini seçin (Kick bir kategoriyi kimliğiyle ayarlar)</translation>
    </message>
    <message>
        <source>it was already accepted or rejected</source>
        <translation>zaten kabul edilmiş ya da reddedilmiş</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>artık yok</translation>
    </message>
    <message>
        <source>only the app that created its reward can handle it</source>
        <translation>yalnızca ödülünü oluşturan uygulama bunu işleyebilir</translation>
    </message>
    <message>
        <source>Kick did not say why</source>
        <translation>Kick nedenini söylemedi</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message>
        <source>{title}: could not load its {what}. {answer}</source>
        <translation>{title}: {what} yüklenemedi. {answer}</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <source>Admin</source>
        <translation>Yönetici</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sahip</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderatör</translation>
    </message>
    <message>
        <source>Twitch VIP</source>
        <translation>Twitch VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Müdavim</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Abone</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Herkes</translation>
    </message>
    <message>
        <source>{level} and up</source>
        <translation>{level} ve üstü</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>One entry a line. &lt;b&gt;*&lt;/b&gt; matches anything (&lt;code&gt;*spoiler*&lt;/code&gt;); &lt;b&gt;~/pattern/flags&lt;/b&gt; is a regular expression (&lt;code&gt;~/fr+ee/i&lt;/code&gt;).</source>
        <translation>Her satırda bir kayıt. &lt;b&gt;*&lt;/b&gt; her şeyle eşleşir (&lt;code&gt;*spoiler*&lt;/code&gt;); &lt;b&gt;~/desen/bayraklar&lt;/b&gt; düzenli ifadedir (&lt;code&gt;~/fr+ee/i&lt;/code&gt;).</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) or phrase(s)</source>
        <translation>
            <numerusform>%n kelime veya ifade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with wildcards</source>
        <translation>
            <numerusform>%n joker karakterli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n regular expression(s)</source>
        <translation>
            <numerusform>%n düzenli ifade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries: {parts}</source>
        <translation>
            <numerusform>%n kayıt: {parts}</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>Boş.</translation>
    </message>
</context>
<context>
    <name>LiveEventsBox</name>
    <message>
        <source>Live events</source>
        <translation>Canlı olaylar</translation>
    </message>
    <message>
        <source>Receive live events</source>
        <translation>Canlı olayları al</translation>
    </message>
    <message>
        <source>Receive {service}'s live events</source>
        <translation>{service} canlı olaylarını al</translation>
    </message>
    <message>
        <source>Port Deck listens on</source>
        <translation>Deck'in dinlediği port</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ne olduğu</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Abone</translation>
    </message>
    <message>
        <source>Live event subscriptions</source>
        <translation>Canlı olay abonelikleri</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abone ol</translation>
    </message>
    <message>
        <source>Subscribe to the selected events</source>
        <translation>Seçili olaylara abone ol</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Aboneliği bırak</translation>
    </message>
    <message>
        <source>Unsubscribe from the selected events</source>
        <translation>Seçili olayların aboneliğini bırak</translation>
    </message>
    <message>
        <source>Refresh subscriptions</source>
        <translation>Abonelikleri yenile</translation>
    </message>
    <message>
        <source>on port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>● Listening on &lt;b&gt;{url}&lt;/b&gt; (this computer only) · {received} received, {taken} taken, {repeats} repeats dropped, {refused} refused</source>
        <translation>● &lt;b&gt;{url}&lt;/b&gt; adresinde dinleniyor (yalnızca bu bilgisayar) · {received} alındı, {taken} işlendi, {repeats} tekrar atıldı, {refused} reddedildi</translation>
    </message>
    <message>
        <source>○ Off: Deck is not receiving live events.</source>
        <translation>○ Kapalı: Deck canlı olayları almıyor.</translation>
    </message>
    <message>
        <source>Sign in first: the subscriptions are your channel's.</source>
        <translation>Önce giriş yapın: abonelikler kanalınıza aittir.</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abone olunuyor…</translation>
    </message>
    <message>
        <source>Unsubscribing…</source>
        <translation>Abonelikten çıkılıyor…</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Not loaded yet.</source>
        <translation>Henüz yüklenmedi.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Could not load.
{exc}</source>
        <translation>Yüklenemedi.
{exc}</translation>
    </message>
    <message>
        <source>Could not load.</source>
        <translation>Yüklenemedi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sisteme uy</translation>
    </message>
    <message>
        <source>Deck — demo</source>
        <translation>Deck — tanıtım</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Hesaplar…</translation>
    </message>
    <message>
        <source>&amp;Hotkeys…</source>
        <translation>&amp;Kısayol tuşları…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Komut paleti…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Yerleşimi sıfırla</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Keyboard shortcuts and where things are</source>
        <translation>Klavye kısayolları ve neyin nerede olduğu</translation>
    </message>
    <message>
        <source>About Deck</source>
        <translation>Deck hakkında</translation>
    </message>
    <message>
        <source>Deck — the control deck for live streamers.</source>
        <translation>Deck — canlı yayıncılar için kontrol masası.</translation>
    </message>
    <message>
        <source>DEMO · every service is simulated on this computer</source>
        <translation>TANITIM · bütün hizmetler bu bilgisayarda taklit ediliyor</translation>
    </message>
    <message>
        <source>Bring {panel} to the front</source>
        <translation>{panel} panelini öne getir</translation>
    </message>
    <message>
        <source> (also while another app has focus)</source>
        <translation> (başka bir uygulama öndeyken de)</translation>
    </message>
    <message>
        <source>Your hotkeys</source>
        <translation>Kısayol tuşlarınız</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Kimlik Bilgisi Yöneticisi</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS Anahtar Zinciri</translation>
    </message>
    <message>
        <source>your desktop's keychain (Secret Service)</source>
        <translation>masaüstünüzün anahtar zinciri (Secret Service)</translation>
    </message>
    <message>
        <source>Settings and profiles</source>
        <translation>Ayarlar ve profiller</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Günlükler</translation>
    </message>
    <message>
        <source>Keys and sign-ins</source>
        <translation>Anahtarlar ve oturumlar</translation>
    </message>
    <message>
        <source>{keychain}, never in a file</source>
        <translation>{keychain}; asla bir dosyada değil</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Where Deck keeps things</source>
        <translation>Deck neyi nerede tutar</translation>
    </message>
    <message>
        <source>Deck — shortcuts and where things are</source>
        <translation>Deck — kısayollar ve neyin nerede olduğu</translation>
    </message>
    <message>
        <source>Could not save the theme: {error}</source>
        <translation>Tema kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>Deck will speak {language} from its next start. Restart Deck now?</source>
        <translation>Deck bir sonraki açılışından itibaren {language} konuşacak. Deck şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Şimdi yeniden başlat</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Could not save the window layout: {error}</source>
        <translation>Pencere yerleşimi kaydedilemedi: {error}</translation>
    </message>
    <message>
        <source>Every panel is closed. Open panels from the View menu.</source>
        <translation>Bütün paneller kapalı. Panelleri Görünüm menüsünden açın.</translation>
    </message>
</context>
<context>
    <name>ModerationPanel</name>
    <message>
        <source>1 min</source>
        <translation>1 dk</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 dk</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 saat</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 gün</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 hafta</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Koruma</translation>
    </message>
    <message>
        <source>Ban list</source>
        <translation>Yasaklılar</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Sebep (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebep</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Time out for {duration}</source>
        <translation>{duration} zaman aşımı ver</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Sustur</translation>
    </message>
    <message>
        <source>Time out user</source>
        <translation>Kullanıcıya zaman aşımı ver</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Yasakla</translation>
    </message>
    <message>
        <source>Ban user</source>
        <translation>Kullanıcıyı yasakla</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Unban user</source>
        <translation>Kullanıcının yasağını kaldır</translation>
    </message>
    <message>
        <source>Timed out ✓</source>
        <translation>Susturuldu ✓</translation>
    </message>
    <message>
        <source>Banned ✓</source>
        <translation>Yasaklandı ✓</translation>
    </message>
    <message>
        <source>Ban &lt;b&gt;{name}&lt;/b&gt; on {platform}?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {platform} üzerinde yasaklansın mı?</translation>
    </message>
    <message>
        <source>Unbanned ✓</source>
        <translation>Yasak kaldırıldı ✓</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Their recent messages</source>
        <translation>Son mesajları</translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>İletiyi sil</translation>
    </message>
    <message>
        <source>Delete the selected message</source>
        <translation>Seçili mesajı sil</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Sohbeti temizle</translation>
    </message>
    <message>
        <source>Chat cleared ✓</source>
        <translation>Sohbet temizlendi ✓</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Susturma</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>the last </source>
        <translation>son </translation>
    </message>
    <message>
        <source>from #</source>
        <translation>başlangıç #</translation>
    </message>
    <message>
        <source>1 = the most recent follower</source>
        <translation>1 = en son takipçi</translation>
    </message>
    <message>
        <source>Recent followers timeout minutes</source>
        <translation>Son takipçilerin susturma dakikası</translation>
    </message>
    <message>
        <source>Apply to followers…</source>
        <translation>Takipçilere uygula…</translation>
    </message>
    <message>
        <source>Recent followers (follow-bot raids)</source>
        <translation>Son takipçiler (takip botu baskınları)</translation>
    </message>
    <message>
        <source>Removes every message from chat.</source>
        <translation>Sohbetteki bütün iletileri kaldırır.</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>No {platform} user is called {name}.</source>
        <translation>{platform} üzerinde {name} adlı kullanıcı yok.</translation>
    </message>
    <message>
        <source>Looking up {name} on {platform}…</source>
        <translation>{name}, {platform} üzerinde aranıyor…</translation>
    </message>
    <message>
        <source>Delete the selected message for everyone</source>
        <translation>Seçili mesajı herkes için sil</translation>
    </message>
    <message>
        <source>Deleting the message…</source>
        <translation>İleti siliniyor…</translation>
    </message>
    <message>
        <source>Message deleted ✓</source>
        <translation>İleti silindi ✓</translation>
    </message>
    <message>
        <source>Time out ({time})</source>
        <translation>Sustur ({time})</translation>
    </message>
    <message>
        <source>them (Deck could not see their names)</source>
        <translation>onları (Deck adlarını göremedi)</translation>
    </message>
    <message>
        <source> and {missing} more</source>
        <translation> ve {missing} kişi daha</translation>
    </message>
    <message numerus="yes">
        <source>{verb} %n recent follower(s) on {platform}: {who}{more}?</source>
        <translation>
            <numerusform>{platform} üzerindeki son %n takipçi: {who}{more} — {verb}?</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>kimse</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Yasaklandı</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Susturuldu</translation>
    </message>
    <message>
        <source>Shield mode: …</source>
        <translation>Kalkan modu: …</translation>
    </message>
    <message>
        <source>ban chatters from the last </source>
        <translation>yasakla: son </translation>
    </message>
    <message>
        <source>Shield lookback minutes</source>
        <translation>Kalkanın geriye bakma dakikası</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Turn shield mode on</source>
        <translation>Kalkan modunu aç</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Turn shield mode off</source>
        <translation>Kalkan modunu kapat</translation>
    </message>
    <message>
        <source>Shield mode</source>
        <translation>Kalkan modu</translation>
    </message>
    <message>
        <source>Shield mode is &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Kalkan modu &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ON</source>
        <translation>AÇIK</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source> · lookback {minutes} min</source>
        <translation> · geriye bakış {minutes} dk</translation>
    </message>
    <message>
        <source> · shield bans on</source>
        <translation> · kalkan yasaklar</translation>
    </message>
    <message>
        <source> · shield bans off</source>
        <translation> · kalkan yasaklamaz</translation>
    </message>
    <message>
        <source>Shield mode turned on ✓</source>
        <translation>Kalkan kipi açıldı ✓</translation>
    </message>
    <message>
        <source>Shield mode turned off ✓</source>
        <translation>Kalkan kipi kapatıldı ✓</translation>
    </message>
    <message>
        <source>{name} on ✓</source>
        <translation>{name} açık ✓</translation>
    </message>
    <message>
        <source>{name} off ✓</source>
        <translation>{name} kapalı ✓</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Bütün platformlar</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Nobody is banned.</source>
        <translation>Yasaklı kimse yok.</translation>
    </message>
    <message>
        <source>Unban selected</source>
        <translation>Seçilenin yasağını kaldır</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Unbanned {banned_user} ✓</source>
        <translation>{banned_user} kullanıcısının yasağı kaldırıldı ✓</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her şey</translation>
    </message>
    <message>
        <source>Bans</source>
        <translation>Yasaklar</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zaman aşımları</translation>
    </message>
    <message>
        <source>Shield</source>
        <translation>Kalkan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderasyon kaydı</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Henüz kayıt yok.</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
</context>
<context>
    <name>Obs</name>
    <message>
        <source>OBS has no source “{source}” ({form}): choose one again in the button's editor.</source>
        <translation>OBS'te “{source}” adlı kaynak yok ({form}): düğme düzenleyicisinde yeniden seçin.</translation>
    </message>
    <message>
        <source>scene</source>
        <translation>sahne</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>Reconnecting to OBS in {time}</source>
        <translation>{time} içinde OBS'e yeniden bağlanılacak</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>OBS'e bağlanılıyor…</translation>
    </message>
    <message>
        <source>OBS did not answer at {url} within {time}</source>
        <translation>OBS, {url} adresinde {time} içinde yanıt vermedi</translation>
    </message>
    <message>
        <source>OBS is not running (or its WebSocket server is off)</source>
        <translation>OBS çalışmıyor (ya da WebSocket sunucusu kapalı)</translation>
    </message>
    <message>
        <source>OBS is not running, or its WebSocket server is off (OBS → Tools → WebSocket Server Settings)</source>
        <translation>OBS çalışmıyor ya da WebSocket sunucusu kapalı (OBS → Araçlar → WebSocket Sunucu Ayarları)</translation>
    </message>
    <message>
        <source>OBS refused the password</source>
        <translation>OBS parolayı reddetti</translation>
    </message>
    <message>
        <source>OBS refused the password.</source>
        <translation>OBS parolayı reddetti.</translation>
    </message>
    <message>
        <source>OBS closed the connection</source>
        <translation>OBS bağlantıyı kapattı</translation>
    </message>
    <message>
        <source>OBS closed the connection ({why})</source>
        <translation>OBS bağlantıyı kapattı ({why})</translation>
    </message>
    <message>
        <source>Connected to {version}</source>
        <translation>{version} ile bağlı</translation>
    </message>
    <message>
        <source>the server did not greet as obs-websocket does (no Hello)</source>
        <translation>sunucu obs-websocket gibi selamlamadı (Hello yok)</translation>
    </message>
    <message>
        <source>OBS asks for a password</source>
        <translation>OBS parola istiyor</translation>
    </message>
    <message>
        <source>OBS asks for a password.</source>
        <translation>OBS parola istiyor.</translation>
    </message>
    <message>
        <source>OBS did not confirm the identification</source>
        <translation>OBS kimlik doğrulamayı onaylamadı</translation>
    </message>
    <message>
        <source>Copy the one OBS shows in Tools → WebSocket Server Settings → Show Connect Info into File → Accounts → OBS Studio (or {env}).</source>
        <translation>OBS'in Araçlar → WebSocket Sunucu Ayarları → Bağlantı Bilgilerini Göster altında gösterdiği parolayı Dosya → Hesaplar → OBS Studio alanına (veya {env} içine) kopyalayın.</translation>
    </message>
    <message>
        <source>OBS sent a message that is not JSON</source>
        <translation>OBS JSON olmayan bir mesaj gönderdi</translation>
    </message>
    <message>
        <source>OBS sent a message that is not a JSON object</source>
        <translation>OBS JSON nesnesi olmayan bir mesaj gönderdi</translation>
    </message>
    <message>
        <source>OBS went away</source>
        <translation>OBS gitti</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Bağlantı kesildi</translation>
    </message>
    <message>
        <source>the connection to OBS ended before it answered</source>
        <translation>OBS bağlantısı, OBS yanıt vermeden bitti</translation>
    </message>
    <message>
        <source>the connection to OBS ended</source>
        <translation>OBS bağlantısı bitti</translation>
    </message>
    <message>
        <source>{request} was not answered within {time}</source>
        <translation>{request} isteği {time} içinde yanıtlanmadı</translation>
    </message>
    <message>
        <source>{service}: {request} needs a newer OBS than the one connected ({version}); nothing was sent.</source>
        <translation>{service}: {request}, bağlı olandan ({version}) daha yeni bir OBS gerektirir; hiçbir şey gönderilmedi.</translation>
    </message>
    <message>
        <source>Did you mean {names}?</source>
        <translation>Şunu mu demek istediniz: {names}?</translation>
    </message>
    <message>
        <source>request {index}: no OBS action {name}</source>
        <translation>istek {index}: {name} adlı OBS eylemi yok</translation>
    </message>
</context>
<context>
    <name>ObsPanel</name>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Replay buffer</source>
        <translation>Tekrar arabelleği</translation>
    </message>
    <message>
        <source>Virtual camera</source>
        <translation>Sanal kamera</translation>
    </message>
    <message>
        <source>OBS settings…</source>
        <translation>OBS ayarları…</translation>
    </message>
    <message>
        <source>Scenes</source>
        <translation>Sahneler</translation>
    </message>
    <message>
        <source>Studio mode</source>
        <translation>Stüdyo modu</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Geçiş</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Transition duration</source>
        <translation>Geçiş süresi</translation>
    </message>
    <message>
        <source>Put the preview on air with the chosen transition</source>
        <translation>Önizlemeyi seçilen geçişle yayına al</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Görünür</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move the source up</source>
        <translation>Kaynağı yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Move the source down</source>
        <translation>Kaynağı aşağı taşı</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>No audio inputs in OBS.</source>
        <translation>OBS'te ses girişi yok.</translation>
    </message>
    <message>
        <source>Audio mixer</source>
        <translation>Ses mikseri</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Bölüm</translation>
    </message>
    <message>
        <source>Mark a chapter in the recording</source>
        <translation>Kayıtta bir bölüm işaretle</translation>
    </message>
    <message>
        <source>Save replay</source>
        <translation>Tekrarı kaydet</translation>
    </message>
    <message>
        <source>Replay saved</source>
        <translation>Tekrar kaydedildi</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Çıkışlar</translation>
    </message>
    <message>
        <source>Program picture</source>
        <translation>Program görüntüsü</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Connected to {versions}</source>
        <translation>{versions} ile bağlı</translation>
    </message>
    <message>
        <source>OBS is not running, or its WebSocket server is off. Deck connects as soon as it is there.</source>
        <translation>OBS çalışmıyor ya da WebSocket sunucusu kapalı. Açılır açılmaz Deck bağlanır.</translation>
    </message>
    <message>
        <source>OBS refused the password: set the one OBS shows in Tools → WebSocket Server Settings.</source>
        <translation>OBS parolayı reddetti: OBS'in Araçlar → WebSocket Sunucu Ayarları'nda gösterdiği parolayı girin.</translation>
    </message>
    <message>
        <source>OBS went away: reconnecting…</source>
        <translation>OBS bağlantısı koptu: yeniden bağlanılıyor…</translation>
    </message>
    <message>
        <source>Connecting to OBS…</source>
        <translation>OBS'e bağlanılıyor…</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>yayında</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>önizleme</translation>
    </message>
    <message>
        <source>Click a scene to put it in the preview; Transition puts it on air.</source>
        <translation>Bir sahneye tıklayınca önizlemeye alınır; Geçiş onu yayına alır.</translation>
    </message>
    <message>
        <source>Click a scene to put it on air.</source>
        <translation>Bir sahneye tıklayınca yayına alınır.</translation>
    </message>
    <message>
        <source>In {scene}</source>
        <translation>{scene} içinde</translation>
    </message>
    <message>
        <source>A nested scene</source>
        <translation>İç içe bir sahne</translation>
    </message>
    <message>
        <source>A group</source>
        <translation>Bir grup</translation>
    </message>
    <message>
        <source>Mute {input}</source>
        <translation>{input} sesini kapat</translation>
    </message>
    <message>
        <source>{input} volume in dB</source>
        <translation>{input} ses düzeyi (dB)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Sessiz</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>{db} dB</source>
        <translation>{db} dB</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>sessiz</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Not available in this OBS (for the replay buffer: turn it on in OBS → Settings → Output)</source>
        <translation>Bu OBS'te yok (tekrar arabelleği için: OBS → Ayarlar → Çıkış'tan açın)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>on</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>kullanılamıyor</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Sürdür</translation>
    </message>
    <message>
        <source>Choose a source first.</source>
        <translation>Önce bir kaynak seçin.</translation>
    </message>
    <message>
        <source>{fps} fps · CPU {cpu}% · render skipped {render} · output skipped {output} · {disk} free</source>
        <translation>{fps} fps · CPU %{cpu} · atlanan işleme {render} · atlanan çıkış {output} · {disk} boş</translation>
    </message>
    <message>
        <source>OBS is dropping frames ({count} in the last {seconds} s).</source>
        <translation>OBS kare kaçırıyor (son {seconds} sn'de {count}).</translation>
    </message>
</context>
<context>
    <name>Owncast</name>
    <message>
        <source>Owncast acts on a chat user by id: use the chat view's menu on one of their messages</source>
        <translation>Owncast bir sohbet kullanıcısına kimliğiyle işlem yapar: sohbet görünümünde o kişinin mesajlarından birinin menüsünü kullanın</translation>
    </message>
    <message>
        <source>The admin password was not accepted.</source>
        <translation>Yönetici parolası kabul edilmedi.</translation>
    </message>
    <message>
        <source>The access token was not accepted: it may have been deleted, or lack the scope this needs (Deck needs CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES and HAS_ADMIN_ACCESS).</source>
        <translation>Erişim belirteci kabul edilmedi: silinmiş olabilir ya da bunun için gereken kapsam eksik olabilir (Deck'in CAN_SEND_MESSAGES, CAN_SEND_SYSTEM_MESSAGES ve HAS_ADMIN_ACCESS kapsamlarına ihtiyacı var).</translation>
    </message>
    <message>
        <source>{encoder}, {width}×{height} at {fps} fps, {bitrate} kbps {codec} from {address}</source>
        <translation>{encoder}, {width}×{height}, {fps} fps, {bitrate} kbps {codec}, {address} adresinden</translation>
    </message>
    <message>
        <source>an encoder</source>
        <translation>bir kodlayıcı</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sağlıklı</translation>
    </message>
</context>
<context>
    <name>Pager</name>
    <message>
        <source>Previous page</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} / {total}</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source> or </source>
        <translation> veya </translation>
    </message>
    <message>
        <source>a service</source>
        <translation>bir hizmet</translation>
    </message>
    <message>
        <source>&lt;b&gt;{names} is not connected&lt;/b&gt;&lt;br&gt;Connect {names} to use this panel.</source>
        <translation>&lt;b&gt;{names} bağlı değil&lt;/b&gt;&lt;br&gt;Bu paneli kullanmak için {names} bağlayın.</translation>
    </message>
    <message>
        <source>Connect {service}…</source>
        <translation>{service} bağla…</translation>
    </message>
    <message>
        <source>Connect {service}</source>
        <translation>{service} bağla</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Çalışıyor…</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>{panel} panel</source>
        <translation>{panel} paneli</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Go to {panel}</source>
        <translation>{panel} paneline git</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>OBS</translation>
    </message>
    <message>
        <source>Songs</source>
        <translation>Şarkılar</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderasyon</translation>
    </message>
    <message>
        <source>Discord voice</source>
        <translation>Discord ses</translation>
    </message>
    <message>
        <source>Alerts &amp;&amp; effects</source>
        <translation>Uyarılar &amp;&amp; efektler</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Topluluk</translation>
    </message>
    <message>
        <source>Commands &amp;&amp; AI</source>
        <translation>Komutlar &amp;&amp; yapay zekâ</translation>
    </message>
    <message>
        <source>Spam filters</source>
        <translation>Spam filtreleri</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Zamanlayıcılar</translation>
    </message>
    <message>
        <source>Channel points</source>
        <translation>Kanal puanları</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Chat bot</source>
        <translation>Sohbet botu</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>must be 1/0 or true/false</source>
        <translation>1/0 ya da true/false olmalı</translation>
    </message>
    <message>
        <source>must be a date as YYYY-MM-DD</source>
        <translation>YYYY-AA-GG biçiminde bir tarih olmalı</translation>
    </message>
    <message>
        <source>items must not repeat</source>
        <translation>öğeler yinelenmemeli</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>true ya da false olmalı</translation>
    </message>
    <message>
        <source>must be a number, not true/false</source>
        <translation>true/false değil, bir sayı olmalı</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>bir liste olmalı</translation>
    </message>
    <message>
        <source>item {i} must be an object</source>
        <translation>{i}. öğe bir nesne olmalı</translation>
    </message>
    <message>
        <source>item {i} has unknown keys: {keys}</source>
        <translation>{i}. öğede bilinmeyen anahtarlar var: {keys}</translation>
    </message>
    <message>
        <source>is longer than {count} characters</source>
        <translation>{count} karakterden uzun</translation>
    </message>
    <message>
        <source>item {i} {problem}</source>
        <translation>{i}. öğe: {problem}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>sonlu bir sayı olmalı</translation>
    </message>
    <message>
        <source>is nested deeper than {count} levels</source>
        <translation>{count} düzeyden daha derin iç içe</translation>
    </message>
    <message>
        <source>has a text that {problem}</source>
        <translation>içindeki bir metin: {problem}</translation>
    </message>
    <message>
        <source>has a number that is not finite (NaN or infinity)</source>
        <translation>sonlu olmayan bir sayı içeriyor (NaN veya sonsuz)</translation>
    </message>
    <message>
        <source>has a whole number beyond ±{bound}</source>
        <translation>±{bound} sınırını aşan bir tam sayı içeriyor</translation>
    </message>
    <message>
        <source>is larger than {size} KB</source>
        <translation>{size} KB boyutundan büyük</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <source>the parameters are nested too deeply</source>
        <translation>parametreler çok derin iç içe</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>boş olamaz</translation>
    </message>
    <message>
        <source>needs at least {amount}</source>
        <translation>en az {amount} olmalı</translation>
    </message>
    <message>
        <source>{count} character</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} karakter</translation>
    </message>
    <message>
        <source>can be at most {amount}</source>
        <translation>en çok {amount} olabilir</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>can have at most {amount}</source>
        <translation>en çok {amount} içerebilir</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>tam sayı olmalı</translation>
    </message>
    <message>
        <source>should be a number</source>
        <translation>sayı olmalı</translation>
    </message>
    <message>
        <source>should be yes or no (true or false)</source>
        <translation>evet ya da hayır olmalı (true veya false)</translation>
    </message>
    <message>
        <source>should be at least {value}</source>
        <translation>en az {value} olmalı</translation>
    </message>
    <message>
        <source>should be more than {value}</source>
        <translation>{value} değerinden büyük olmalı</translation>
    </message>
    <message>
        <source>should be at most {value}</source>
        <translation>en çok {value} olmalı</translation>
    </message>
    <message>
        <source>should be less than {value}</source>
        <translation>{value} değerinden küçük olmalı</translation>
    </message>
    <message>
        <source>should be {what}</source>
        <translation>şu olmalı: {what}</translation>
    </message>
    <message>
        <source>unknown parameter</source>
        <translation>bilinmeyen parametre</translation>
    </message>
    <message>
        <source>required</source>
        <translation>zorunlu</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>şunlardan biri olmalı: {choices}</translation>
    </message>
    <message>
        <source>must be valid Unicode text (it holds a lone surrogate)</source>
        <translation>geçerli Unicode metin olmalı (tek başına bir vekil karakter içeriyor)</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>denetim karakterleri içermemeli</translation>
    </message>
    <message>
        <source>must have at least one visible character</source>
        <translation>en az bir görünür karakter içermeli</translation>
    </message>
</context>
<context>
    <name>ParamsForm</name>
    <message>
        <source>This action has no parameters.</source>
        <translation>Bu eylemin parametresi yok.</translation>
    </message>
    <message>
        <source>(default: {default})</source>
        <translation>(varsayılan: {default})</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ayarlı değil)</translation>
    </message>
    <message>
        <source> — default {default}</source>
        <translation> — varsayılan {default}</translation>
    </message>
    <message>
        <source>e.g. {example} — {hint}</source>
        <translation>ör. {example} — {hint}</translation>
    </message>
</context>
<context>
    <name>ParamsPrompt</name>
    <message>
        <source>Run</source>
        <translation>Çalıştır</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Search names</source>
        <translation>Adlarda ara</translation>
    </message>
    <message>
        <source>Search: {list}</source>
        <translation>Ara: {list}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklenme</translation>
    </message>
    <message>
        <source>Username (YouTube: the channel's URL)</source>
        <translation>Kullanıcı adı (YouTube: kanalın URL'si)</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Şuraya ekle: {list}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Seçileni kaldır</translation>
    </message>
    <message>
        <source>Remove from: {list}</source>
        <translation>Şuradan çıkar: {list}</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Eklendi ✓</translation>
    </message>
    <message>
        <source>{value} added ✓</source>
        <translation>{value} eklendi ✓</translation>
    </message>
    <message>
        <source>{display_name} removed ✓</source>
        <translation>{display_name} kaldırıldı ✓</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Pick {what}</source>
        <translation>Seç: {what}</translation>
    </message>
    <message>
        <source>Nothing to pick yet: type an ID</source>
        <translation>Henüz seçilecek bir şey yok: bir kimlik yazın</translation>
    </message>
    <message>
        <source>Name {id}…</source>
        <translation>{id} için ad ver…</translation>
    </message>
    <message>
        <source>Name an ID</source>
        <translation>Kimliğe ad ver</translation>
    </message>
    <message>
        <source>What to call {id} (empty: no name):</source>
        <translation>{id} ne diye anılsın (boş: adsız):</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{action} on {platform}</source>
        <translation>{platform} üzerinde {action}</translation>
    </message>
    <message>
        <source>{action} (through {service})</source>
        <translation>{action} ({service} aracılığıyla)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>unknown action {name}</source>
        <translation>bilinmeyen eylem {name}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (ve {n} tane daha)</translation>
    </message>
    <message>
        <source>The file is {size} MB; a profile is at most {most} MB.</source>
        <translation>Dosya {size} MB; bir profil en fazla {most} MB olabilir.</translation>
    </message>
    <message>
        <source>The file is nested too deeply (more than {count} levels).</source>
        <translation>Dosya çok derin iç içe (en fazla {count} düzey).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (it is not UTF-8 text).</source>
        <translation>Dosya geçerli JSON değil (UTF-8 metin değil).</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({why}).</source>
        <translation>Dosya geçerli JSON değil ({why}).</translation>
    </message>
    <message>
        <source>The file is not a Deck profile (expected a JSON object).</source>
        <translation>Dosya bir Deck profili değil (bir JSON nesnesi bekleniyordu).</translation>
    </message>
    <message>
        <source>The file is not a Deck profile (no version).</source>
        <translation>Dosya bir Deck profili değil (sürüm yok).</translation>
    </message>
    <message>
        <source>The file contains secrets ({names}). Deck never imports keys or tokens from a profile: add them in File → Accounts.</source>
        <translation>Dosya gizli bilgiler içeriyor ({names}). Deck bir profilden asla anahtar ya da belirteç almaz: onları Dosya → Hesaplar altında ekleyin.</translation>
    </message>
    <message>
        <source>The profile is not valid: {problem}</source>
        <translation>Profil geçerli değil: {problem}</translation>
    </message>
    <message>
        <source>The profile cannot run here: {problem}</source>
        <translation>Profil burada çalışamaz: {problem}</translation>
    </message>
    <message>
        <source>There are too many profiles with this name; rename one first.</source>
        <translation>Bu adda çok fazla profil var; önce birinin adını değiştirin.</translation>
    </message>
    <message>
        <source>Profile {name} would be larger than {most} MB, the most Deck keeps in one profile; the last change was not saved. Remove pages or buttons, or move some to another profile.</source>
        <translation>{name} profili, Deck'in bir profilde tuttuğu en fazla boyut olan {most} MB'tan büyük olurdu; son değişiklik kaydedilmedi. Sayfa ya da düğme kaldırın veya bazılarını başka bir profile taşıyın.</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <source>Song queue</source>
        <translation>Şarkı kuyruğu</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Şarkı</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>İsteyen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Drag a song to the top to play it next</source>
        <translation>Bir şarkıyı sıradaki yapmak için en üste sürükleyin</translation>
    </message>
</context>
<context>
    <name>RemoteMenu</name>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Uzaktan</translation>
    </message>
    <message>
        <source>Phone deck off</source>
        <translation>Telefon destesi kapalı</translation>
    </message>
    <message>
        <source>Allow this computer</source>
        <translation>Bu bilgisayara izin ver</translation>
    </message>
    <message>
        <source>Allow phones on this network (paired)</source>
        <translation>Bu ağdaki telefonlara izin ver (eşleştirilmiş)</translation>
    </message>
    <message>
        <source>Pair a phone…</source>
        <translation>Telefon eşleştir…</translation>
    </message>
    <message>
        <source>Paired devices…</source>
        <translation>Eşleştirilmiş cihazlar…</translation>
    </message>
    <message>
        <source>API tokens (Companion, scripts)…</source>
        <translation>API belirteçleri (Companion, betikler)…</translation>
    </message>
    <message>
        <source>Pair a phone</source>
        <translation>Telefon eşleştir</translation>
    </message>
    <message>
        <source>QR code of the address with the code</source>
        <translation>Adresin ve kodun QR kodu</translation>
    </message>
    <message>
        <source>Scan this with the phone's camera:</source>
        <translation>Bunu telefonun kamerasıyla tarayın:</translation>
    </message>
    <message>
        <source>or open this address in its browser:</source>
        <translation>ya da bu adresi telefonun tarayıcısında açın:</translation>
    </message>
    <message>
        <source>and type this code (it works once, for two minutes):</source>
        <translation>ve bu kodu yazın (bir kez, iki dakika geçerli):</translation>
    </message>
    <message>
        <source>Phone deck</source>
        <translation>Telefon destesi</translation>
    </message>
</context>
<context>
    <name>RewardsPanel</name>
    <message>
        <source>Redemptions</source>
        <translation>Kullanımlar</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Ödüller</translation>
    </message>
    <message>
        <source>Show redemptions</source>
        <translation>Kullanımları göster</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyenler</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edilenler</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Reddedilenler</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Ödül</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Bedel</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>İzleyici</translation>
    </message>
    <message>
        <source>Their input</source>
        <translation>Yazdıkları</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>No redemptions waiting.</source>
        <translation>Bekleyen kullanım yok.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Accept selected redemptions</source>
        <translation>Seçili kullanımları kabul et</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Reject selected redemptions</source>
        <translation>Seçili kullanımları reddet</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Hepsini seç</translation>
    </message>
    <message>
        <source>Accepting {count}…</source>
        <translation>{count} kabul ediliyor…</translation>
    </message>
    <message>
        <source>{count} accepted ✓</source>
        <translation>{count} kabul edildi ✓</translation>
    </message>
    <message>
        <source>Rejecting {count}…</source>
        <translation>{count} reddediliyor…</translation>
    </message>
    <message>
        <source>{count} rejected ✓</source>
        <translation>{count} reddedildi ✓</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Kick lets only the app that created a reward accept or reject its redemptions.</source>
        <translation>Kick, bir ödülün kullanımlarını yalnızca ödülü oluşturan uygulamanın kabul ya da reddetmesine izin verir.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Girdi</translation>
    </message>
    <message>
        <source>Skips queue</source>
        <translation>Sırayı atlar</translation>
    </message>
    <message>
        <source>No rewards yet. Create one below.</source>
        <translation>Henüz ödül yok. Aşağıdan bir tane oluşturun.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete reward</source>
        <translation>Ödülü sil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Reward title</source>
        <translation>Ödül başlığı</translation>
    </message>
    <message>
        <source>Reward cost</source>
        <translation>Ödül bedeli</translation>
    </message>
    <message>
        <source>What the viewer gets (optional)</source>
        <translation>İzleyicinin alacağı (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Reward description</source>
        <translation>Ödül açıklaması</translation>
    </message>
    <message>
        <source>Reward colour</source>
        <translation>Ödül rengi</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Renk…</translation>
    </message>
    <message>
        <source>Viewer types something</source>
        <translation>İzleyici bir şey yazar</translation>
    </message>
    <message>
        <source>Accept at once (skip the queue)</source>
        <translation>Hemen kabul et (kuyruğu atla)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>duraklatıldı</translation>
    </message>
    <message>
        <source>{count} of {limit}</source>
        <translation>{count} / {limit}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} düzenleniyor</translation>
    </message>
    <message>
        <source>{title} saved ✓</source>
        <translation>{title} kaydedildi ✓</translation>
    </message>
    <message>
        <source>Delete the reward &lt;b&gt;{title}&lt;/b&gt;? Its waiting redemptions can no longer be accepted or rejected from Deck.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; ödülü silinsin mi? Bekleyen kullanımları artık Deck’ten kabul edilemez ya da reddedilemez.</translation>
    </message>
    <message>
        <source>{title} deleted ✓</source>
        <translation>{title} silindi ✓</translation>
    </message>
    <message>
        <source>New reward</source>
        <translation>Yeni ödül</translation>
    </message>
    <message>
        <source>Save reward</source>
        <translation>Ödülü kaydet</translation>
    </message>
    <message>
        <source>Kick allows 15 rewards a channel; only the app that created a reward may change it.</source>
        <translation>Kick bir kanala 15 ödül izin verir; bir ödülü yalnızca onu oluşturan uygulama değiştirebilir.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>icons missing under {folder}</source>
        <translation>{folder} altında simgeler eksik</translation>
    </message>
    <message>
        <source>app icon and {count} action icons</source>
        <translation>uygulama simgesi ve {count} eylem simgesi</translation>
    </message>
    <message>
        <source>{backend} can watch the keyboard</source>
        <translation>{backend} klavyeyi izleyebiliyor</translation>
    </message>
    <message>
        <source>actions missing: {names}</source>
        <translation>eksik eylemler: {names}</translation>
    </message>
    <message>
        <source>, packaged</source>
        <translation>, paketlenmiş</translation>
    </message>
    <message>
        <source>Deck {version} self-test ({system}, Python {python}{build})</source>
        <translation>Deck {version} öz sınaması ({system}, Python {python}{build})</translation>
    </message>
    <message>
        <source>settings folder writable</source>
        <translation>ayarlar klasörü yazılabilir</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>anahtarlık</translation>
    </message>
    <message>
        <source>bundled resources</source>
        <translation>paketteki kaynaklar</translation>
    </message>
    <message>
        <source>global hotkeys</source>
        <translation>genel kısayol tuşları</translation>
    </message>
    <message>
        <source>Qt platform plugin</source>
        <translation>Qt platform eklentisi</translation>
    </message>
    <message>
        <source>{platform} (PySide6 {version}), first frame in {ms} ms</source>
        <translation>{platform} (PySide6 {version}), ilk kare {ms} ms içinde</translation>
    </message>
    <message>
        <source>Self-test failed: 1 problem.</source>
        <translation>Öz sınama başarısız: 1 sorun.</translation>
    </message>
    <message>
        <source>Self-test failed: {count} problems.</source>
        <translation>Öz sınama başarısız: {count} sorun.</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>Öz sınama geçti.</translation>
    </message>
    <message>
        <source>{names} answered in {ms} ms</source>
        <translation>{names} {ms} ms içinde yanıt verdi</translation>
    </message>
    <message>
        <source>no light: {names}</source>
        <translation>ışığı yok: {names}</translation>
    </message>
    <message>
        <source>{count} connected</source>
        <translation>{count} bağlı</translation>
    </message>
    <message>
        <source>{names} connected and reading in {ms} ms</source>
        <translation>{names} {ms} ms içinde bağlandı ve okuyor</translation>
    </message>
    <message>
        <source>actions registered</source>
        <translation>kayıtlı eylemler</translation>
    </message>
    <message>
        <source>round trip against the sandbox</source>
        <translation>deneme ortamıyla gidiş-dönüş</translation>
    </message>
    <message>
        <source>status lights</source>
        <translation>durum ışıkları</translation>
    </message>
    <message>
        <source>live chat from the sandbox</source>
        <translation>deneme ortamından canlı sohbet</translation>
    </message>
</context>
<context>
    <name>Senders</name>
    <message>
        <source>as broadcaster</source>
        <translation>yayıncı olarak</translation>
    </message>
    <message>
        <source>as bot</source>
        <translation>bot olarak</translation>
    </message>
    <message>
        <source>as a system message</source>
        <translation>sistem iletisi olarak</translation>
    </message>
    <message>
        <source>as an action</source>
        <translation>eylem olarak</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>Can send messages</source>
        <translation>Mesaj gönderebilir</translation>
    </message>
    <message>
        <source>Can send system messages</source>
        <translation>Sistem mesajı gönderebilir</translation>
    </message>
    <message>
        <source>Has admin access</source>
        <translation>Yönetici erişimi var</translation>
    </message>
    <message>
        <source>User joined</source>
        <translation>Kullanıcı katıldı</translation>
    </message>
    <message>
        <source>User parted</source>
        <translation>Kullanıcı ayrıldı</translation>
    </message>
    <message>
        <source>Name change</source>
        <translation>Ad değişikliği</translation>
    </message>
    <message>
        <source>Visibility update</source>
        <translation>Görünürlük güncellemesi</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>Pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <source>Stream started</source>
        <translation>Yayın başladı</translation>
    </message>
    <message>
        <source>Stream stopped</source>
        <translation>Yayın durdu</translation>
    </message>
    <message>
        <source>Stream title updated</source>
        <translation>Yayın başlığı güncellendi</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Chat action</source>
        <translation>Sohbet eylemi</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Takipçiler</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Entegrasyonlar</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Günlükler</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Disconnect the broadcaster…</source>
        <translation>Yayıncının bağlantısını kes…</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>İşlemci</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Bellek</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Yayın</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>İzleyiciler</translation>
    </message>
    <message>
        <source>● LIVE · {viewers} watching · peak {peak} this stream, {ever} ever</source>
        <translation>● CANLI · {viewers} izliyor · bu yayında en çok {peak}, tüm zamanlarda {ever}</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Çevrimdışı</translation>
    </message>
    <message>
        <source> · version {version}</source>
        <translation> · sürüm {version}</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>Başlık yok</translation>
    </message>
    <message>
        <source>Streaming since {when}: {broadcaster}</source>
        <translation>{when} tarihinden beri yayında: {broadcaster}</translation>
    </message>
    <message>
        <source>No broadcaster is connected.</source>
        <translation>Bağlı yayıncı yok.</translation>
    </message>
    <message>
        <source>Viewers over time</source>
        <translation>Zaman içinde izleyiciler</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) since {when}</source>
        <translation>
            <numerusform>{when} tarihinden beri %n örnek</numerusform>
        </translation>
    </message>
    <message>
        <source>No viewer history yet.</source>
        <translation>Henüz izleyici geçmişi yok.</translation>
    </message>
    <message>
        <source>Disconnect the broadcaster? The stream stops for every viewer until they reconnect.</source>
        <translation>Yayıncının bağlantısı kesilsin mi? Yayıncı yeniden bağlanana kadar yayın herkes için durur.</translation>
    </message>
    <message>
        <source>Broadcaster disconnected ✓</source>
        <translation>Yayıncının bağlantısı kesildi ✓</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Bağlandı</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Tarayıcı</translation>
    </message>
    <message>
        <source>Connected chat clients</source>
        <translation>Bağlı sohbet istemcileri</translation>
    </message>
    <message>
        <source>Nobody is in chat.</source>
        <translation>Sohbette kimse yok.</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Engelle…</translation>
    </message>
    <message>
        <source>Disable chat user</source>
        <translation>Sohbet kullanıcısını devre dışı bırak</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Moderatör yap</translation>
    </message>
    <message>
        <source>A system message to the selected person only</source>
        <translation>Yalnızca seçilen kişiye bir sistem iletisi</translation>
    </message>
    <message>
        <source>Message to one client</source>
        <translation>Tek bir istemciye ileti</translation>
    </message>
    <message>
        <source>Send to them</source>
        <translation>Onlara gönder</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Nobody is disabled.</source>
        <translation>Devre dışı bırakılan kimse yok.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>Enable chat user</source>
        <translation>Sohbet kullanıcısını etkinleştir</translation>
    </message>
    <message>
        <source>No moderators.</source>
        <translation>Moderatör yok.</translation>
    </message>
    <message>
        <source>Remove moderator</source>
        <translation>Moderatörlüğü al</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>No IP is banned.</source>
        <translation>Yasaklı IP yok.</translation>
    </message>
    <message>
        <source>IP address to ban</source>
        <translation>Yasaklanacak IP adresi</translation>
    </message>
    <message>
        <source>Ban IP</source>
        <translation>IP'yi yasakla</translation>
    </message>
    <message>
        <source>Remove ban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Disable {name}? They can no longer chat, their messages are hidden and their IP addresses are banned.</source>
        <translation>{name} devre dışı bırakılsın mı? Artık sohbet edemez, mesajları gizlenir ve IP adresleri yasaklanır.</translation>
    </message>
    <message>
        <source>IP banned ✓</source>
        <translation>IP yasaklandı ✓</translation>
    </message>
    <message>
        <source>Sent ✓</source>
        <translation>Gönderildi ✓</translation>
    </message>
    <message>
        <source>In chat now</source>
        <translation>Şu an sohbette</translation>
    </message>
    <message>
        <source>{name} approved ✓</source>
        <translation>{name} onaylandı ✓</translation>
    </message>
    <message>
        <source>{name} rejected ✓</source>
        <translation>{name} reddedildi ✓</translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation>{label} kaydet</translation>
    </message>
    <message>
        <source>{label} saved ✓</source>
        <translation>{label} kaydedildi ✓</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Bir logo seçin</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg)</source>
        <translation>Görüntüler (*.png *.jpg *.jpeg *.gif *.svg)</translation>
    </message>
    <message>
        <source>Could not read {name}: {value}</source>
        <translation>{name} okunamadı: {value}</translation>
    </message>
    <message>
        <source>Disabled users</source>
        <translation>Engellenen kullanıcılar</translation>
    </message>
    <message>
        <source>Moderators</source>
        <translation>Moderatörler</translation>
    </message>
    <message>
        <source>IP bans</source>
        <translation>IP yasakları</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>İstendi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reddet</translation>
    </message>
    <message>
        <source>Follow requests</source>
        <translation>Takip istekleri</translation>
    </message>
    <message>
        <source>{ip} unbanned ✓</source>
        <translation>{ip} yasağı kaldırıldı ✓</translation>
    </message>
    <message>
        <source>No follow requests.</source>
        <translation>Takip isteği yok.</translation>
    </message>
    <message>
        <source>No followers yet.</source>
        <translation>Henüz takipçi yok.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Son kullanım</translation>
    </message>
    <message>
        <source>No webhooks.</source>
        <translation>Webhook yok.</translation>
    </message>
    <message>
        <source>https://… where the server sends events</source>
        <translation>https://… sunucunun olayları gönderdiği adres</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook adresi</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook oluştur</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook'u sil</translation>
    </message>
    <message>
        <source>Webhook created ✓</source>
        <translation>Webhook oluşturuldu ✓</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>İzinler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <source>No access tokens.</source>
        <translation>Erişim belirteci yok.</translation>
    </message>
    <message>
        <source>Name, e.g. Overlay</source>
        <translation>Ad, ör. Overlay</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Belirteç adı</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Belirteç oluştur</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Yeni belirteci kopyala</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Belirteci sil</translation>
    </message>
    <message>
        <source>Events to send:</source>
        <translation>Gönderilecek olaylar:</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook'lar</translation>
    </message>
    <message>
        <source>Access tokens</source>
        <translation>Erişim belirteçleri</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>Delete the webhook to &lt;b&gt;{url}&lt;/b&gt;? It stops receiving events.</source>
        <translation>&lt;b&gt;{url}&lt;/b&gt; adresine giden web kancası silinsin mi? Artık olay almaz.</translation>
    </message>
    <message>
        <source>Webhook deleted ✓</source>
        <translation>Webhook silindi ✓</translation>
    </message>
    <message>
        <source>{name} created ✓ — copy it now: Deck does not show tokens.</source>
        <translation>{name} oluşturuldu ✓ — şimdi kopyalayın: Deck belirteçleri göstermez.</translation>
    </message>
    <message>
        <source>Copied to the clipboard ✓</source>
        <translation>Panoya kopyalandı ✓</translation>
    </message>
    <message>
        <source>Delete the access token &lt;b&gt;{name}&lt;/b&gt;? Whatever uses it stops working.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; erişim belirteci silinsin mi? Onu kullanan her şey çalışmayı bırakır.</translation>
    </message>
    <message>
        <source>{name} deleted ✓</source>
        <translation>{name} silindi ✓</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Her şey</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Uyarılar ve hatalar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Seviye</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Sunucu günlüğü</translation>
    </message>
    <message>
        <source>Nothing logged.</source>
        <translation>Kayıt yok.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Ayar yok.</translation>
    </message>
    <message>
        <source>Show advanced settings (video, ports, storage, stream keys)</source>
        <translation>Gelişmiş ayarları göster (video, portlar, depolama, yayın anahtarları)</translation>
    </message>
    <message>
        <source>Not shown. Type a new one to replace it</source>
        <translation>Gösterilmez. Değiştirmek için yenisini yazın</translation>
    </message>
    <message>
        <source>Choose an image…</source>
        <translation>Bir resim seçin…</translation>
    </message>
    <message>
        <source>Not shown: it holds secrets. Write the whole new value (JSON) to replace it.</source>
        <translation>Gösterilmez: gizli bilgiler içerir. Değiştirmek için yeni değerin tamamını (JSON) yazın.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>ServiceLight</name>
    <message>
        <source>Not set up yet</source>
        <translation>Henüz kurulmadı</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>kurulmadı</translation>
    </message>
    <message>
        <source>Click to open its account</source>
        <translation>Hesabını açmak için tıklayın</translation>
    </message>
    <message>
        <source>{service} connection: {state}</source>
        <translation>{service} bağlantısı: {state}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Giriş başarısız</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>İstek çok büyüktü.</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Burası değil</translation>
    </message>
    <message>
        <source>This sign-in link is not Deck's current one</source>
        <translation>Bu giriş bağlantısı Deck'in şu anki bağlantısı değil</translation>
    </message>
    <message>
        <source>Start the sign-in again from Deck.</source>
        <translation>Girişi Deck'ten yeniden başlatın.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Giriş iptal edildi</translation>
    </message>
    <message>
        <source>Signed in to {service}</source>
        <translation>{service} hesabına giriş yapıldı</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Giriş yapıldı</translation>
    </message>
    <message>
        <source>Deck only waits for the sign-in redirect.</source>
        <translation>Deck yalnızca giriş yönlendirmesini bekliyor.</translation>
    </message>
    <message>
        <source>You can close this tab and go back to Deck.</source>
        <translation>Bu sekmeyi kapatıp Deck'e dönebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>SongsPanel</name>
    <message>
        <source>Play / resume</source>
        <translation>Oynat / sürdür</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Çalıyor</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Playing the next song</source>
        <translation>Sonraki şarkı çalıyor</translation>
    </message>
    <message>
        <source>No song command sent from Deck yet.</source>
        <translation>Deck'ten henüz şarkı komutu gönderilmedi.</translation>
    </message>
    <message>
        <source>Song player state</source>
        <translation>Şarkı çaların durumu</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Çalma listesi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Now playing</source>
        <translation>Şimdi çalıyor</translation>
    </message>
    <message>
        <source>{player} does not report what is playing; below is the last command that worked.</source>
        <translation>{player} neyin çaldığını bildirmiyor; aşağıda çalışan son komut var.</translation>
    </message>
    <message>
        <source>The player</source>
        <translation>Oynatıcı</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Kuyruk boş.</translation>
    </message>
    <message>
        <source>A song's URL, or words to search for</source>
        <translation>Bir şarkının adresi ya da aranacak sözcükler</translation>
    </message>
    <message>
        <source>Song to request</source>
        <translation>İstenecek şarkı</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>İste</translation>
    </message>
    <message>
        <source>Request song</source>
        <translation>Şarkı iste</translation>
    </message>
    <message>
        <source>Play next</source>
        <translation>Sıradaki yap</translation>
    </message>
    <message>
        <source>Move to the front</source>
        <translation>En öne al</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove from queue</source>
        <translation>Kuyruktan çıkar</translation>
    </message>
    <message>
        <source>Clear queue…</source>
        <translation>Sırayı temizle…</translation>
    </message>
    <message>
        <source>Requested ✓</source>
        <translation>İstendi ✓</translation>
    </message>
    <message>
        <source>Moved to the front ✓</source>
        <translation>Başa taşındı ✓</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Song requests are turned off.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Şarkı istekleri kapalı.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Nothing is playing.</source>
        <translation>Hiçbir şey çalmıyor.</translation>
    </message>
    <message>
        <source>A song can only be moved to the front of the queue: drop it on the first row.</source>
        <translation>Bir şarkı yalnızca sıranın başına taşınabilir: ilk satıra bırakın.</translation>
    </message>
    <message>
        <source>Queue cleared ✓</source>
        <translation>Sıra temizlendi ✓</translation>
    </message>
    <message numerus="yes">
        <source>Clear the song queue? &lt;b&gt;%n song(s)&lt;/b&gt; will be removed.</source>
        <translation>
            <numerusform>Şarkı sırası temizlensin mi? &lt;b&gt;%n şarkı&lt;/b&gt; kaldırılacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the playlist</source>
        <translation>Çalma listesinde ara</translation>
    </message>
    <message>
        <source>Search playlist</source>
        <translation>Çalma listesinde ara</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sırala</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Önce en yeni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Sanatçı</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Karışık</translation>
    </message>
    <message>
        <source>Song</source>
        <translation>Şarkı</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>The playlist is empty.</source>
        <translation>Çalma listesi boş.</translation>
    </message>
    <message>
        <source>Song for the playlist</source>
        <translation>Çalma listesi için şarkı</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add to playlist</source>
        <translation>Çalma listesine ekle</translation>
    </message>
    <message>
        <source>A playlist's URL (YouTube, SoundCloud…)</source>
        <translation>Bir çalma listesinin adresi (YouTube, SoundCloud…)</translation>
    </message>
    <message>
        <source>Playlist to import</source>
        <translation>İçe aktarılacak çalma listesi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Import playlist</source>
        <translation>Çalma listesini içe aktar</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Seçileni kaldır</translation>
    </message>
    <message>
        <source>Delete all…</source>
        <translation>Hepsini sil…</translation>
    </message>
    <message>
        <source>Added ✓</source>
        <translation>Eklendi ✓</translation>
    </message>
    <message>
        <source>Imported ✓</source>
        <translation>İçe aktarıldı ✓</translation>
    </message>
    <message>
        <source>No settings.</source>
        <translation>Ayar yok.</translation>
    </message>
    <message>
        <source>Removed ✓</source>
        <translation>Kaldırıldı ✓</translation>
    </message>
    <message>
        <source>Playlist deleted ✓</source>
        <translation>Çalma listesi silindi ✓</translation>
    </message>
    <message numerus="yes">
        <source>Delete the whole playlist? &lt;b&gt;%n song(s)&lt;/b&gt; will be removed.</source>
        <translation>
            <numerusform>Tüm çalma listesi silinsin mi? &lt;b&gt;%n şarkı&lt;/b&gt; kaldırılacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take song requests</source>
        <translation>Şarkı isteklerini al</translation>
    </message>
    <message>
        <source>Song requests on</source>
        <translation>Şarkı istekleri açık</translation>
    </message>
    <message>
        <source>Only songs from the playlist</source>
        <translation>Yalnızca çalma listesindeki şarkılar</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Music videos only</source>
        <translation>Yalnızca müzik videoları</translation>
    </message>
    <message>
        <source>Only videos with more likes than dislikes</source>
        <translation>Yalnızca beğenisi beğenmemesinden fazla videolar</translation>
    </message>
    <message>
        <source>Songs in the queue</source>
        <translation>Kuyruktaki şarkılar</translation>
    </message>
    <message>
        <source>Songs per viewer</source>
        <translation>İzleyici başına şarkı</translation>
    </message>
    <message>
        <source>Limits do not apply to</source>
        <translation>Sınırların uygulanmadığı</translation>
    </message>
    <message>
        <source>Who may request</source>
        <translation>Kimler isteyebilir</translation>
    </message>
    <message>
        <source>AutoDJ plays</source>
        <translation>AutoDJ'nin çaldığı</translation>
    </message>
    <message>
        <source>Searches look on</source>
        <translation>Aramaların yapıldığı yer</translation>
    </message>
    <message>
        <source>AutoDJ volume</source>
        <translation>AutoDJ ses düzeyi</translation>
    </message>
    <message>
        <source>Songs may come from</source>
        <translation>Şarkıların kaynağı</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save song request settings</source>
        <translation>Şarkı isteği ayarlarını kaydet</translation>
    </message>
    <message>
        <source>Saved ✓</source>
        <translation>Kaydedildi ✓</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>connected</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>denetleniyor</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>anahtar yok</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>kurulmadı</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>oturum kapalı</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>ulaşılamıyor</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>anahtar reddedildi</translation>
    </message>
    <message>
        <source>sign in again</source>
        <translation>yeniden oturum açın</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>çalışmıyor</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>yanlış parola</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>yeniden bağlanıyor</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>bağlanıyor</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>yeniden deneniyor</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>durdu</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel pending requests</source>
        <translation>Bekleyen istekleri iptal et</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n queued)</source>
        <translation>
            <numerusform> (%n sırada)</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests waiting for a rate-limit slot or an answer</source>
        <translation>Hız sınırında sıra ya da yanıt bekleyen istekler</translation>
    </message>
    <message>
        <source>Chat {up}/{all}</source>
        <translation>Sohbet {up}/{all}</translation>
    </message>
    <message>
        <source>last message {seconds} s ago</source>
        <translation>son ileti {seconds} sn önce</translation>
    </message>
    <message>
        <source>no message yet</source>
        <translation>henüz ileti yok</translation>
    </message>
    <message numerus="yes">
        <source>%n reconnect(s)</source>
        <translation>
            <numerusform>%n yeniden bağlanma</numerusform>
        </translation>
    </message>
    <message>
        <source>Chat: {up} of {all} channels connected</source>
        <translation>Sohbet: {all} kanaldan {up} tanesi bağlı</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n pending request(s).</source>
        <translation>
            <numerusform>Bekleyen %n istek iptal edildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Pick an action.</source>
        <translation>Bir eylem seçin.</translation>
    </message>
</context>
<context>
    <name>Stream</name>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} sa {minutes} dk</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} dk</translation>
    </message>
</context>
<context>
    <name>StreamPanel</name>
    <message>
        <source>Refresh stream status</source>
        <translation>Yayın durumunu yenile</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Şu an canlı</translation>
    </message>
    <message>
        <source>Stream title</source>
        <translation>Yayın başlığı</translation>
    </message>
    <message>
        <source>Category — type to search</source>
        <translation>Kategori — aramak için yazın</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>İzleyiciler</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Takipçiler</translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation>Aboneler</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Apply title and category</source>
        <translation>Başlığı ve kategoriyi uygula</translation>
    </message>
    <message>
        <source>Updated ✓</source>
        <translation>Güncellendi ✓</translation>
    </message>
    <message>
        <source>Title: a stream always has one (1–140 characters)</source>
        <translation>Başlık: bir yayının her zaman bir başlığı vardır (1–140 karakter)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Title and category</source>
        <translation>Başlık ve kategori</translation>
    </message>
    <message>
        <source>Clip title (optional)</source>
        <translation>Klip başlığı (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Clip title</source>
        <translation>Klip başlığı</translation>
    </message>
    <message>
        <source> s</source>
        <translation> sn</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Klip</translation>
    </message>
    <message>
        <source>Create clip</source>
        <translation>Klip oluştur</translation>
    </message>
    <message>
        <source>Clip requested ✓</source>
        <translation>Klip istendi ✓</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● CANLI</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Çevrimdışı</translation>
    </message>
</context>
<context>
    <name>TimersPanel</name>
    <message>
        <source>No timers yet. Create one below.</source>
        <translation>Henüz zamanlayıcı yok. Aşağıdan bir tane oluşturun.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Enable or disable timer</source>
        <translation>Zamanlayıcıyı aç veya kapat</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete timer</source>
        <translation>Zamanlayıcıyı sil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>New timer</source>
        <translation>Yeni zamanlayıcı</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Hizmet</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Zamanlayıcı</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Sonraki çalışma</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>5 dakikada bir</translation>
    </message>
    <message>
        <source>Every 10 minutes</source>
        <translation>10 dakikada bir</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>15 dakikada bir</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>30 dakikada bir</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Saatte bir</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>2 saatte bir</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Zamanlayıcılar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Etkinleştir</translation>
    </message>
    <message>
        <source>{name} disabled ✓</source>
        <translation>{name} kapatıldı ✓</translation>
    </message>
    <message>
        <source>{name} enabled ✓</source>
        <translation>{name} açıldı ✓</translation>
    </message>
    <message>
        <source>Delete the {service} timer &lt;b&gt;{name}&lt;/b&gt;? This cannot be undone.</source>
        <translation>{service} zamanlayıcısı &lt;b&gt;{name}&lt;/b&gt; silinsin mi? Bu geri alınamaz.</translation>
    </message>
    <message>
        <source>{name} deleted ✓</source>
        <translation>{name} silindi ✓</translation>
    </message>
    <message>
        <source>Name, e.g. Socials</source>
        <translation>Ad, ör. Sosyal</translation>
    </message>
    <message>
        <source>Timer name</source>
        <translation>Zamanlayıcı adı</translation>
    </message>
    <message>
        <source>Timer message</source>
        <translation>Zamanlayıcı iletisi</translation>
    </message>
    <message>
        <source>What the bot says — the service's variables, e.g. $(user), are filled in</source>
        <translation>Botun söyleyeceği — hizmetin değişkenleri, ör. $(user), doldurulur</translation>
    </message>
    <message>
        <source>Cron: minute hour day month weekday</source>
        <translation>Cron: dakika saat gün ay haftanın günü</translation>
    </message>
    <message>
        <source>Timer schedule</source>
        <translation>Zamanlayıcı zamanlaması</translation>
    </message>
    <message>
        <source>Five cron fields: minute hour day-of-month month weekday.
*/15 * * * *  every 15 minutes
0 * * * *  every hour, on the hour
30 18-23 * * fri,sat  at :30 from 18:00 to 23:59 on Fridays and Saturdays</source>
        <translation>Beş cron alanı: dakika saat ayın-günü ay haftanın-günü.
*/15 * * * *  her 15 dakikada
0 * * * *  her saat başı
30 18-23 * * fri,sat  cuma ve cumartesi 18:00 ile 23:59 arasında her saatin 30. dakikasında</translation>
    </message>
    <message>
        <source>Schedule presets</source>
        <translation>Hazır zamanlamalar</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Hazır ayarlar…</translation>
    </message>
    <message>
        <source>only after </source>
        <translation>yalnızca </translation>
    </message>
    <message>
        <source> chat lines in 5 min</source>
        <translation> sohbet satırından sonra (5 dk içinde)</translation>
    </message>
    <message>
        <source>Chat lines needed</source>
        <translation>Gereken sohbet satırı</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} düzenleniyor</translation>
    </message>
    <message>
        <source>Not a schedule yet: {problem}</source>
        <translation>Henüz bir zamanlama değil: {problem}</translation>
    </message>
    <message>
        <source>Write a schedule or pick a preset.</source>
        <translation>Bir zamanlama yazın ya da hazır bir ayar seçin.</translation>
    </message>
    <message>
        <source>{schedule}. Next: {runs}</source>
        <translation>{schedule}. Sonraki: {runs}</translation>
    </message>
    <message>
        <source>No connected service keeps timers.</source>
        <translation>Bağlı hiçbir hizmet zamanlayıcı tutmuyor.</translation>
    </message>
    <message>
        <source>{name} saved ✓</source>
        <translation>{name} kaydedildi ✓</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>The timer waits for this many chat lines in the last 5 minutes, so it does not talk to an empty room</source>
        <translation>Zamanlayıcı, boş bir odaya konuşmamak için son 5 dakikada bu kadar sohbet satırı bekler</translation>
    </message>
    <message>
        <source>Timer on</source>
        <translation>Zamanlayıcı açık</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Save timer</source>
        <translation>Zamanlayıcıyı kaydet</translation>
    </message>
</context>
<context>
    <name>Toggles</name>
    <message>
        <source>{service} is not set up: add it under File → Accounts.</source>
        <translation>{service} ayarlanmamış: Dosya → Hesaplar altından ekleyin.</translation>
    </message>
</context>
<context>
    <name>TokensDialog</name>
    <message>
        <source>API tokens</source>
        <translation>API belirteçleri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>May run</source>
        <translation>Çalıştırabilir</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Son kullanım</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Belirteci kaldır</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Henüz belirteç yok.</translation>
    </message>
    <message>
        <source>A token lets a program run Deck's actions through this computer's phone-deck address (see the README for Companion and curl).</source>
        <translation>Bir belirteç, bir programın Deck eylemlerini bu bilgisayarın telefon destesi adresi üzerinden çalıştırmasını sağlar (Companion ve curl için README'ye bakın).</translation>
    </message>
    <message>
        <source>New token…</source>
        <translation>Yeni belirteç…</translation>
    </message>
    <message>
        <source>every action</source>
        <translation>her eylem</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Yeni belirteç</translation>
    </message>
    <message>
        <source>What uses it (e.g. Companion):</source>
        <translation>Onu ne kullanacak (ör. Companion):</translation>
    </message>
    <message>
        <source>The action groups it may run, separated by commas (e.g. obs, songs), or empty for all:</source>
        <translation>Çalıştırabileceği eylem grupları, virgülle ayrılmış (ör. obs, songs); hepsi için boş bırakın:</translation>
    </message>
    <message>
        <source>The token for {name} (copy it now: Deck does not show it again):
{token}</source>
        <translation>{name} için belirteç (şimdi kopyalayın: Deck onu bir daha göstermez):
{token}</translation>
    </message>
</context>
<context>
    <name>UserCard</name>
    <message>
        <source>no badges</source>
        <translation>rozet yok</translation>
    </message>
    <message>
        <source>Recent messages from {name}</source>
        <translation>{name} kullanıcısının son mesajları</translation>
    </message>
    <message>
        <source>Time out {text}</source>
        <translation>{text} sustur</translation>
    </message>
    <message>
        <source>Time out {name} for {text}</source>
        <translation>{name} kullanıcısını {text} sustur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> dk</translation>
    </message>
    <message>
        <source>Timeout minutes</source>
        <translation>Zaman aşımı dakikası</translation>
    </message>
    <message>
        <source>Time out</source>
        <translation>Zaman aşımı ver</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Yasakla…</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Yasağı kaldır</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Son mesajlar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing said here since Deck started.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Deck başladığından beri burada bir şey söylenmedi.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Via</name>
    <message>
        <source>not connected</source>
        <translation>bağlı değil</translation>
    </message>
    <message>
        <source>via {service}</source>
        <translation>{service} üzerinden</translation>
    </message>
    <message>
        <source>{what} via {service}</source>
        <translation>{what} {service} üzerinden</translation>
    </message>
    <message>
        <source>Goes through {service}</source>
        <translation>{service} üzerinden gider</translation>
    </message>
    <message>
        <source>; click to choose another service</source>
        <translation>; başka bir hizmet seçmek için tıklayın</translation>
    </message>
</context>
<context>
    <name>VoiceTree</name>
    <message>
        <source>Voice channels and members</source>
        <translation>Ses kanalları ve üyeleri</translation>
    </message>
</context>
<context>
    <name>WebDeck</name>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanıyor…</translation>
    </message>
    <message>
        <source>Pair this browser</source>
        <translation>Bu tarayıcıyı eşleştir</translation>
    </message>
    <message>
        <source>In Deck on your computer, choose &lt;b&gt;Remote → Pair a phone…&lt;/b&gt; and type the code it shows.</source>
        <translation>Bilgisayarınızdaki Deck'te &lt;b&gt;Uzaktan → Telefon eşleştir…&lt;/b&gt; seçeneğini seçin ve gösterdiği kodu yazın.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>This device's name</source>
        <translation>Bu cihazın adı</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Telefonum</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Eşleştir</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Eşleştirilmedi</translation>
    </message>
    <message>
        <source>Deck did not answer</source>
        <translation>Deck yanıt vermedi</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>running</source>
        <translation>çalışıyor</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ başarısız</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Çalıştırılmadı</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Canlı</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanıyor…</translation>
    </message>
    <message>
        <source>this deck answers only at its own address</source>
        <translation>bu deck yalnızca kendi adresinde yanıt verir</translation>
    </message>
    <message>
        <source>requests from web pages are refused</source>
        <translation>web sayfalarından gelen istekler reddedilir</translation>
    </message>
    <message>
        <source>a valid API token is required (made in Deck: Remote → API tokens)</source>
        <translation>geçerli bir API belirteci gerekli (Deck'te oluşturulur: Uzaktan → API belirteçleri)</translation>
    </message>
    <message>
        <source>only the deck's own page may do this</source>
        <translation>bunu yalnızca deck’in kendi sayfası yapabilir</translation>
    </message>
    <message>
        <source>this browser is not paired (or was removed): pair it again</source>
        <translation>bu tarayıcı eşleştirilmemiş (ya da kaldırılmış): yeniden eşleştirin</translation>
    </message>
    <message>
        <source>too many wrong codes: wait a minute</source>
        <translation>çok fazla yanlış kod: bir dakika bekleyin</translation>
    </message>
    <message>
        <source>send the code</source>
        <translation>kodu gönderin</translation>
    </message>
    <message>
        <source>that code is wrong or has run out: ask Deck for a new one</source>
        <translation>bu kod yanlış ya da süresi doldu: Deck'ten yenisini isteyin</translation>
    </message>
    <message>
        <source>name the button</source>
        <translation>düğmeyi belirtin</translation>
    </message>
    <message>
        <source>no such button (the deck changed): reload</source>
        <translation>böyle bir düğme yok (deck değişti): yeniden yükleyin</translation>
    </message>
    <message>
        <source>this token may not run {action}</source>
        <translation>bu belirteç {action} çalıştıramaz</translation>
    </message>
    <message>
        <source>the body is not JSON with params</source>
        <translation>gövde, params içeren bir JSON değil</translation>
    </message>
    <message>
        <source>this cannot be undone: send it again with confirmed</source>
        <translation>bu geri alınamaz: confirmed ile yeniden gönderin</translation>
    </message>
    <message>
        <source>no such button</source>
        <translation>böyle bir düğme yok</translation>
    </message>
    <message>
        <source>this token may not run every step of that button</source>
        <translation>bu belirteç o düğmenin her adımını çalıştıramaz</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>gövde JSON değil</translation>
    </message>
    <message>
        <source>this asks first: send it again with confirmed</source>
        <translation>bu önce sorar: confirmed ile yeniden gönderin</translation>
    </message>
    <message>
        <source>A browser</source>
        <translation>Bir tarayıcı</translation>
    </message>
    <message>
        <source>The phone deck cannot listen on {address} ({why}).</source>
        <translation>Telefon deck’i {address} adresini dinleyemiyor ({why}).</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>✓ on</source>
        <translation>✓ açık</translation>
    </message>
    <message>
        <source>off</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>indefinitely</source>
        <translation>süresiz</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} yıl</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} gün</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} sa</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} dk</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} sn</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> +{count} tane daha</translation>
    </message>
    <message>
        <source>{count} field</source>
        <translation>{count} alan</translation>
    </message>
    <message>
        <source>{count} fields</source>
        <translation>{count} alan</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} öğe</translation>
    </message>
    <message>
        <source> · +{count} more</source>
        <translation> · +{count} tane daha</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>kullanım: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>konumsal bağımsız değişkenler</translation>
    </message>
    <message>
        <source>options</source>
        <translation>seçenekler</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>bu yardım iletisini göster ve çık</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>programın sürüm numarasını göster ve çık</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>şu bağımsız değişkenler gerekli: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tanınmayan bağımsız değişkenler: %s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: hata: %(message)s
</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>geçersiz seçim: %(value)r (şunlardan seçin: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>bağımsız değişken %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>bir bağımsız değişken bekleniyordu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>geçersiz %(type)s değeri: %(value)r</translation>
    </message>
</context>
</TS>