df = spark.readStream.format("json").schema("s STRING, h STRING, u STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("s", F.hex(F.encode("s", "UTF-16")), F.hex(F.encode("s", "utf-8")), F.hex(F.encode("s", "UTF-16LE")),
                   F.decode(F.encode("s", "UTF-32"), "UTF-32"), F.decode(F.unhex("h"), "ISO-8859-1"),
                   F.to_binary("h"), F.try_to_binary("s", F.lit("base64")), F.to_binary("s", F.lit("utf-8")),
                   F.url_encode("s"), F.url_decode("u"), F.try_url_decode("s"), F.is_valid_utf8("s"),
                   F.make_valid_utf8("s"), F.validate_utf8("s"), F.try_validate_utf8("u"))
OUTPUT_MODE = "append"
