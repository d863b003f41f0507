/// The helper a LibreOffice worker runs under Debian's python3 with python3-uno: it starts one soffice listening
/// on a private pipe, then converts each "ODT<TAB>PDF" line read from standard input and answers "ok" or
/// "error …". When its standard input closes (Protokoll ended, even by kill -9) it ends soffice and exits.
enum UNOWorkerScript {
    static let source = #"""
import os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

soffice, profile, pipe, filter_json = sys.argv[1:5]
office = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                           "-env:UserInstallation=" + profile, "--accept=pipe,name=%s;urp;" % pipe],
                          stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p

def stop(code):
    try:
        office.terminate()
        office.wait(10)
    except Exception:
        office.kill()
    sys.exit(code)

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
context = None
for _ in range(1200):
    if office.poll() is not None:
        break
    try:
        context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        break
    except Exception:
        time.sleep(0.05)
if context is None:
    print("error LibreOffice did not start", flush=True)
    stop(1)
desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)

import json
settings = json.loads(filter_json)
filter_data = uno.Any("[]com.sun.star.beans.PropertyValue",
                      tuple(prop(k, v["value"] == "true" if v["type"] == "boolean" else int(v["value"]) if v["type"] == "long" else v["value"])
                            for k, v in settings.items()))
print("ready", flush=True)
for line in sys.stdin:
    source, target = line.rstrip("\n").split("\t")
    try:
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        try:
            uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target),
                       (prop("FilterName", "writer_pdf_Export"), prop("FilterData", filter_data))))
        finally:
            document.close(True)
        print("ok", flush=True)
    except Exception as error:
        print("error " + " ".join(str(error).split()), flush=True)
stop(0)
"""#
}
