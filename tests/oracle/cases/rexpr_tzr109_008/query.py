spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((expr("exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a')") | (col("t") >= lit("x-y")))).createOrReplaceTempView("src")
result = spark.sql("SELECT dt, datediff(max(dt), min(dt)) AS a1, (max(i) - min(i)) AS a2, round(corr(d, i), 6) AS a3 FROM src GROUP BY dt HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
