from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(5,3), dt DATE, m DECIMAL(10,2), ts TIMESTAMP, b BOOLEAN, s STRING, d DOUBLE, t STRING, i INT").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') AS k1, datediff(dt, dt) AS k2, max_by(hex(try_to_binary(t, 'base64')), size(split(to_json(map_entries(map('k', t, 'j', 'v'))), '  *')), 2) AS a1, bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs(3) % 256), 8, '0')))) AS a2, bit_or(smallint(width_bucket(d, -10.0D, 10.0D, 4))) AS a3 FROM src GROUP BY xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7'), datediff(dt, dt) ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
