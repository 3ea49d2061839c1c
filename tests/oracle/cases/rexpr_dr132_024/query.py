from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("coalesce(map_contains_key(map(shiftright(i, 2), 'a', 3, 'b'), 3), true)").createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, s, sum(CASE WHEN (dt = to_date('2023-12-31')) THEN size(map_keys(str_to_map(s, ' ', 'l'))) ELSE 0 END) AS a1, min((id + i)) AS a2, max(map_concat(map(1, s), map(1, 'x'))) AS a3 FROM src GROUP BY s, s ORDER BY k1, s")
OUTPUT_MODE = "complete"
ORDERED = True
