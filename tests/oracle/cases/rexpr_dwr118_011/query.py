from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("map_filter(map('a', abs(bitmap_bucket_number(abs(reduce(array(i, i, 4), 0, (acc, x) -> acc + coalesce(x, 0))))), 'b', levenshtein(s, s), 'c', 0), (k, v) -> v > 0 OR k = 'c')")).withColumn("c2", expr("named_struct('x', greatest(i, i, nullif(i, 0)), 'y', array(mask(s)))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
