from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce(map_contains_key(map(bitwise_not(i), 'a', 3, 'b'), 3), true)").groupBy(expr("(CASE WHEN (m IS NOT NULL) THEN i WHEN (dt IS NOT NULL) THEN i WHEN b THEN i ELSE i END - size(sequence(1, abs(3) % 5 + 1))) AS k1")).agg(F.last_value(F.hex(F.to_binary(col("t"), lit('utf-8')))).alias("a1"), expr("round(avg(least(m, -3.10, n)), 3) AS a2"))
OUTPUT_MODE = "complete"
