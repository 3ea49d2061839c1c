from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, max(i) AS a1, count_if((greatest(coalesce(id, id, 1000L), id) IS NOT NULL)) AS a2, sum(CASE WHEN isnan(d) THEN size(split(soundex(s), '-')) ELSE 0 END) AS a3 FROM src GROUP BY s")
OUTPUT_MODE = "update"
