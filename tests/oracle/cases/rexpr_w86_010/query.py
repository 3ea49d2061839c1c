from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("i") * col("d")).alias("k1")).agg(F.count_if(col("ts").isNull()).alias("a1"), expr("sort_array(collect_set(regexp_extract(concat_ws('', s, CAST(dt AS STRING)), '([0-9]+)', 1))) AS a2"))
OUTPUT_MODE = "complete"
