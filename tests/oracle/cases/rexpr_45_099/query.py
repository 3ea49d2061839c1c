from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(isnan(d) OR (m <= 99.99))").withColumn("c1", F.least(col("n"), F.abs(col("n")))).withColumn("c2", F.when(col("ts").isNotNull().eqNullSafe(col("b")), (col("n") / expr("7.5"))).when(F.try_element_at(F.split(col("t"), "[aeiou]"), lit(-1)).endswith(""), ((col("i") + col("m")) / F.nullif(col("m"), lit(0)))).when((col("t") != lit("o")), col("m")).otherwise(col("n")))
OUTPUT_MODE = "append"
