from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.add_months(col("dt"), F.shiftright(col("i"), 2)) - expr("INTERVAL 2 YEARS"))).withColumn("c2", expr("array_insert(array(bitmap_bucket_number(abs(i)), array_max(array(i, i, 3))), 3, 9)")).withColumn("c3", expr("array_sort(array(s, t, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)")).drop("i", "m", "n", "s", "t", "ts")
OUTPUT_MODE = "append"
