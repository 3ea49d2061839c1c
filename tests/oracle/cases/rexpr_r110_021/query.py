from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("timestamp_diff('SECOND', date_trunc('WEEK', nullif(to_timestamp_ltz(CAST(DATE'2025-03-01' AS STRING)), TIMESTAMP'2024-02-29 00:00:00')), timestamp_seconds(bitmap_bit_position(CASE WHEN b THEN i WHEN b THEN i WHEN (i > 0) THEN i ELSE i END))) AS c1", "atan(vector_cosine_similarity(array(CAST(nvl2(k, f, 2.0D) AS FLOAT), 1.0F), array(1.0F, 1.0F))) AS c2", "xpath('<a><b>x</b><b>' || nvl2(date_add(dt, i), negative(i), 5) || '</b></a>', 'a/b/text()') AS c3")
OUTPUT_MODE = "append"
