from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.where("(xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7') OR (t = ''))").createOrReplaceTempView("src")
result = spark.sql("SELECT (m <= n) AS k1, min(width_bucket(d, -10.0D, 10.0D, 4)) AS a1, bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs(0) % 1000))) AS a2, (max(0.001D) - min(0.001D)) AS a3, bit_or(CASE WHEN (t = '') THEN i WHEN (id IS NOT NULL) THEN (i * 5) END) AS a4 FROM src GROUP BY (m <= n)")
OUTPUT_MODE = "update"
