from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), b BOOLEAN, i INT, ts TIMESTAMP, s STRING, d DOUBLE, m DECIMAL(10,2), t STRING, k BIGINT, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("(- bround(d, -1))")).withColumn("c2", F.trim(F.concat(col("s"), F.size(F.split(col("t"), "[aeiou]")).cast("string")))).withColumn("c3", expr("try_element_at(split(t, '  *'), 1)")).select("id", "c1", "c2", "c3").filter((col("t").endswith("o") | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
