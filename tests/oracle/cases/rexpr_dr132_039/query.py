from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, b BOOLEAN, dt DATE, f FLOAT, d DOUBLE, m DECIMAL(12,4), i INT, t STRING").load(INPUT)
result = df.selectExpr("id", "(s <= t) AS c1", "pmod(id, nullif(i, 0)) AS c2", "bit_get(i, 40) AS c3", "posexplode_outer(array_remove(array(CASE WHEN b THEN CASE WHEN (s IS NOT NULL) THEN t ELSE t END WHEN exists(map_keys(map_filter(map('a', i, 'b', i), (k, v) -> v > 0)), x -> x = 'a') THEN CASE WHEN b THEN t ELSE 'é' END ELSE s END, 'x'), 'x'))")
OUTPUT_MODE = "append"
