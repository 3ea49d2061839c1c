from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce((expr("CAST(to_timestamp_ntz(date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'yyyy-MM-dd HH:mm:ss')) AS STRING)").isNotNull() | (col("i") > lit(3))), lit(False)))).withColumn("c1", expr("array_intersect(array(regexp_count(s, '[0-9]'), try_mod(i, i), NULL, 1), array(1, NULL, regexp_count(s, '[0-9]')))")).withColumn("c2", expr("sequence(5, abs(i) % 5, -2)")).withColumn("c3", expr("date_trunc('DAY', ts)"))
OUTPUT_MODE = "append"
