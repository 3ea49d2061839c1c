from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, m DECIMAL(12,4), ts TIMESTAMP, d DOUBLE, n DECIMAL(5,3), t STRING, s STRING, b BOOLEAN, f FLOAT, dt DATE, i INT").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT exists(map_keys(map_filter(map('a', (i % 3), 'b', CAST(array_size(slice(array(i, i, 3, 4), -2, 5)) AS INT)), (k, v) -> v > 0)), x -> x = 'a') AS k1, round(stddev_samp(i), 6) AS a1, any_value((CAST(NULL AS DATE) <= sequence(dt, date_add(dt, 3), INTERVAL 1 DAY)[1]) IS NOT NULL) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
